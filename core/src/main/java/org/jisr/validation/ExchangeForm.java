package org.jisr.validation;

/**
 * The two forms of an exchange file.
 *
 * @since 0.1
 */
public enum ExchangeForm {
    /** One exchange document ({@code .json}). */
    DOCUMENT,
    /** A record stream, one record per line ({@code .ndjson}, {@code .jsonl}). */
    STREAM;

    /**
     * Guesses the form from a file name: {@code .ndjson} and {@code .jsonl} are streams,
     * anything else is a document.
     *
     * @param fileName a file name
     * @return the form
     */
    public static ExchangeForm fromFileName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".ndjson") || lower.endsWith(".jsonl") ? STREAM : DOCUMENT;
    }
}
