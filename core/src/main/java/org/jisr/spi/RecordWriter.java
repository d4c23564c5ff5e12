package org.jisr.spi;

import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;

/**
 * Writes records one at a time. The host calls {@link #begin} once, {@link #write} for each
 * record, then {@link #close}, which completes the output. A value the format cannot carry is
 * reported with {@link AdapterContext#lost}. Not thread-safe.
 *
 * @since 0.1
 */
public interface RecordWriter extends AutoCloseable {

    /**
     * Starts the output.
     *
     * @param metadata what the exchange says about itself
     */
    void begin(DocumentMetadata metadata);

    /**
     * Writes one record.
     *
     * @param record the record
     */
    void write(JisrRecord record);

    /** Completes and releases the output. */
    @Override
    void close();
}
