package org.jisr.json.internal;

import java.io.Serial;

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

    /**
     * Creates a failure after which reading may go on past the offending value.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public ReadFailure(String reason, String pointer, int line, int column) {
        this(reason, pointer, line, column, false);
    }

    /**
     * Creates a failure.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param fatal   whether the input cannot be read past this point (malformed JSON, a limit,
     *                the end of the input in the middle of a value)
     */
    public ReadFailure(String reason, String pointer, int line, int column, boolean fatal) {
        super(reason, null, false, false);
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.fatal = fatal;
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

    /**
     * Tells whether the input cannot be read past this failure: the JSON itself is malformed or
     * ends too early, or a read limit was exceeded. Otherwise the JSON is well-formed and only
     * the offending value could not be bound, so a streaming reader may skip it and go on.
     *
     * @return {@code true} when reading must stop
     */
    public boolean fatal() {
        return fatal;
    }
}
