package org.jisr.core;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far a long read has got: a validation or a conversion of one input, as handed to a
 * {@link ProgressListener}.
 *
 * @param input      the name of the input, as findings give it
 * @param records    the records read so far
 * @param bytes      the bytes read so far from the input (approximate: counted as they are
 *                   buffered, not as they are parsed)
 * @param totalBytes the size of the input, or {@code -1} when it is not known (bytes in a
 *                   stream, a folder)
 * @param done       whether reading is over; the last call a listener gets has {@code true}
 * @since 0.1
 */
public record Progress(String input, long records, long bytes, long totalBytes, boolean done) {

    /**
     * Creates a progress report.
     *
     * @throws IllegalArgumentException when a count is negative (but {@code totalBytes}, which may
     *                                  be {@code -1})
     */
    public Progress {
        Objects.requireNonNull(input, "input");
        if (records < 0 || bytes < 0 || totalBytes < -1) {
            throw new IllegalArgumentException("negative count in a progress report");
        }
    }

    /**
     * Returns the part of the input read, from 0 to 1.
     *
     * @return the fraction, or empty when the size is not known (or is 0)
     */
    public OptionalDouble fraction() {
        if (totalBytes <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, (double) bytes / totalBytes));
    }
}
