package org.jisr.adapter.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.TableWriting;
import org.jisr.adapter.tabular.internal.Values;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as CSV: UTF-8 with a byte order mark (so that spreadsheets show Arabic and
 * accents), {@code ;} between cells, CRLF line ends, one table per file. To an output named
 * {@code .csv}, the one table of the records' type (records of another type are an error); to
 * any other name, a zip holding one CSV file per table of the mapping — the document's own data
 * first, then the tables in the order their records came, then the empty ones. Each table is
 * written to a temporary file as records come, so that memory does not grow with the output.
 * Not thread-safe.
 */
public final class CsvRecordWriter implements RecordWriter {

    /** The separator written. */
    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The CSV text of a table as it is written. */
    private static final class TableFile {
        final Mapping.Table table;
        final Path file;
        final Writer writer;

        TableFile(Mapping.Table table, Path file, Writer writer) {
            this.table = table;
            this.file = file;
            this.writer = writer;
        }
    }

    private final AdapterOutput output;
    private final AdapterContext context;
    private final TableWriting writing;
    private final boolean single;
    private final Map<String, TableFile> tables = new LinkedHashMap<>();
    private final Set<RecordType> refused = EnumSet.noneOf(RecordType.class);
    private @Nullable String singleTable;
    private boolean closed;

    /**
     * Prepares writing.
     *
     * @param output  the output
     * @param context where to report
     * @param mapping the mapping
     */
    public CsvRecordWriter(AdapterOutput output, AdapterContext context, Mapping mapping) {
        this.output = output;
        this.context = context;
        this.writing = new TableWriting(mapping, text -> true);
        this.single = output.name().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (single) {
            if (!metadata.equals(DocumentMetadata.EMPTY)) {
                context.report(SpreadsheetFindings.METADATA_NOT_WRITTEN, Location.of(output.name(), "", 1, 1), Map.of());
            }
            return;
        }
        writing.mapping().documentTable().ifPresent(t -> {
            List<List<@Nullable Object>> rows = writing.documentRows(metadata);
            if (!rows.isEmpty()) {
                TableFile f = open(t);
                for (List<@Nullable Object> row : rows) {
                    line(f.writer, row);
                }
            }
        });
    }

    @Override
    public void write(JisrRecord record) {
        Mapping.Table table = writing.table(record.type()).orElse(null);
        if (table == null) {
            context.lost(record, "");
            return;
        }
        if (single) {
            if (singleTable == null) {
                singleTable = table.key();
            } else if (!singleTable.equals(table.key())) {
                if (refused.add(record.type())) {
                    context.report(SpreadsheetFindings.ONE_TABLE_PER_CSV, Location.of(output.name(), "", 1, 1),
                            Map.of("recordType", record.type().jsonName()));
                }
                return;
            }
        }
        TableFile f = tables.containsKey(table.key()) ? tables.get(table.key()) : open(table);
        TableWriting.Row row = writing.row(table, record);
        line(f.writer, row.cells());
        for (String pointer : row.lost()) {
            context.lost(record, pointer);
        }
    }

    private TableFile open(Mapping.Table table) {
        try {
            Path file = Files.createTempFile("jisr-table-", ".csv");
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
            TableFile f = new TableFile(table, file, w);
            tables.put(table.key(), f);
            List<@Nullable Object> header = new ArrayList<>(table.document() ? List.of(
                    table.columns().get(0).header(writing.mapping().language()),
                    table.columns().get(1).header(writing.mapping().language())) : writing.header(table));
            line(w, header);
            return f;
        } catch (IOException e) {
            throw new JisrIOException("cannot create a temporary file for " + output.name(), e);
        }
    }

    private void line(Writer w, List<@Nullable Object> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(SEPARATOR);
                }
                w.write(quote(text(cells.get(i))));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new JisrIOException("cannot write " + output.name(), e);
        }
    }

    private String text(@Nullable Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate d) {
            return Values.formatDate(d, writing.mapping().formats());
        }
        if (cell instanceof BigDecimal n) {
            return Values.formatNumber(n, writing.mapping().formats().decimal());
        }
        return cell.toString();
    }

    /** Quotes a cell when it holds a separator, a quote, a line end, or space at either end. */
    static String quote(String cell) {
        boolean needs = cell.indexOf(SEPARATOR) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                        || Character.isWhitespace(cell.charAt(cell.length() - 1)));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream out = output.openStream()) {
            for (TableFile f : tables.values()) {
                f.writer.close();
            }
            if (single) {
                out.write(BOM);
                if (singleTable != null) {
                    try (var in = Files.newInputStream(tables.get(singleTable).file)) {
                        in.transferTo(out);
                    }
                }
                return;
            }
            for (Mapping.Table t : writing.mapping().tables()) {
                if (!t.document() && !tables.containsKey(t.key())) {
                    open(t).writer.close();
                }
            }
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (TableFile f : tables.values()) {
                    ZipEntry entry = new ZipEntry(f.table.name(writing.mapping().language()) + ".csv");
                    // Reproducible archives: the same records give the same bytes.
                    entry.setTime(0);
                    zip.putNextEntry(entry);
                    zip.write(BOM);
                    try (var in = Files.newInputStream(f.file)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new JisrIOException("cannot write " + output.name(), e);
        } finally {
            for (TableFile f : tables.values()) {
                try {
                    f.writer.close();
                    Files.deleteIfExists(f.file);
                } catch (IOException e) {
                    // A temporary file left behind is not worth failing the output for.
                }
            }
        }
    }
}
