package org.jisr.runtime.internal.adapters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jisr.core.JisrException;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.CanonicalPrinting;
import org.jisr.json.internal.ModelWriter;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an exchange document record by record, with the bytes {@code JisrJson.toBytes} gives for
 * the whole document: the head ({@code jisr} and the metadata) in {@link #begin}, each record as
 * it comes, and in {@link #close} the end of {@code records}, the metadata's extensions (which
 * the canonical form puts after the records) and the final newline. Memory does not grow with
 * the records.
 */
final class JsonDocumentWriter implements RecordWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final AdapterOutput output;
    private @Nullable JsonGenerator generator;
    private @Nullable ModelWriter writer;
    private DocumentMetadata metadata = DocumentMetadata.EMPTY;
    private boolean closed;

    JsonDocumentWriter(AdapterOutput output) {
        this.output = output;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (generator != null || closed) {
            throw new IllegalStateException("begin is called once, before any record");
        }
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        OutputStream out = output.openStream();
        try {
            generator = FACTORY.createGenerator(CanonicalPrinting.documentContext(), out, JsonEncoding.UTF8);
            writer = new ModelWriter(generator);
            writer.documentStart(metadata);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public void write(JisrRecord record) {
        if (writer == null || closed) {
            throw new IllegalStateException("write is called between begin and close");
        }
        try {
            writer.record(Objects.requireNonNull(record, "record"));
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        JsonGenerator g = generator;
        if (g == null) {
            return;
        }
        try (g) {
            Objects.requireNonNull(writer).documentEnd(metadata);
            g.writeRaw('\n');
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    private JisrException translate(JacksonException e) {
        if (e.getCause() instanceof IOException io) {
            return new JisrIOException("could not write " + output.name(), io);
        }
        return new JisrException("could not write " + output.name() + ": " + e.getOriginalMessage(), e);
    }
}
