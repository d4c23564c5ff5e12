package org.jisr.adapter.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.TableWriting;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as an xlsx workbook, one sheet per table of the mapping — the document's own
 * data first, then the tables in the order their records came, then the empty ones — streaming
 * rows to temporary files (POI's SXSSF) so that memory does not grow with the output. Dates are
 * date cells, numbers number cells (as text beyond the 15 digits a spreadsheet number holds),
 * texts text cells. Not thread-safe.
 */
public final class XlsxRecordWriter implements RecordWriter {

    /** What an xlsx text cell gives back exactly. */
    static final TableWriting.Policy POLICY = XlsxRecordWriter::canHold;

    private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final AdapterOutput output;
    private final TableWriting writing;
    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
    private final CellStyle header;
    private final CellStyle date;
    private boolean closed;

    /**
     * Prepares writing.
     *
     * @param output  the output
     * @param context where to report
     * @param mapping the mapping
     */
    public XlsxRecordWriter(AdapterOutput output, AdapterContext context, Mapping mapping) {
        this.output = output;
        this.context = context;
        this.writing = new TableWriting(mapping, POLICY);
        book.setCompressTempFiles(true);
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat(mapping.formats().datePattern().replace('M', 'm')
                .replace("mm/", "MM/").replace("/mm", "/MM").toLowerCase(java.util.Locale.ROOT)));
    }

    private final AdapterContext context;

    /** Whether a text comes back exactly from an xlsx cell: no character XML or SXSSF drops, no escape look-alike. */
    static boolean canHold(String text) {
        if (text.length() > MAX_TEXT || ESCAPE_LIKE.matcher(text).find()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        writing.mapping().documentTable().ifPresent(t -> {
            List<List<@Nullable Object>> rows = writing.documentRows(metadata);
            if (!rows.isEmpty()) {
                SXSSFSheet s = open(t);
                for (List<@Nullable Object> row : rows) {
                    row(s, row);
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
        SXSSFSheet s = sheets.containsKey(table.key()) ? sheets.get(table.key()) : open(table);
        TableWriting.Row row = writing.row(table, record);
        row(s, row.cells());
        for (String pointer : row.lost()) {
            context.lost(record, pointer);
        }
    }

    private SXSSFSheet open(Mapping.Table table) {
        SXSSFSheet s = book.createSheet(table.name(writing.mapping().language()));
        sheets.put(table.key(), s);
        if (writing.mapping().language().equals("ar")) {
            s.setRightToLeft(true);
        }
        List<@Nullable Object> names = new ArrayList<>(table.document() ? List.of(
                table.columns().get(0).header(writing.mapping().language()),
                table.columns().get(1).header(writing.mapping().language())) : writing.header(table));
        SXSSFRow r = row(s, names);
        for (int i = 0; i < names.size(); i++) {
            r.getCell(i).setCellStyle(header);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private SXSSFRow row(SXSSFSheet sheet, List<@Nullable Object> cells) {
        SXSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
        int column = 0;
        for (Object value : cells) {
            if (value instanceof String text && text.length() > MAX_TEXT) {
                // Only the JSON of other data, the last column, can be this long: it goes on to the right.
                for (int from = 0; from < text.length(); from += MAX_TEXT) {
                    row.createCell(column++).setCellValue(text.substring(from, Math.min(text.length(), from + MAX_TEXT)));
                }
                continue;
            }
            SXSSFCell cell = row.createCell(column++);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof BigDecimal n) {
                if (n.precision() <= 15) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(n.toPlainString());
                }
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
        return row;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (Mapping.Table t : writing.mapping().tables()) {
                if (!t.document() && !sheets.containsKey(t.key())) {
                    open(t);
                }
            }
            // The same records give the same bytes: no creation date in the workbook's properties.
            book.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
            try (OutputStream out = output.openStream()) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new JisrIOException("cannot write " + output.name(), e);
        } finally {
            try {
                // Closing an SXSSF workbook deletes its temporary files.
                book.close();
            } catch (IOException e) {
                // the output is written; a temporary file left behind is not worth failing it for
            }
        }
    }
}
