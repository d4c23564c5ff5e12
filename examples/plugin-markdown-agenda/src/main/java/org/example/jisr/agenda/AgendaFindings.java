package org.example.jisr.agenda;

import java.util.List;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;

/**
 * The problems the Markdown agenda adapter reports, in the {@code adapter} layer, each located by
 * line and column in the Markdown file. Their messages are in the bundle
 * {@value #MESSAGES} in French, Arabic and English. Codes are frozen once released.
 *
 * <p>A row with an error is skipped (it gives no record); a warning leaves the row's record
 * intact.
 */
public final class AgendaFindings {

    /** The base name of the bundle of these findings' messages. */
    public static final String MESSAGES = "org.example.jisr.agenda.messages";

    /**
     * {@code markdown-agenda.no-table}: the file has no agenda table — no table whose header row
     * has an {@code Id} column. Located at the start of the file. Nothing is read.
     */
    public static final FindingType NO_TABLE = type("no-table", Severity.ERROR);

    /**
     * {@code markdown-agenda.missing-column}: the agenda table has no column {@code {column}},
     * which every event needs ({@code Date}, {@code Type}, {@code Id}, or one of the two title
     * columns). Located at the header row; the rows of that table are not read.
     */
    public static final FindingType MISSING_COLUMN = type("missing-column", Severity.ERROR, "column");

    /**
     * {@code markdown-agenda.unknown-column}: the header row has a column {@code {column}} the
     * agenda does not know; its cells are not read. Located at that header cell.
     */
    public static final FindingType UNKNOWN_COLUMN = type("unknown-column", Severity.WARNING, "column");

    /**
     * {@code markdown-agenda.delimiter-row}: the header row is not followed by a delimiter row
     * ({@code |---|---|}) with as many cells, so this is not a table. Located at the line after the
     * header row; the rows of that table are not read.
     */
    public static final FindingType DELIMITER_ROW = type("delimiter-row", Severity.ERROR);

    /**
     * {@code markdown-agenda.cell-count}: a row has {@code {found}} cells where the header has
     * {@code {expected}} (an unescaped {@code |} in a text is the usual cause). The row is skipped.
     */
    public static final FindingType CELL_COUNT = type("cell-count", Severity.ERROR, "expected", "found");

    /**
     * {@code markdown-agenda.missing-value}: the cell of column {@code {column}} is empty, and an
     * event needs it ({@code Date}, {@code Type}, {@code Id}). The row is skipped.
     */
    public static final FindingType MISSING_VALUE = type("missing-value", Severity.ERROR, "column");

    /**
     * {@code markdown-agenda.bad-date}: the cell of column {@code {column}} holds {@code {value}},
     * which is neither a date ({@code 2024-12-10}) nor a date-time with its offset
     * ({@code 2024-12-10T09:00+01:00}). The row is skipped.
     */
    public static final FindingType BAD_DATE = type("bad-date", Severity.ERROR, "column", "value");

    /**
     * {@code markdown-agenda.mixed-period}: the event starts with a date and ends with a
     * date-time, or the other way round ({@code {start}} … {@code {end}}); both must be of the
     * same kind. Located at the {@code Fin} cell; the row is skipped.
     */
    public static final FindingType MIXED_PERIOD = type("mixed-period", Severity.ERROR, "start", "end");

    /**
     * {@code markdown-agenda.unknown-type}: the {@code Type} cell holds {@code {value}}, which is
     * neither the French label of an event kind ({@code Atelier}, {@code Visite de travail} …) nor
     * its code ({@code workshop}). The row is skipped.
     */
    public static final FindingType UNKNOWN_TYPE = type("unknown-type", Severity.ERROR, "value");

    /**
     * {@code markdown-agenda.missing-title}: both title cells of a row are empty; an event needs a
     * title. Located at the row; the row is skipped.
     */
    public static final FindingType MISSING_TITLE = type("missing-title", Severity.ERROR);

    /**
     * {@code markdown-agenda.duplicate-language}: the titles of a row, or the names of a venue,
     * give a second text in {@code {language}}; it is not read. Located at the cell holding it.
     */
    public static final FindingType DUPLICATE_LANGUAGE = type("duplicate-language", Severity.WARNING, "language");

    /**
     * {@code markdown-agenda.invalid-utf8}: the line is not valid UTF-8 (located at the first bad
     * byte's character position); the line is not read, and a row on it is skipped.
     */
    public static final FindingType INVALID_UTF8 = type("invalid-utf8", Severity.ERROR);

    /**
     * {@code markdown-agenda.line-too-long}: a line is longer than the {@code {limit}} characters
     * the read limits allow; reading stops there.
     */
    public static final FindingType LINE_TOO_LONG = type("line-too-long", Severity.ERROR, "limit");

    /**
     * {@code markdown-agenda.too-many-records}: the file holds more than the {@code {limit}}
     * records the read limits allow; reading stops at the row that exceeds it.
     */
    public static final FindingType TOO_MANY_RECORDS = type("too-many-records", Severity.ERROR, "limit");

    /** Every finding type of the adapter, for catalogs and message checks. */
    public static final List<FindingType> ALL = List.of(NO_TABLE, MISSING_COLUMN, UNKNOWN_COLUMN, DELIMITER_ROW,
            CELL_COUNT, MISSING_VALUE, BAD_DATE, MIXED_PERIOD, UNKNOWN_TYPE, MISSING_TITLE, DUPLICATE_LANGUAGE,
            INVALID_UTF8, LINE_TOO_LONG, TOO_MANY_RECORDS);

    private AgendaFindings() {
    }

    private static FindingType type(String name, Severity severity, String... parameters) {
        return new FindingType("markdown-agenda." + name, Layer.ADAPTER, severity, List.of(parameters), MESSAGES);
    }
}
