package org.jisr.runtime.internal.adapters;

import java.util.Objects;
import org.jisr.json.JisrJson;
import org.jisr.json.RecordStreamWriter;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record stream line by line, as {@code JisrJson.writeStream} does: a {@code Header}
 * line when the metadata is not empty, then one line per record.
 */
final class NdjsonWriter implements RecordWriter {

    private final AdapterOutput output;
    private final JisrJson json;
    private @Nullable RecordStreamWriter writer;
    private boolean closed;

    NdjsonWriter(AdapterOutput output, JisrJson json) {
        this.output = output;
        this.json = json;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (writer != null || closed) {
            throw new IllegalStateException("begin is called once, before any record");
        }
        writer = json.openStreamWriter(output.openStream(), Objects.requireNonNull(metadata, "metadata"));
    }

    @Override
    public void write(JisrRecord record) {
        if (writer == null || closed) {
            throw new IllegalStateException("write is called between begin and close");
        }
        writer.write(Objects.requireNonNull(record, "record"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer != null) {
            writer.close();
        }
    }
}
