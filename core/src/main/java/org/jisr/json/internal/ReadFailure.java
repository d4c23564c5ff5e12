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
    private final boolean fatal;
    private final @Nullable String impossibleDate;
    private @Nullable String limit;

    /**
     * Creates a failure after which reading may go on past the offending value.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public ReadFailure(String reason, String pointer, int line, int column) {
        this(reason, pointer, line, column, false, null);
    }

    /**
     * Creates a failure that may stop reading.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param fatal   whether the input cannot be read past this point (malformed JSON, a limit,
     *                the end of the input in the middle of a value)
     */
    public ReadFailure(String reason, String pointer, int line, int column, boolean fatal) {
        this(reason, pointer, line, column, fatal, null);
    }

    /**
     * Creates a failure about a date of the right shape that is not in the calendar.
     *
     * @param reason         what is wrong, in English
     * @param pointer        the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line           1-based line, or 0 when unknown
     * @param column         1-based column, or 0 when unknown
     * @param impossibleDate the date or date-time, of the right shape, that is not in the calendar
     *                       (30 February, hour 25), when that is what is wrong
     */
    public ReadFailure(String reason, String pointer, int line, int column, @Nullable String impossibleDate) {
        this(reason, pointer, line, column, false, impossibleDate);
    }

    private ReadFailure(String reason, String pointer, int line, int column, boolean fatal,
            @Nullable String impossibleDate) {
        super(reason, null, false, false);
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.fatal = fatal;
        this.impossibleDate = impossibleDate;
    }

    /**
     * Creates a fatal failure at a read limit that the parser enforced.
     *
     * @param parserMessage the parser's message, which names the limit (English; matched by
     *                      {@code ReadConstraints.parameters})
     * @param pointer       the JSON Pointer of the value being read
     * @param line          1-based line, or 0 when unknown
     * @param column        1-based column, or 0 when unknown
     * @return the failure
     */
    public static ReadFailure limit(String parserMessage, String pointer, int line, int column) {
        ReadFailure f = new ReadFailure("read limit: " + parserMessage, pointer, line, column, true, null);
        f.limit = parserMessage;
        return f;
    }

    /**
     * Returns the parser's message when this failure is a read limit exceeded.
     *
     * @return the message, or empty for any other failure
     */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * Returns what is wrong, without the location.
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
     * Returns the 1-based line, or 0 when unknown.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column, or 0 when unknown.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Tells whether the input cannot be read past this point.
     *
     * @return {@code true} for malformed JSON, an exceeded limit or a truncated input
     */
    public boolean fatal() {
        return fatal;
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
}
