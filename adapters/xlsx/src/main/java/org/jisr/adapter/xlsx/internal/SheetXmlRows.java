package org.jisr.adapter.xlsx.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Cells;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an xlsx workbook, pulled from its XML with StAX, one row at a time:
 * memory holds a row (and the workbook's shared strings), whatever the size of the sheet. Cells
 * are typed: numbers exactly as stored, numbers with a date format as dates, booleans, texts
 * (shared or inline, with the {@code _xHHHH_} escapes of spreadsheets decoded); a formula gives
 * its cached value. Not thread-safe.
 */
final class SheetXmlRows implements Grid.RowSource {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    static {
        // No DTD, no external entity: a workbook is untrusted input.
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final AdapterContext context;
    private final Grid.Where where;
    private final int maxText;
    private boolean ended;

    SheetXmlRows(InputStream in, SharedStrings strings, StylesTable styles, AdapterContext context, Grid.Where where)
            throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(withoutDeclaration(in));
        this.strings = strings;
        this.styles = styles;
        this.context = context;
        this.where = where;
        this.maxText = context.limits().maxCellLength();
    }

    /**
     * The sheet's XML as characters, without its XML declaration: the JDK's StAX parser prints
     * "[Fatal Error]" on standard error for a damaged declaration or a bad byte while it reads the
     * prolog, before any reporter can take it; reading the declaration here (and decoding bad
     * bytes as U+FFFD) leaves it nothing to print, and later errors come as exceptions.
     */
    static java.io.Reader withoutDeclaration(InputStream in) {
        java.io.Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
        java.io.PushbackReader pushback = new java.io.PushbackReader(new java.io.BufferedReader(reader), 512);
        try {
            char[] head = new char[512];
            int n = pushback.read(head, 0, head.length);
            if (n <= 0) {
                return pushback;
            }
            String start = new String(head, 0, n);
            int from = 0;
            if (start.startsWith("\uFEFF")) {
                from = 1;
            }
            if (start.startsWith("<?xml", from)) {
                int end = start.indexOf("?>", from);
                from = end < 0 ? from : end + 2;
            }
            pushback.unread(head, from, n - from);
            return pushback;
        } catch (java.io.IOException e) {
            return new java.io.StringReader("");
        }
    }

    @Override
    public Optional<Grid.Row> next() {
        if (ended) {
            return Optional.empty();
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return Optional.ofNullable(row());
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            context.report(SpreadsheetFindings.UNREADABLE, where.start(), Map.of("reason",
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        ended = true;
        return Optional.empty();
    }

    private Grid.@Nullable Row row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? 0 : Integer.parseInt(r);
        List<Grid.Cell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : column(ref);
                if (number == 0 && ref != null) {
                    number = Integer.parseInt(ref.replaceAll("^[A-Z]+", ""));
                }
                if (column < 0 || column >= context.limits().maxColumns() || cells.size() >= context.limits().maxColumns()) {
                    // A row is held whole, and a table is as wide as its widest row.
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                            Cells.a1(Math.max(0, Math.min(column, context.limits().maxColumns())), Math.max(1, number)),
                            Math.max(1, number), 1), Map.of("limit", "maxColumns",
                                    "maximum", String.valueOf(context.limits().maxColumns())));
                    ended = true;
                    return null;
                }
                nextColumn = column + 1;
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                Object value = cell(type, style, number, column);
                if (ended) {
                    return null;
                }
                if (value != null) {
                    cells.add(new Grid.Cell(column, value, Math.max(1, number), column + 1));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new Grid.Row(Math.max(1, number), List.copyOf(cells));
    }

    /** The value of a cell, read up to its end tag; {@code null} for an empty one. */
    private @Nullable Object cell(@Nullable String type, @Nullable String style, int row, int column)
            throws XMLStreamException {
        String v = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("v")) {
                    v = text(row, column);
                } else if (name.equals("t")) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    String t = text(row, column);
                    if (t == null) {
                        return null;
                    }
                    inline.append(t);
                } else if (name.equals("rPh")) {
                    skip("rPh");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        if (ended) {
            return null;
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : decode(inline.toString());
        }
        if (v == null) {
            return null;
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(v.strip());
            String shared = strings.getItemAt(index).getString();
            if (shared.length() > maxText) {
                tooLong(row, column);
                return null;
            }
            return shared;
        }
        if ("str".equals(type) || "e".equals(type)) {
            return decode(v);
        }
        if ("b".equals(type)) {
            return v.strip().equals("1");
        }
        if ("d".equals(type)) {
            return v;
        }
        BigDecimal number = new BigDecimal(v.strip()).stripTrailingZeros();
        if (number.scale() < 0) {
            // A spreadsheet number has no scale of its own: 1500.0 and 1500 are the same cell.
            number = number.setScale(0);
        }
        if (style != null && isDate(Integer.parseInt(style))) {
            LocalDateTime date = DateUtil.getLocalDateTime(number.doubleValue());
            return date;
        }
        return number;
    }

    private boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle s = styles.getStyleAt(styleIndex);
        return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
    }

    /** The text of the current element, within the length limit. */
    private @Nullable String text(int row, int column) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                s.append(xml.getText());
                if (s.length() > maxText) {
                    tooLong(row, column);
                    return null;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return s.toString();
    }

    private void tooLong(int row, int column) {
        context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                Cells.a1(column, Math.max(1, row)), Math.max(1, row), column + 1), Map.of("limit",
                        "maxCellLength", "maximum", String.valueOf(maxText)));
        ended = true;
    }

    private void skip(String element) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                return;
            }
        }
    }

    /** Decodes the {@code _xHHHH_} escapes spreadsheets write for characters XML cannot hold. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static int column(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more to read
        }
    }
}
