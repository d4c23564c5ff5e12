package org.jisr.spi;

import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.validation.Location;

/**
 * Reads records one at a time, so that memory does not grow with the input. Problems are
 * reported through the {@link AdapterContext}; a record that cannot be built is skipped after
 * being reported. Not thread-safe; the host closes it.
 *
 * @since 0.1
 */
public interface RecordReader extends AutoCloseable {

    /**
     * Returns the next record.
     *
     * @return the record, or empty at the end of the input
     */
    Optional<JisrRecord> next();

    /**
     * Returns what the input says about itself. Complete once {@link #next()} has returned empty.
     *
     * @return the metadata, {@link DocumentMetadata#EMPTY} when there is none
     */
    DocumentMetadata metadata();

    /**
     * Returns where a value of the last record read is in the input, so that validation findings
     * about it can point into the original file (a line, a cell).
     *
     * @param pointerInRecord a JSON Pointer relative to the record
     * @return the location; at least the record's own
     */
    Location locate(String pointerInRecord);

    /** Releases the input. */
    @Override
    void close();
}
