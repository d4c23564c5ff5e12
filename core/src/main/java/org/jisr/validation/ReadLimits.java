package org.jisr.validation;

import java.util.List;

/**
 * Limits that protect a reader from hostile or broken input. Exceeding one is a located finding
 * with the parameters {@code limit} (the component's name, such as {@code maxCellLength}) and
 * {@code maximum}, never an {@code OutOfMemoryError}, a {@code StackOverflowError} or an
 * exception; readers stop or skip what exceeds a limit, as each reader documents.
 *
 * <p>The host gives the limits to every adapter through
 * {@link org.jisr.spi.AdapterContext#limits()}; an adapter applies those that concern its format
 * (a CSV reader has no nesting, JSON no cells). The defaults ({@link #DEFAULTS}) fit every real
 * exchange file with a wide margin; change one with a wither ({@code DEFAULTS.withMaxCellLength(32_767)})
 * or by name ({@link #with(String, long)}, what {@code jisr validate --limit NAME=VALUE} uses).
 * Immutable and thread-safe.
 *
 * @param maxDocumentBytes   the largest input read, in bytes (default 2 GiB)
 * @param maxNestingDepth    the deepest nesting of arrays and objects (default 64; a Jisr record
 *                           needs fewer than 10, extensions get the rest)
 * @param maxStringLength    the longest string, in characters (default 1,000,000)
 * @param maxNumberLength    the longest number, in characters (default 100)
 * @param maxNameLength      the longest member name, in characters (default 1,000)
 * @param maxLineLength      the longest line of a record stream, a CSV row, an iCalendar content
 *                           line (unfolded) or a line of a plugin's text format, in characters
 *                           (default 10,000,000)
 * @param maxRecords         the most records read from one input (default 100,000,000)
 * @param maxCellLength      the longest cell of a spreadsheet (CSV, xlsx, xls, ods), in characters
 *                           (default 1,000,000; Excel itself stops at 32,767, but Jisr's own
 *                           files carry extensions as JSON in one cell)
 * @param maxColumns         the most cells in one row of a spreadsheet (default 16,384, Excel's
 *                           own limit)
 * @param maxArchiveEntries  the most entries in a zip archive (xlsx, ods, zipped CSV) (default 1,000)
 * @param maxExpansionRatio  the most an archive may expand: uncompressed bytes read over compressed
 *                           bytes, checked once more than 1 MiB has been expanded (default 100, as
 *                           Apache POI's {@code ZipSecureFile} minimum inflate ratio of 0.01)
 * @param maxExpandedBytes   the most uncompressed bytes read from one archive, all entries together
 *                           (default 1 GiB)
 * @param maxProperties      the most properties (content lines) in one iCalendar component, such
 *                           as a {@code VEVENT} (default 10,000)
 * @since 0.1
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxNameLength, int maxLineLength, long maxRecords, int maxCellLength, int maxColumns, int maxArchiveEntries,
        int maxExpansionRatio, long maxExpandedBytes, int maxProperties) {

    /** The defaults, documented on each component. */
    public static final ReadLimits DEFAULTS = new ReadLimits(2L * 1024 * 1024 * 1024, 64, 1_000_000, 100, 1_000,
            10_000_000, 100_000_000L, 1_000_000, 16_384, 1_000, 100, 1024L * 1024 * 1024, 10_000);

    /**
     * The names of the components, in their order: the names {@link #with(String, long)} accepts
     * and the {@code limit} parameter of a finding gives.
     */
    public static final List<String> NAMES = List.of("maxDocumentBytes", "maxNestingDepth", "maxStringLength",
            "maxNumberLength", "maxNameLength", "maxLineLength", "maxRecords", "maxCellLength", "maxColumns",
            "maxArchiveEntries",
            "maxExpansionRatio", "maxExpandedBytes", "maxProperties");

    /**
     * Creates limits; every limit must be positive.
     *
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxNameLength <= 0 || maxLineLength <= 0 || maxRecords <= 0 || maxCellLength <= 0 || maxColumns <= 0
                || maxArchiveEntries <= 0 || maxExpansionRatio <= 0 || maxExpandedBytes <= 0 || maxProperties <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * Creates limits for JSON and record streams, with the defaults for cells, archives and
     * iCalendar components (the constructor of the first release, kept for its callers).
     *
     * @param maxDocumentBytes the largest input read, in bytes
     * @param maxNestingDepth  the deepest nesting of arrays and objects
     * @param maxStringLength  the longest string, in characters
     * @param maxNumberLength  the longest number, in characters
     * @param maxNameLength    the longest member name, in characters
     * @param maxLineLength    the longest line, in characters
     * @param maxRecords       the most records read from one input
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
            int maxNameLength, int maxLineLength, long maxRecords) {
        this(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxLineLength,
                maxRecords, DEFAULTS.maxCellLength, DEFAULTS.maxColumns, DEFAULTS.maxArchiveEntries,
                DEFAULTS.maxExpansionRatio, DEFAULTS.maxExpandedBytes, DEFAULTS.maxProperties);
    }

    /**
     * Returns these limits with one changed, by its name (one of {@link #NAMES}).
     *
     * @param name  the component's name, such as {@code maxCellLength}
     * @param value its new value, positive (and at most {@link Integer#MAX_VALUE} for a component
     *              of type {@code int})
     * @return the new limits
     * @throws IllegalArgumentException if the name is unknown or the value out of range
     */
    public ReadLimits with(String name, long value) {
        return switch (name) {
            case "maxDocumentBytes" -> withMaxDocumentBytes(value);
            case "maxNestingDepth" -> withMaxNestingDepth(asInt(name, value));
            case "maxStringLength" -> withMaxStringLength(asInt(name, value));
            case "maxNumberLength" -> withMaxNumberLength(asInt(name, value));
            case "maxNameLength" -> withMaxNameLength(asInt(name, value));
            case "maxLineLength" -> withMaxLineLength(asInt(name, value));
            case "maxRecords" -> withMaxRecords(value);
            case "maxCellLength" -> withMaxCellLength(asInt(name, value));
            case "maxColumns" -> withMaxColumns(asInt(name, value));
            case "maxArchiveEntries" -> withMaxArchiveEntries(asInt(name, value));
            case "maxExpansionRatio" -> withMaxExpansionRatio(asInt(name, value));
            case "maxExpandedBytes" -> withMaxExpandedBytes(value);
            case "maxProperties" -> withMaxProperties(asInt(name, value));
            default -> throw new IllegalArgumentException("unknown limit " + name + "; the limits are " + NAMES);
        };
    }

    private static int asInt(String name, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " is at most " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    /**
     * Returns these limits with another {@code maxDocumentBytes}.
     *
     * @param value the largest input read, in bytes
     * @return the new limits
     */
    public ReadLimits withMaxDocumentBytes(long value) {
        return new ReadLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxLineLength,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxNestingDepth}.
     *
     * @param value the deepest nesting
     * @return the new limits
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxNameLength, maxLineLength,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxStringLength}.
     *
     * @param value the longest string, in characters
     * @return the new limits
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, value, maxNumberLength, maxNameLength, maxLineLength,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxNumberLength}.
     *
     * @param value the longest number, in characters
     * @return the new limits
     */
    public ReadLimits withMaxNumberLength(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, value, maxNameLength, maxLineLength,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxNameLength}.
     *
     * @param value the longest member name, in characters
     * @return the new limits
     */
    public ReadLimits withMaxNameLength(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, value, maxLineLength,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxLineLength}.
     *
     * @param value the longest line, in characters
     * @return the new limits
     */
    public ReadLimits withMaxLineLength(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value,
                maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxRecords}.
     *
     * @param value the most records read from one input
     * @return the new limits
     */
    public ReadLimits withMaxRecords(long value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, value, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxCellLength}.
     *
     * @param value the longest cell, in characters
     * @return the new limits
     */
    public ReadLimits withMaxCellLength(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, value, maxColumns, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxColumns}.
     *
     * @param value the most cells in one row
     * @return the new limits
     */
    public ReadLimits withMaxColumns(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, maxCellLength, value, maxArchiveEntries, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxArchiveEntries}.
     *
     * @param value the most entries in a zip archive
     * @return the new limits
     */
    public ReadLimits withMaxArchiveEntries(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, maxCellLength, maxColumns, value, maxExpansionRatio, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxExpansionRatio}.
     *
     * @param value the most an archive may expand (uncompressed over compressed bytes)
     * @return the new limits
     */
    public ReadLimits withMaxExpansionRatio(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, maxCellLength, maxColumns, maxArchiveEntries, value, maxExpandedBytes,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxExpandedBytes}.
     *
     * @param value the most uncompressed bytes read from one archive
     * @return the new limits
     */
    public ReadLimits withMaxExpandedBytes(long value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio, value,
                maxProperties);
    }

    /**
     * Returns these limits with another {@code maxProperties}.
     *
     * @param value the most properties in one iCalendar component
     * @return the new limits
     */
    public ReadLimits withMaxProperties(int value) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxLineLength, maxRecords, maxCellLength, maxColumns, maxArchiveEntries, maxExpansionRatio,
                maxExpandedBytes, value);
    }
}
