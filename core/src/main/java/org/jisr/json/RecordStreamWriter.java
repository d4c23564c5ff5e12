package org.jisr.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;

/**
 * Writes a record stream ({@code .ndjson}) one record at a time, each on its own line ending
 * with {@code \n}, after an optional header line. Memory does not grow with the stream.
 *
 * <p>Not thread-safe. Close it to flush and close the output.
 *
 * @since 0.1
 */
public final class RecordStreamWriter implements AutoCloseable {

    private final JisrJson json;
    private final Writer out;

    RecordStreamWriter(JisrJson json, OutputStream out, DocumentMetadata header) {
        this.json = json;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (!header.isEmpty()) {
            line(json.headerLine(header));
        }
    }

    /**
     * Writes one record as a line.
     *
     * @param record the record
     * @throws JisrIOException when writing fails
     */
    public void write(JisrRecord record) {
        line(json.toJsonLine(record));
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new JisrIOException("could not write the record stream", e);
        }
    }

    /** Flushes and closes the output. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new JisrIOException("could not close the record stream", e);
        }
    }
}
