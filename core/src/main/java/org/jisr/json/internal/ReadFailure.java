package org.jisr.json.internal;

import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why {@link ModelReader} could not read its input, and where. It never leaves Jisr: the public
 * codec turns it into an {@code org.jisr.json.InvalidJsonException}. It is a type of its own so
 * that this package does not depend on {@code org.jisr.json}, which depends on it.
 */
public final class ReadFailure extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String pointer;
    private final int line;
    private final int column;
    private final @Nullable String impossibleDate;

    /**
     * Creates a failure.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public ReadFailure(String reason, String pointer, int line, int column) {
        this(reason, pointer, line, column, null);
    }

    /**
     * Creates a failure.
     *
     * @param reason         what is wrong, in English
     * @param pointer        the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line           1-based line, or 0 when unknown
     * @param column         1-based column, or 0 when unknown
     * @param impossibleDate the date or date-time, of the right shape, that is not in the calendar
     *                       (30 February, hour 25), when that is what is wrong
     */
    public ReadFailure(String reason, String pointer, int line, int column, @Nullable String impossibleDate) {
        super(reason, null, false, false);
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.impossibleDate = impossibleDate;
    }

    /**
     * Returns the date of the right shape that is not in the calendar, when that is what is
     * wrong: a fault of the data, not of the reader, which the validator reports as such.
     *
     * @return the date as written, or empty
     */
    public Optional<String> impossibleDate() {
        return Optional.ofNullable(impossibleDate);
    }

    /**
     * Returns what is wrong.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the JSON Pointer of the offending value.
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the 1-based line.
     *
     * @return the line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }
}
