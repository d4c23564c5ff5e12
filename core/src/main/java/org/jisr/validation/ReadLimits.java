package org.jisr.validation;

/**
 * Limits that protect a reader from hostile or broken input. Exceeding one is a
 * {@code syntax} finding, never an {@code OutOfMemoryError} or a {@code StackOverflowError}.
 *
 * @param maxDocumentBytes   the largest input read, in bytes (default 2 GiB)
 * @param maxNestingDepth    the deepest nesting of arrays and objects (default 64; a Jisr record
 *                           needs fewer than 10, extensions get the rest)
 * @param maxStringLength    the longest string, in characters (default 1,000,000)
 * @param maxNumberLength    the longest number, in characters (default 100)
 * @param maxNameLength      the longest member name, in characters (default 1,000)
 * @param maxLineLength      the longest line of a record stream, in characters (default 10,000,000)
 * @param maxRecords         the most records read from one input (default 100,000,000)
 * @since 0.1
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxNameLength, int maxLineLength, long maxRecords) {

    /** The defaults, documented on each component. */
    public static final ReadLimits DEFAULTS = new ReadLimits(2L * 1024 * 1024 * 1024, 64, 1_000_000, 100, 1_000,
            10_000_000, 100_000_000L);

    /** Creates limits; every limit must be positive. */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxNameLength <= 0 || maxLineLength <= 0 || maxRecords <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }
}
