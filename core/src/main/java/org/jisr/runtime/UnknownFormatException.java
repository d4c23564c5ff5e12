package org.jisr.runtime;

import java.io.Serial;
import java.util.List;
import org.jisr.core.JisrException;

/**
 * No adapter answers to a format id, or none can read an input or write an output. Name one of
 * the {@link #known()} formats, or add the adapter (a plugin) that knows it.
 *
 * @since 0.1
 */
public class UnknownFormatException extends JisrException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> known;

    /**
     * Creates the exception.
     *
     * @param requested the format id or the file name that no adapter takes
     * @param known     the ids of the adapters that could have been used
     */
    public UnknownFormatException(String requested, List<String> known) {
        super("no adapter for " + requested + "; known formats: " + String.join(", ", known));
        this.requested = requested;
        this.known = List.copyOf(known);
    }

    /**
     * Returns what was asked for.
     *
     * @return the format id or file name
     */
    public String requested() {
        return requested;
    }

    /**
     * Returns the ids of the adapters that could have been used.
     *
     * @return the ids
     */
    public List<String> known() {
        return known;
    }
}
