package org.jisr.json;

import java.io.Serial;
import org.jisr.core.JisrException;

/**
 * The input is not a well-formed Jisr exchange: malformed JSON, a duplicate key, an unknown or
 * missing property, a value of the wrong type. Fix the input. The exception tells where:
 * {@link #line()} and {@link #column()} (1-based) and the JSON Pointer of the value.
 *
 * <p>The validator of a later release reports such problems as findings; this exception is what
 * the plain reader throws when asked for a model it cannot build.
 *
 * @since 0.1
 */
public class InvalidJsonException extends JisrException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String pointer;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param reason  what is wrong, in English
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the root)
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public InvalidJsonException(String reason, String pointer, int line, int column) {
        super(reason + " at " + (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ", column " + column + ")");
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
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
     * Returns the JSON Pointer (RFC 6901) of the offending value.
     *
     * @return the pointer, {@code ""} for the root
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the 1-based line of the offending value.
     *
     * @return the line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the offending value.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }
}
