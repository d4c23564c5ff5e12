package org.jisr.adapter.tabular;

import java.util.List;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;

/**
 * The findings of the spreadsheet adapters ({@code csv-fr}, {@code csv-tn}, {@code xlsx-fr},
 * {@code xlsx-tn}, and the same adapters given a mapping file of their own), layer
 * {@code adapter}, with their messages in French, Arabic and English in the bundle
 * {@value #MESSAGES}. Each is located in the input: the file, and for a cell its sheet (or, in a
 * CSV bundle, its CSV file), its A1 reference ({@code Partenariats!C7}), its line and column.
 * Codes are frozen once released.
 *
 * @since 0.1
 */
public final class SpreadsheetFindings {

    /** The base name of the bundle of these findings' messages. */
    public static final String MESSAGES = "org.jisr.adapter.tabular.messages";

    /**
     * {@code adapter.spreadsheet-encoding} (info): a CSV file was read in the encoding
     * {@code {encoding}} — {@code UTF-8}, {@code UTF-8 with BOM}, {@code Windows-1252}, or
     * {@code UTF-8 BOM then Windows-1252} for a file whose byte order mark announces UTF-8 but
     * whose bytes are Windows-1252 (as some exports are). Nothing to fix; said so that a wrong
     * guess can be noticed.
     */
    public static final FindingType ENCODING = type("encoding", Severity.INFO, "encoding");

    /**
     * {@code adapter.spreadsheet-encoding-switched} (warning): the file was read as UTF-8, but
     * this line is not UTF-8; it was read as Windows-1252, and so is every other such line.
     */
    public static final FindingType ENCODING_SWITCHED = type("encoding-switched", Severity.WARNING);

    /** {@code adapter.spreadsheet-separator} (info): the cells of a CSV file are separated by {@code {separator}}. */
    public static final FindingType SEPARATOR = type("separator", Severity.INFO, "separator");

    /**
     * {@code adapter.spreadsheet-title-rows} (info): the {@code {rows}} rows before the header of
     * the table {@code {table}} (titles, notes, empty rows) were skipped.
     */
    public static final FindingType TITLE_ROWS = type("title-rows", Severity.INFO, "rows", "table");

    /**
     * {@code adapter.spreadsheet-two-row-header} (info): the header of the table {@code {table}}
     * spans two rows (group titles above the column names); both were read as one.
     */
    public static final FindingType TWO_ROW_HEADER = type("two-row-header", Severity.INFO, "table");

    /**
     * {@code adapter.spreadsheet-unknown-table} (warning): this sheet (or CSV file) has no header
     * row that matches a table of the mapping {@code {mapping}}: it was read, but none of its
     * rows became a record. Give a mapping file that describes it.
     */
    public static final FindingType UNKNOWN_TABLE = type("unknown-table", Severity.WARNING, "mapping");

    /**
     * {@code adapter.spreadsheet-no-table} (error): nothing in the input matches a table of the
     * mapping {@code {mapping}}; no record was read.
     */
    public static final FindingType NO_TABLE = type("no-table", Severity.ERROR, "mapping");

    /**
     * {@code adapter.spreadsheet-unknown-column} (warning): the column {@code {column}} of the
     * table {@code {table}} is not in the mapping; its values were not read.
     */
    public static final FindingType UNKNOWN_COLUMN = type("unknown-column", Severity.WARNING, "column", "table");

    /**
     * {@code adapter.spreadsheet-duplicate-column} (warning): two columns of the header are the
     * column {@code {column}}; only the first one is read.
     */
    public static final FindingType DUPLICATE_COLUMN = type("duplicate-column", Severity.WARNING, "column");

    /**
     * {@code adapter.spreadsheet-missing-column} (error): the table {@code {table}} has no column
     * {@code {column}}, which the mapping requires; its rows were not read.
     */
    public static final FindingType MISSING_COLUMN = type("missing-column", Severity.ERROR, "column", "table");

    /** {@code adapter.spreadsheet-bad-number} (error): {@code {value}} in the column {@code {column}} is not a number. */
    public static final FindingType BAD_NUMBER = type("bad-number", Severity.ERROR, "column", "value");

    /** {@code adapter.spreadsheet-bad-date} (error): {@code {value}} in the column {@code {column}} is not a date. */
    public static final FindingType BAD_DATE = type("bad-date", Severity.ERROR, "column", "value");

    /**
     * {@code adapter.spreadsheet-bad-value} (error): {@code {value}} in the column {@code {column}}
     * does not have the form the column needs (a list of identifiers {@code scheme: value}, a
     * yes or no, an id).
     */
    public static final FindingType BAD_VALUE = type("bad-value", Severity.ERROR, "column", "value");

    /**
     * {@code adapter.spreadsheet-unknown-code} (error): {@code {value}} in the column
     * {@code {column}} is neither a code nor a label of the codelist {@code {codelist}}.
     */
    public static final FindingType UNKNOWN_CODE = type("unknown-code", Severity.ERROR, "column", "value", "codelist");

    /**
     * {@code adapter.spreadsheet-serial-date} (info): {@code {value}} in the date column
     * {@code {column}} is a spreadsheet serial date number; it was read as {@code {date}}.
     */
    public static final FindingType SERIAL_DATE = type("serial-date", Severity.INFO, "column", "value", "date");

    /**
     * {@code adapter.spreadsheet-number-as-float} (warning): the code {@code {value}} in the
     * column {@code {column}} was turned into a decimal number by a spreadsheet (a SIRET such as
     * {@code 21860194600000.0}); it was read as {@code {repaired}}, but digits a spreadsheet
     * rounded off cannot come back: check it.
     */
    public static final FindingType NUMBER_AS_FLOAT = type("number-as-float", Severity.WARNING, "column", "value",
            "repaired");

    /**
     * {@code adapter.spreadsheet-bad-json} (error): the column {@code {column}} holds data in JSON
     * that cannot be read ({@code {reason}}, in English); it was ignored.
     */
    public static final FindingType BAD_JSON = type("bad-json", Severity.ERROR, "column", "reason");

    /**
     * {@code adapter.spreadsheet-conflicting-value} (warning): the value {@code {pointer}} is both
     * in its column {@code {column}} and in the column of other data; the column's value was kept.
     */
    public static final FindingType CONFLICTING_VALUE = type("conflicting-value", Severity.WARNING, "column", "pointer");

    /**
     * {@code adapter.spreadsheet-generated-id} (info): the row has no id; it was given the id
     * {@code {id}}, made from the mapping's template.
     */
    public static final FindingType GENERATED_ID = type("generated-id", Severity.INFO, "id");

    /**
     * {@code adapter.spreadsheet-record-skipped} (error): the row cannot be read as a record
     * ({@code {reason}}, in English, at the value {@code {pointer}}); it was skipped.
     */
    public static final FindingType RECORD_SKIPPED = type("record-skipped", Severity.ERROR, "reason", "pointer");

    /**
     * {@code adapter.spreadsheet-unclosed-quote} (error): a quoted cell of a CSV file is not closed before
     * the end of the file; the rest of the file is that cell.
     */
    public static final FindingType UNCLOSED_QUOTE = type("unclosed-quote", Severity.ERROR);

    /**
     * {@code adapter.spreadsheet-extra-cells} (warning): the row has {@code {cells}} cells, more
     * than the header's {@code {columns}} columns; the extra cells were not read.
     */
    public static final FindingType EXTRA_CELLS = type("extra-cells", Severity.WARNING, "cells", "columns");

    /**
     * {@code adapter.spreadsheet-formula-text} (warning): a text cell of the column
     * {@code {column}} starts like a formula ({@code {value}}, its first 40 characters): with
     * {@code =} or {@code @}, with a tab or a carriage return, or with {@code +} or {@code -}
     * followed by something other than a number or a telephone number ({@code -12.5} and
     * {@code +216 71 000 000} are not reported). A spreadsheet opening an export of it could run
     * it (CSV injection, OWASP). It is read as text, unchanged; the writers put an apostrophe in
     * front of such a cell, which reading takes away, so a cell written by Jisr is not reported.
     */
    public static final FindingType FORMULA_TEXT = type("formula-text", Severity.WARNING, "column", "value");

    /**
     * {@code adapter.spreadsheet-limit-exceeded} (error): a read limit was exceeded
     * ({@code {limit}} = {@code {maximum}}); reading stopped here. The limits are
     * {@link org.jisr.validation.ReadLimits}'s: {@code maxDocumentBytes}, {@code maxRecords},
     * {@code maxLineLength} (a CSV row), {@code maxCellLength}, {@code maxColumns} (cells of a
     * row), and for archives {@code maxArchiveEntries}, {@code maxExpansionRatio} and
     * {@code maxExpandedBytes}.
     */
    public static final FindingType LIMIT_EXCEEDED = type("limit-exceeded", Severity.ERROR, "limit", "maximum");

    /**
     * {@code adapter.spreadsheet-unsafe-archive} (error): the archive was not read further because
     * {@code {reason}} (in English): Apache POI's own guard against zip bombs ({@code ZipSecureFile}:
     * an entry that inflates more than 100 times, or past 4 GiB) stopped it, behind Jisr's limits
     * ({@link #LIMIT_EXCEEDED}), which are checked first.
     */
    public static final FindingType UNSAFE_ARCHIVE = type("unsafe-archive", Severity.ERROR, "reason");

    /**
     * {@code adapter.spreadsheet-unreadable} (error): the input cannot be read as a spreadsheet
     * ({@code {reason}}, in English): a damaged file, or not this format.
     */
    public static final FindingType UNREADABLE = type("unreadable", Severity.ERROR, "reason");

    /**
     * {@code adapter.spreadsheet-bad-mapping} (error): the mapping file {@code {mapping}} given in
     * the option {@code mapping} cannot be used ({@code {reason}}, in English); nothing was read
     * or written.
     */
    public static final FindingType BAD_MAPPING = type("bad-mapping", Severity.ERROR, "mapping", "reason");

    /**
     * {@code adapter.spreadsheet-one-table-per-csv} (error): a CSV file holds one table, and this
     * {@code {recordType}} record belongs to another one: write to a {@code .zip} to get one CSV
     * file per table. Nothing is written.
     */
    public static final FindingType ONE_TABLE_PER_CSV = type("one-table-per-csv", Severity.ERROR, "recordType");

    /**
     * {@code adapter.spreadsheet-metadata-not-written} (warning): the document's own data (its id,
     * title, language …) has no place in a single CSV file and was not written; write to a
     * {@code .zip} to keep it.
     */
    public static final FindingType METADATA_NOT_WRITTEN = type("metadata-not-written", Severity.WARNING);

    /** Every finding type of the spreadsheet adapters. */
    public static final List<FindingType> ALL = List.of(ENCODING, ENCODING_SWITCHED, SEPARATOR, TITLE_ROWS,
            TWO_ROW_HEADER, UNKNOWN_TABLE, NO_TABLE, UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN, BAD_NUMBER,
            BAD_DATE, BAD_VALUE, UNKNOWN_CODE, SERIAL_DATE, NUMBER_AS_FLOAT, BAD_JSON, CONFLICTING_VALUE, GENERATED_ID,
            RECORD_SKIPPED, UNCLOSED_QUOTE, EXTRA_CELLS, FORMULA_TEXT, LIMIT_EXCEEDED, UNSAFE_ARCHIVE, UNREADABLE, BAD_MAPPING, ONE_TABLE_PER_CSV, METADATA_NOT_WRITTEN);

    private SpreadsheetFindings() {
    }

    private static FindingType type(String name, Severity severity, String... parameters) {
        return new FindingType("adapter.spreadsheet-" + name, Layer.ADAPTER, severity, List.of(parameters), MESSAGES);
    }
}
