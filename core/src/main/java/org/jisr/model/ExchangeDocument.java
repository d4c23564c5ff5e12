package org.jisr.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jisr.core.JisrVersion;

/**
 * An exchange document: metadata and records, in the order given. Written as
 * {@code {"jisr": "1.0", …metadata, "records": [ … ]}}.
 *
 * @param metadata what the document says about itself
 * @param records  its records
 * @since 0.1
 */
public record ExchangeDocument(DocumentMetadata metadata, List<JisrRecord> records) {

    /** Creates a document. */
    public ExchangeDocument {
        Checks.required(metadata, "metadata");
        records = Checks.list(records, "records");
    }

    /**
     * Creates a document without metadata.
     *
     * @param records its records
     * @return the document
     */
    public static ExchangeDocument of(List<? extends JisrRecord> records) {
        return new ExchangeDocument(DocumentMetadata.EMPTY, List.copyOf(records));
    }

    /**
     * Returns the version of the exchange format this document is in.
     *
     * @return {@value JisrVersion#FORMAT}
     */
    public String formatVersion() {
        return JisrVersion.FORMAT;
    }

    /**
     * Returns the records of one Java type.
     *
     * @param type the record class, such as {@code Event.class}
     * @param <T>  the record type
     * @return the records of that type, in document order
     */
    public <T extends JisrRecord> Stream<T> recordsOf(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast);
    }

    /**
     * Finds a record by id.
     *
     * @param id the record id
     * @return the first record with that id, or empty
     */
    public Optional<JisrRecord> find(String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
