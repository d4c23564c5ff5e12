package org.jisr.core;

import java.io.IOException;
import java.io.Serial;

/**
 * Reading or writing a file or stream failed for a reason outside the data: a missing file, a
 * closed stream, a full disk. The cause is the original {@link IOException}; check the file or
 * the stream and try again.
 *
 * @since 0.1
 */
public class JisrIOException extends JisrException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Wraps an I/O failure.
     *
     * @param message what was being done
     * @param cause   the failure
     */
    public JisrIOException(String message, IOException cause) {
        super(message, cause);
    }
}
