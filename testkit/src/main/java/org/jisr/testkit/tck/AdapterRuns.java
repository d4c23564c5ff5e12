package org.jisr.testkit.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;

/**
 * Runs an adapter directly, in memory, the way a host would: for an adapter's own tests, beside
 * the contract tests. Whatever the adapter reports goes to the context given (a
 * {@link RecordingContext} keeps it for assertions).
 *
 * <pre>{@code
 * RecordingContext context = new RecordingContext();
 * byte[] written = AdapterRuns.write(new MyAdapter(), document, "agenda.md", context);
 * ExchangeDocument back = AdapterRuns.read(new MyAdapter(), AdapterInput.of("agenda.md", written), context);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AdapterRuns {

    private AdapterRuns() {
    }

    /**
     * Writes a document with an adapter to an output of the given name, and returns the bytes.
     *
     * @param adapter the adapter, which must write
     * @param doc     the document: its metadata, then its records in order
     * @param name    the output's name (its extension may matter to the adapter)
     * @param context where the adapter reports
     * @return what the adapter wrote
     */
    public static byte[] write(Adapter adapter, ExchangeDocument doc, String name, AdapterContext context) {
        Objects.requireNonNull(doc, "doc");
        RecordingOutput out = RecordingOutput.named(name);
        RecordWriter w = adapter.openWriter(out, context);
        w.begin(doc.metadata());
        doc.records().forEach(w::write);
        w.close();
        return out.bytes();
    }

    /**
     * Reads every record of an input with an adapter, then its metadata.
     *
     * @param adapter the adapter, which must read
     * @param input   the input
     * @param context where the adapter reports
     * @return the document read: the reader's metadata and the records it gave, in order
     */
    public static ExchangeDocument read(Adapter adapter, AdapterInput input, AdapterContext context) {
        List<JisrRecord> records = new ArrayList<>();
        DocumentMetadata metadata;
        try (RecordReader r = adapter.openReader(input, context)) {
            Optional<JisrRecord> next;
            while ((next = r.next()).isPresent()) {
                records.add(next.get());
            }
            metadata = r.metadata();
        }
        return new ExchangeDocument(metadata, records);
    }
}
