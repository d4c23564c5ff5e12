package org.jisr.adapter.tabular;

import java.io.Serial;
import org.jisr.core.JisrException;

/**
 * A mapping file cannot be used: it is not JSON, or it does not follow the format of
 * {@code docs/adapters/spreadsheets.md} (an unknown record type, a path that is not a JSON
 * Pointer, a column without headers …). Fix the mapping file; the message says what and where,
 * in English. Adapters given such a file through their {@code mapping} option report it as the
 * finding {@code adapter.spreadsheet-bad-mapping} instead.
 *
 * @since 0.1
 */
public class MappingException extends JisrException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, in English
     */
    public MappingException(String message) {
        super(message);
    }
}
