package org.jisr.core;

import java.io.Serial;

/**
 * The root of every exception Jisr throws on purpose. It is unchecked: Jisr reports problems in
 * data as findings, and throws only when a caller breaks a contract (a {@code null} where a value
 * is required, a file that cannot be read) or asks for a strict operation on broken input.
 * Subtypes are named after what the caller should do.
 *
 * @since 0.1
 */
public class JisrException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in English, for developers (never shown to end users as is)
     */
    public JisrException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public JisrException(String message, Throwable cause) {
        super(message, cause);
    }
}
