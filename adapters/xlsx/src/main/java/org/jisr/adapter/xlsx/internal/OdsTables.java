package org.jisr.adapter.xlsx.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Cells;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * The tables of an OpenDocument spreadsheet ({@code .ods}), pulled from its {@code content.xml}
 * with StAX, one row at a time. Cells are typed from {@code office:value-type}: numbers from
 * {@code office:value}, dates from {@code office:date-value}, booleans, texts from their
 * paragraphs (spaces, tabs and line breaks restored). Repeated rows and cells are expanded only
 * when they hold something, so the million empty rows an export may declare cost nothing. Not
 * thread-safe.
 */
final class OdsTables {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();
    /** At most this many repetitions of a row or cell that holds something are expanded. */
    private static final int MAX_REPEAT = 1000;

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private final XMLStreamReader xml;
    private final AdapterContext context;
    private final String file;
    private final int maxText;
    private boolean ended;

    OdsTables(InputStream content, AdapterContext context, String file) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(SheetXmlRows.withoutDeclaration(content));
        this.context = context;
        this.file = file;
        this.maxText = context.limits().maxCellLength();
    }

    /**
     * Moves to the next table.
     *
     * @return its name, or empty when there is no more
     */
    Optional<String> nextTable() {
        try {
            while (!ended && xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && is(TABLE, "table")) {
                    String name = xml.getAttributeValue(TABLE, "name");
                    return Optional.of(name == null ? "" : name);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            failed(e, null);
        }
        ended = true;
        return Optional.empty();
    }

    /**
     * The rows of the current table.
     *
     * @param where where the table is
     * @return its rows, up to the end of the table
     */
    Grid.RowSource rows(Grid.Where where) {
        return new Grid.RowSource() {
            private int row;
            private final List<Grid.Cell> pending = new ArrayList<>();
            private int pendingRepeat;
            private boolean tableEnded;

            @Override
            public Optional<Grid.Row> next() {
                if (pendingRepeat > 0) {
                    pendingRepeat--;
                    row++;
                    return Optional.of(copy(pending, row));
                }
                try {
                    while (!tableEnded && !ended && xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table")) {
                            tableEnded = true;
                        } else if (event == XMLStreamConstants.START_ELEMENT && is(TABLE, "table-row")) {
                            int repeat = repeat("number-rows-repeated");
                            List<Grid.Cell> cells = row(row + 1, where);
                            if (ended) {
                                return Optional.empty();
                            }
                            if (cells.isEmpty()) {
                                row += repeat;
                                continue;
                            }
                            row++;
                            pending.clear();
                            pending.addAll(cells);
                            pendingRepeat = Math.min(repeat, MAX_REPEAT) - 1;
                            return Optional.of(copy(cells, row));
                        }
                    }
                } catch (XMLStreamException | RuntimeException e) {
                    failed(e, where);
                }
                return Optional.empty();
            }
        };
    }

    private static Grid.Row copy(List<Grid.Cell> cells, int row) {
        List<Grid.Cell> at = new ArrayList<>();
        for (Grid.Cell c : cells) {
            at.add(new Grid.Cell(c.column(), c.value(), row, c.column() + 1));
        }
        return new Grid.Row(row, List.copyOf(at));
    }

    /** The non-empty cells of the row the reader is at, up to its end tag. */
    private List<Grid.Cell> row(int row, Grid.Where where) throws XMLStreamException {
        List<Grid.Cell> cells = new ArrayList<>();
        int column = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && (is(TABLE, "table-cell") || is(TABLE, "covered-table-cell"))) {
                int repeat = repeat("number-columns-repeated");
                Object value = cell(row, column, where);
                if (ended) {
                    return List.of();
                }
                if (value != null) {
                    int max = context.limits().maxColumns();
                    if ((long) column + Math.min(repeat, MAX_REPEAT) > max) {
                        // Empty columns repeated cost nothing; a value past the limit would widen the table.
                        context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                                Cells.a1(Math.min(column, max), row), row, 1), Map.of("limit", "maxColumns",
                                        "maximum", String.valueOf(max)));
                        ended = true;
                        return List.of();
                    }
                    for (int i = 0; i < Math.min(repeat, MAX_REPEAT); i++) {
                        cells.add(new Grid.Cell(column + i, value, row, column + i + 1));
                    }
                }
                column = (int) Math.min(Integer.MAX_VALUE, (long) column + repeat);
            } else if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table-row")) {
                break;
            }
        }
        return cells;
    }

    /** The value of the cell the reader is at, read up to its end tag. */
    private @Nullable Object cell(int row, int column, Grid.Where where) throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String value = xml.getAttributeValue(OFFICE, "value");
        String date = xml.getAttributeValue(OFFICE, "date-value");
        String bool = xml.getAttributeValue(OFFICE, "boolean-value");
        String local = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(TEXT, "p")) {
                    if (paragraphs++ > 0) {
                        text.append('\n');
                    }
                } else if (is(TEXT, "s")) {
                    String c = xml.getAttributeValue(TEXT, "c");
                    text.append(" ".repeat(c == null ? 1 : Math.min(1000, Integer.parseInt(c))));
                } else if (is(TEXT, "tab")) {
                    text.append('\t');
                } else if (is(TEXT, "line-break")) {
                    text.append('\n');
                } else if (is(OFFICE, "annotation")) {
                    skip();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            }
            // Checked after every event: spaces (text:s) and line breaks lengthen a cell too.
            if (text.length() > maxText) {
                context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                        Cells.a1(column, row), row, column + 1), Map.of("limit", "maxCellLength",
                                "maximum", String.valueOf(maxText)));
                ended = true;
                return null;
            }
        }
        if (type == null || local.equals("covered-table-cell")) {
            return text.isEmpty() ? null : text.toString();
        }
        switch (type) {
            case "float", "percentage", "currency":
                return value == null ? null : new BigDecimal(value);
            case "date":
                if (date == null) {
                    return null;
                }
                return date.length() == 10 ? LocalDateTime.parse(date + "T00:00") : LocalDateTime.parse(date);
            case "boolean":
                return "true".equals(bool);
            default:
                return text.isEmpty() ? null : text.toString();
        }
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private int repeat(String attribute) {
        String r = xml.getAttributeValue(TABLE, attribute);
        try {
            return r == null ? 1 : Math.max(1, Integer.parseInt(r));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private boolean is(String namespace, String name) {
        return name.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    private void failed(Exception e, Grid.@Nullable Where where) {
        ended = true;
        context.report(SpreadsheetFindings.UNREADABLE, where == null ? Location.ofCell(file, null, "A1", 1, 1)
                : where.start(), Map.of("reason", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // read to its end
        }
    }
}
