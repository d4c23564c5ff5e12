package org.jisr.adapter.tabular.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.json.InvalidJsonException;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.text.TextMatching;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading one input with a mapping: finds each sheet's table and header, turns its rows into
 * records, and keeps what spans the sheets (the document's metadata, the linked records already
 * made). One instance per reading; not thread-safe.
 */
public final class TableReading {

    private static final JisrJson JISR = JisrJson.create();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    /** How many rows are looked at to find a header. */
    private static final int HEADER_SEARCH = 30;

    /**
     * A record read, with where its values are.
     *
     * @param record the record
     * @param row    the location of its row
     * @param cells  the location of each value, by JSON Pointer in the record
     */
    public record Read(JisrRecord record, Location row, Map<String, Location> cells) {

        /**
         * Where a value is: its cell, or the cell of the nearest value above it, or the row.
         *
         * @param pointer a JSON Pointer in the record
         * @return the location
         */
        public Location locate(String pointer) {
            return TableReading.locate(cells, row, pointer);
        }
    }

    private static Location locate(Map<String, Location> cells, Location row, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Location at = cells.get(p);
            if (at != null) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return row;
    }

    private final Mapping mapping;
    private final AdapterContext context;
    private final Set<String> linkedIds = new HashSet<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, JsonNode> metadataJson = new LinkedHashMap<>();
    private boolean anyTable;
    /**
     * For each table looked at, the indexes of its columns by matching key: a header cell is matched by a
     * lookup of its keys, not by trying each column of each table. Made once per table and reading.
     */
    private final Map<Mapping.Table, Map<String, int[]>> columnIndexes = new java.util.IdentityHashMap<>();
    private static final int[] NO_COLUMNS = {};
    private long records;
    /** Fills the identifiers of local authorities named only, when the option {@code authorities=match} asks it. */
    private final @Nullable AuthorityNames authorities;

    /**
     * Starts reading an input.
     *
     * @param mapping the mapping
     * @param context where to report
     */
    public TableReading(Mapping mapping, AdapterContext context) {
        this.mapping = mapping;
        this.context = context;
        this.authorities = AuthorityNames.fromOptions(context.options());
    }

    /**
     * Starts reading a sheet.
     *
     * @param where where it is
     * @param rows  its rows
     * @return the reader of its records
     */
    public SheetReader sheet(Grid.Where where, Grid.RowSource rows) {
        return new SheetReader(where, rows, where.sheet());
    }

    /**
     * Starts reading a sheet whose name (a CSV file's, in a folder) may say which table it holds.
     *
     * @param where where it is
     * @param rows  its rows
     * @param name  the name that may name a table, or {@code null}
     * @return the reader of its records
     */
    public SheetReader sheet(Grid.Where where, Grid.RowSource rows, @Nullable String name) {
        return new SheetReader(where, rows, name);
    }

    /**
     * Tells whether a table of the mapping was found in some sheet.
     *
     * @return {@code true} once a header was recognised
     */
    public boolean anyTable() {
        return anyTable;
    }

    /**
     * Reports that no sheet had a table of the mapping.
     *
     * @param at where the input starts
     */
    public void noTable(Location at) {
        context.report(SpreadsheetFindings.NO_TABLE, at, Map.of("mapping", mapping.id()));
    }

    /**
     * Returns the document's metadata read from the document table.
     *
     * @return the metadata, empty when there is none
     */
    public DocumentMetadata metadata() {
        if (metadata.isEmpty() && metadataJson.isEmpty()) {
            return DocumentMetadata.EMPTY;
        }
        ObjectNode doc = NODES.objectNode();
        doc.put("jisr", "1.0");
        metadata.forEach((pointer, value) -> Trees.set(doc, pointer, NODES.stringNode(value)));
        metadataJson.forEach((pointer, value) -> Trees.set(doc, pointer, value));
        doc.set("records", NODES.arrayNode());
        try {
            return JISR.readDocument(doc.toString()).metadata();
        } catch (InvalidJsonException e) {
            return DocumentMetadata.EMPTY;
        }
    }

    private Map<String, int[]> columnIndex(Mapping.Table t) {
        return columnIndexes.computeIfAbsent(t, table -> {
            Map<String, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                for (String key : table.columns().get(i).matchKeys().keySet()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> index = new HashMap<>();
            byKey.forEach((key, columns) -> index.put(key, columns.stream().mapToInt(Integer::intValue).toArray()));
            return index;
        });
    }

    private void report(FindingType type, Location at, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        context.report(type, at, values);
    }

    /** The records of one sheet, one at a time. */
    public final class SheetReader {
        private final Grid.Where where;
        private final Grid.RowSource rows;
        private final Deque<Grid.Row> buffered = new ArrayDeque<>();
        private final Deque<Read> ready = new ArrayDeque<>();
        private Mapping.@Nullable Table table;
        private final Map<Integer, Mapping.Column> columns = new LinkedHashMap<>();
        private final Map<Integer, String> extraColumns = new LinkedHashMap<>();
        private int restColumn = -1;
        private int width;
        private boolean started;
        private boolean skipRows;

        private final @Nullable String name;

        SheetReader(Grid.Where where, Grid.RowSource rows, @Nullable String name) {
            this.where = where;
            this.rows = rows;
            this.name = name;
        }

        /**
         * Returns the next record of the sheet.
         *
         * @return the record read, or empty at the end of the sheet
         */
        public Optional<Read> next() {
            if (!started) {
                started = true;
                findHeader();
            }
            while (ready.isEmpty()) {
                if (table == null || skipRows) {
                    return Optional.empty();
                }
                Optional<Grid.Row> row = buffered.isEmpty() ? rows.next() : Optional.of(buffered.poll());
                if (row.isEmpty()) {
                    return Optional.empty();
                }
                if (!row.get().blank()) {
                    row(row.get());
                }
            }
            return Optional.of(ready.poll());
        }

        // ---- header

        private void findHeader() {
            while (buffered.size() < HEADER_SEARCH) {
                Optional<Grid.Row> r = rows.next();
                if (r.isEmpty()) {
                    break;
                }
                buffered.add(r.get());
            }
            List<Grid.Row> head = new ArrayList<>(buffered);
            Mapping.Table best = null;
            int bestRow = -1;
            int bestScore = 0;
            boolean bestDouble = false;
            List<Mapping.Table> candidates = candidates();
            // A cell's keys (a regex split and a normalisation each) depend on the rows only, not on the
            // table: made once here, not once per candidate table and row pair.
            List<HeaderCells> single = new ArrayList<>(head.size());
            List<HeaderCells> twice = new ArrayList<>(head.size());
            for (int i = 0; i < head.size(); i++) {
                single.add(HeaderCells.of(head.get(i), null));
                twice.add(i > 0 ? HeaderCells.of(head.get(i), head.get(i - 1)) : HeaderCells.NONE);
            }
            for (Mapping.Table t : candidates) {
                for (int i = 0; i < head.size(); i++) {
                    int alone = match(t, single.get(i)).size();
                    int two = i > 0 ? match(t, twice.get(i)).size() : 0;
                    int score = Math.max(alone, two);
                    if (score > bestScore) {
                        best = t;
                        bestRow = i;
                        bestScore = score;
                        bestDouble = two > alone;
                    }
                }
            }
            boolean named = candidates.size() == 1 && candidates.size() < mapping.tables().size();
            if (best == null || bestScore < Math.min(2, best.columns().size()) && !named) {
                report(SpreadsheetFindings.UNKNOWN_TABLE, head.isEmpty() ? where.start() : where.at(head.get(0)),
                        "mapping", mapping.id());
                buffered.clear();
                return;
            }
            anyTable = true;
            table = best;
            Grid.Row header = head.get(bestRow);
            if (bestRow > 0) {
                report(SpreadsheetFindings.TITLE_ROWS, where.at(head.get(0)), "rows", String.valueOf(bestRow),
                        "table", best.name(mapping.language()));
            }
            if (bestDouble) {
                report(SpreadsheetFindings.TWO_ROW_HEADER, where.at(header), "table", best.name(mapping.language()));
            }
            for (int i = 0; i <= bestRow; i++) {
                buffered.poll();
            }
            Map<Integer, Mapping.Column> found = match(best, (bestDouble ? twice : single).get(bestRow));
            Set<String> seen = new HashSet<>();
            for (Grid.Cell cell : header.cells()) {
                if (cell.blank()) {
                    continue;
                }
                width = Math.max(width, cell.column() + 1);
                Mapping.Column c = found.get(cell.column());
                if (c == null) {
                    String text = cell.text().strip();
                    List<String> keys = headerKeys(text);
                    if (best.rest() != null && language(best.rest(), keys) != null) {
                        restColumn = cell.column();
                    } else if (best.columns().stream().anyMatch(k -> language(k, keys) != null)) {
                        report(SpreadsheetFindings.DUPLICATE_COLUMN, where.at(cell, header.number()), "column", text);
                    } else if (best.extensions() != null) {
                        extraColumns.put(cell.column(), text);
                    } else {
                        report(SpreadsheetFindings.UNKNOWN_COLUMN, where.at(cell, header.number()), "column", text,
                                "table", best.name(mapping.language()));
                    }
                } else if (!seen.add(c.key())) {
                    report(SpreadsheetFindings.DUPLICATE_COLUMN, where.at(cell, header.number()), "column",
                            cell.text().strip());
                } else {
                    columns.put(cell.column(), c);
                }
            }
            for (Mapping.Column c : best.columns()) {
                if (c.required() && !seen.contains(c.key())) {
                    report(SpreadsheetFindings.MISSING_COLUMN, where.at(header), "column", c.header(mapping.language()),
                            "table", best.name(mapping.language()));
                    skipRows = true;
                }
            }
        }

        /** The tables a sheet can hold: those its name names, else all. */
        private List<Mapping.Table> candidates() {
            if (name != null) {
                String key = TextMatching.compactKey(name.replaceAll("(?i)\\.csv$", ""));
                List<Mapping.Table> named = mapping.tables().stream()
                        .filter(t -> TextMatching.compactKey(t.key()).equals(key) || t.names().values().stream()
                                .flatMap(List::stream).anyMatch(n -> TextMatching.compactKey(n).equals(key)))
                        .toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
            return mapping.tables();
        }

        /** The columns of a table a header row names, by column index. */
        private Map<Integer, Mapping.Column> match(Mapping.Table t, HeaderCells row) {
            Map<Integer, Mapping.Column> found = new HashMap<>();
            List<Mapping.Column> columns = t.columns();
            Map<String, int[]> index = columnIndex(t);
            boolean[] used = new boolean[columns.size()];
            for (HeaderCell cell : row.cells()) {
                // The first column of the table, not yet named, that one of the cell's keys names.
                int first = Integer.MAX_VALUE;
                for (List<String> keys : List.of(cell.own(), cell.groupOnly())) {
                    for (String key : keys) {
                        for (int i : index.getOrDefault(key, NO_COLUMNS)) {
                            if (i < first && !used[i]) {
                                first = i;
                            }
                        }
                    }
                }
                if (first != Integer.MAX_VALUE) {
                    found.put(cell.column(), columns.get(first));
                    used[first] = true;
                }
            }
            return found;
        }

        // ---- rows

        private void row(Grid.Row row) {
            Mapping.Table t = table;
            if (t == null) {
                return;
            }
            if (records >= context.limits().maxRecords()) {
                report(SpreadsheetFindings.LIMIT_EXCEEDED, where.at(row), "limit", "maxRecords",
                        "maximum", String.valueOf(context.limits().maxRecords()));
                skipRows = true;
                return;
            }
            if (t.document()) {
                documentRow(row);
                return;
            }
            long extra = row.cells().stream().filter(c -> c.column() >= width && !c.blank()).count();
            if (extra > 0 && restColumn != width - 1) {
                report(SpreadsheetFindings.EXTRA_CELLS, where.at(row), "cells",
                        String.valueOf(row.cells().stream().filter(c -> !c.blank()).count()), "columns",
                        String.valueOf(width));
            }
            ObjectNode main = NODES.objectNode();
            Map<String, ObjectNode> linked = new LinkedHashMap<>();
            Map<String, Location> cells = new HashMap<>();
            Map<String, String> texts = new HashMap<>();
            for (Map.Entry<Integer, Mapping.Column> e : columns.entrySet()) {
                Optional<Grid.Cell> cell = row.cell(e.getKey());
                if (cell.isEmpty()) {
                    continue;
                }
                Mapping.Column c = e.getValue();
                Location at = where.at(cell.get(), row.number());
                texts.put(c.key(), cell.get().text());
                JsonNode value = convert(cell.get(), c, at);
                if (value == null) {
                    continue;
                }
                ObjectNode target = c.linked() == null ? main : linked.computeIfAbsent(c.linked(), k -> NODES.objectNode());
                Trees.set(target, c.path(), value);
                c.with().forEach((p, v) -> Trees.set(target, p, v.deepCopy()));
                if (c.linked() == null) {
                    cells.put(c.path(), at);
                }
            }
            if (restColumn >= 0) {
                Optional<Grid.Cell> cell = row.cell(restColumn);
                if (cell.isPresent()) {
                    Location at = where.at(cell.get(), row.number());
                    StringBuilder json = new StringBuilder(Cells.restore(cell.get().text()));
                    if (restColumn == width - 1) {
                        // JSON longer than a spreadsheet cell holds goes on in the cells to its right.
                        row.cells().stream().filter(c -> c.column() > restColumn && !c.blank())
                                .forEach(c -> json.append(c.text()));
                    }
                    try {
                        JsonNode rest = Json.MAPPER.readTree(json.toString());
                        if (!rest.isObject()) {
                            report(SpreadsheetFindings.BAD_JSON, at, "column", header(t.rest()), "reason",
                                    "not a JSON object");
                        } else {
                            List<String> conflicts = new ArrayList<>();
                            Trees.merge(main, rest, "", conflicts);
                            for (String p : conflicts) {
                                report(SpreadsheetFindings.CONFLICTING_VALUE, at, "column", header(t.rest()), "pointer", p);
                            }
                            Trees.leaves(rest, "", p -> cells.putIfAbsent(p, at));
                        }
                    } catch (JacksonException e) {
                        report(SpreadsheetFindings.BAD_JSON, at, "column", header(t.rest()), "reason",
                                e.getOriginalMessage());
                    }
                }
            }
            for (Map.Entry<Integer, String> e : extraColumns.entrySet()) {
                row.cell(e.getKey()).ifPresent(cell -> {
                    ObjectNode ns = Trees.object(main, "/extensions/" + Trees.escape(t.extensions()));
                    ns.put(e.getValue(), Cells.restore(cell.text()));
                });
            }
            t.constants().forEach((p, v) -> {
                if (Trees.get(main, p) == null) {
                    Trees.set(main, p, v.deepCopy());
                }
            });
            if (Trees.get(main, "/id") == null) {
                String id = template(t.id(), texts, row.number(), t.key());
                if (id == null) {
                    report(SpreadsheetFindings.RECORD_SKIPPED, where.at(row), "reason", "the row has no id", "pointer",
                            "/id");
                    return;
                }
                main.put("id", id);
                if (columns.values().stream().anyMatch(c -> c.path().equals("/id") && c.linked() == null)) {
                    // An id column left empty: say which id the row got. A table without one makes ids by design.
                    report(SpreadsheetFindings.GENERATED_ID, where.at(row), "id", id);
                }
            }
            for (Mapping.Linked l : t.linked()) {
                ObjectNode tree = linked.get(l.key());
                if (tree == null) {
                    continue;
                }
                String id = template(l.id(), texts, row.number(), t.key());
                if (id == null) {
                    continue;
                }
                for (String p : l.link()) {
                    Trees.set(main, p, NODES.stringNode(id));
                }
                if (linkedIds.add(id)) {
                    tree.put("id", id);
                    l.constants().forEach((p, v) -> {
                        if (Trees.get(tree, p) == null) {
                            Trees.set(tree, p, v.deepCopy());
                        }
                    });
                    build(tree, l.recordType().jsonName(), where.at(row), Map.of());
                }
            }
            build(main, t.recordType().jsonName(), where.at(row), cells);
        }

        private void build(ObjectNode tree, String type, Location row, Map<String, Location> cells) {
            Trees.compact(tree);
            ObjectNode record = NODES.objectNode();
            record.put("type", type);
            record.setAll(tree);
            if (authorities != null && type.equals("LocalAuthority")) {
                authorities.fill(record, pointer -> locate(cells, row, pointer), context);
            }
            try {
                JisrRecord r = JISR.readRecord(record.toString());
                records++;
                ready.add(new Read(r, row, Map.copyOf(cells)));
            } catch (InvalidJsonException e) {
                report(SpreadsheetFindings.RECORD_SKIPPED, locate(cells, row, e.pointer()), "reason", e.reason(),
                        "pointer", e.pointer());
            }
        }

        private void documentRow(Grid.Row row) {
            List<Grid.Cell> cells = row.cells().stream().filter(c -> !c.blank()).toList();
            if (cells.size() < 2) {
                return;
            }
            String pointer = cells.get(0).text().strip();
            String value = Cells.restore(cells.get(1).text());
            Location at = where.at(cells.get(1), row.number());
            if (!pointer.startsWith("/")) {
                report(SpreadsheetFindings.BAD_VALUE, where.at(cells.get(0), row.number()), "column",
                        header(table.columns().get(0)), "value", pointer);
                return;
            }
            if (pointer.equals("/extensions")) {
                try {
                    metadataJson.put(pointer, Json.MAPPER.readTree(value));
                } catch (JacksonException e) {
                    report(SpreadsheetFindings.BAD_JSON, at, "column", header(table.columns().get(1)), "reason",
                            e.getOriginalMessage());
                }
            } else {
                metadata.put(pointer, value);
            }
        }

        private String header(Mapping.@Nullable Column c) {
            return c == null ? "" : c.header(mapping.language());
        }

        // ---- values

        private @Nullable JsonNode convert(Grid.Cell cell, Mapping.Column c, Location at) {
            if (cell.value() instanceof String s && Cells.formulaLike(s)) {
                report(SpreadsheetFindings.FORMULA_TEXT, at, "column", header(c), "value",
                        s.length() <= 40 ? s : s.substring(0, 40) + "…");
            }
            String raw = cell.value() instanceof String s ? Cells.restore(s) : cell.text();
            if (!c.values().isEmpty()) {
                for (Map.Entry<String, String> v : c.values().entrySet()) {
                    if (TextMatching.matches(v.getKey(), raw)) {
                        raw = v.getValue();
                        break;
                    }
                }
            }
            String text = raw.strip();
            String column = header(c);
            switch (c.type()) {
                case TEXT:
                    return NODES.stringNode(raw);
                case REFERENCE:
                    return NODES.stringNode(text);
                case REFERENCES: {
                    ArrayNode a = NODES.arrayNode();
                    split(raw).forEach(a::add);
                    return a.isEmpty() ? null : a;
                }
                case CODE: {
                    Optional<String> code = Codelists.get(c.codelist()).code(text);
                    if (code.isEmpty()) {
                        report(SpreadsheetFindings.UNKNOWN_CODE, at, "column", column, "value", text, "codelist",
                                c.codelist());
                        return null;
                    }
                    return NODES.stringNode(code.get());
                }
                case CODES: {
                    ArrayNode a = NODES.arrayNode();
                    for (String item : split(raw)) {
                        Optional<String> code = Codelists.get(c.codelist()).code(item);
                        if (code.isEmpty()) {
                            report(SpreadsheetFindings.UNKNOWN_CODE, at, "column", column, "value", item, "codelist",
                                    c.codelist());
                        } else {
                            a.add(code.get());
                        }
                    }
                    return a.isEmpty() ? null : a;
                }
                case DATE:
                case TEMPORAL:
                case YEAR_OR_DATE:
                    return temporal(cell, c, text, column, at);
                case INTEGER:
                case DECIMAL:
                case MILLIMES: {
                    Optional<BigDecimal> n = cell.value() instanceof BigDecimal d ? Optional.of(d) : Values.parseNumber(text);
                    if (n.isEmpty() || c.type() == Mapping.Type.INTEGER && n.get().stripTrailingZeros().scale() > 0) {
                        report(SpreadsheetFindings.BAD_NUMBER, at, "column", column, "value", text);
                        return null;
                    }
                    if (c.type() == Mapping.Type.INTEGER) {
                        return NODES.numberNode(n.get().toBigIntegerExact());
                    }
                    return NODES.numberNode(c.type() == Mapping.Type.MILLIMES ? n.get().movePointLeft(3) : n.get());
                }
                case DIGITS: {
                    String digits = Values.asciiDigits(text);
                    if (digits.matches("\\d+")) {
                        return NODES.stringNode(digits);
                    }
                    Optional<String> repaired = Values.repairDigits(digits);
                    if (repaired.isPresent()) {
                        report(SpreadsheetFindings.NUMBER_AS_FLOAT, at, "column", column, "value", text, "repaired",
                                repaired.get());
                        return NODES.stringNode(repaired.get());
                    }
                    return NODES.stringNode(text);
                }
                case IDENTIFIERS: {
                    ArrayNode a = NODES.arrayNode();
                    for (String line : raw.split("\\R")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        int colon = line.indexOf(':');
                        if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                            report(SpreadsheetFindings.BAD_VALUE, at, "column", column, "value", line.strip());
                            continue;
                        }
                        ObjectNode id = a.addObject();
                        id.put("scheme", line.substring(0, colon).strip());
                        id.put("value", line.substring(colon + 1).strip());
                    }
                    return a.isEmpty() ? null : a;
                }
                case COMPANY_ID: {
                    String digits = Values.asciiDigits(text).replaceAll("[\\s\\u00A0]", "");
                    Optional<String> repaired = Values.repairDigits(digits);
                    if (repaired.isPresent()) {
                        report(SpreadsheetFindings.NUMBER_AS_FLOAT, at, "column", column, "value", text, "repaired",
                                repaired.get());
                        digits = repaired.get();
                    }
                    if (!digits.matches("\\d{9}|\\d{14}")) {
                        report(SpreadsheetFindings.BAD_VALUE, at, "column", column, "value", text);
                        return null;
                    }
                    ObjectNode id = NODES.objectNode();
                    id.put("scheme", digits.length() == 9 ? "fr-siren" : "fr-siret");
                    id.put("value", digits);
                    return id;
                }
                case PERIOD: {
                    ObjectNode period = NODES.objectNode();
                    if (cell.value() instanceof LocalDateTime dt) {
                        period.put("start", dt.toLocalDate().toString());
                        return period;
                    }
                    String[] ends = text.split("\\s*(?:_|\\R|\\s-\\s|\\sau\\s|\\s→\\s)\\s*|(?<=\\d{4}|\\d{4}-\\d{2}-\\d{2})/(?=\\d{4})");
                    boolean bad = ends.length > 2;
                    for (int i = 0; i < ends.length && i < 2; i++) {
                        Optional<LocalDate> d = Values.parseDate(ends[i]);
                        if (d.isPresent()) {
                            period.put(i == 0 ? "start" : "end", d.get().toString());
                        } else {
                            bad = true;
                        }
                    }
                    if (bad) {
                        // What reads is kept; the rest of the cell is said, not silently dropped.
                        report(SpreadsheetFindings.BAD_DATE, at, "column", column, "value", text);
                    }
                    return period.has("start") ? period : null;
                }
                case BOOLEAN: {
                    Optional<Boolean> b = cell.value() instanceof Boolean v ? Optional.of(v) : Values.parseBoolean(text);
                    if (b.isEmpty()) {
                        report(SpreadsheetFindings.BAD_VALUE, at, "column", column, "value", text);
                        return null;
                    }
                    return NODES.booleanNode(b.get());
                }
                case JSON:
                default:
                    try {
                        return Json.MAPPER.readTree(raw);
                    } catch (JacksonException e) {
                        report(SpreadsheetFindings.BAD_JSON, at, "column", column, "reason", e.getOriginalMessage());
                        return null;
                    }
            }
        }

        private @Nullable JsonNode temporal(Grid.Cell cell, Mapping.Column c, String text, String column, Location at) {
            Object v = cell.value();
            if (v instanceof LocalDate d) {
                return NODES.stringNode(d.toString());
            }
            if (v instanceof LocalDateTime dt) {
                if (dt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                    return NODES.stringNode(dt.toLocalDate().toString());
                }
                report(SpreadsheetFindings.BAD_DATE, at, "column", column, "value", text);
                return null;
            }
            if (c.type() == Mapping.Type.YEAR_OR_DATE) {
                String digits = Values.asciiDigits(text);
                if (digits.matches("\\d{4}(\\.0+)?")) {
                    return NODES.numberNode(Integer.parseInt(digits.substring(0, 4)));
                }
            }
            if (v instanceof BigDecimal n) {
                return serial(n.toPlainString(), column, at);
            }
            Optional<LocalDate> date = Values.parseDate(text);
            if (date.isPresent()) {
                return NODES.stringNode(date.get().toString());
            }
            if (c.type() == Mapping.Type.TEMPORAL) {
                Optional<OffsetDateTime> time = Values.parseDateTime(text);
                if (time.isPresent()) {
                    return NODES.stringNode(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.get()));
                }
            }
            return serial(text, column, at);
        }

        private @Nullable JsonNode serial(String text, String column, Location at) {
            Optional<LocalDate> serial = Values.parseSerialDate(text);
            if (serial.isPresent()) {
                report(SpreadsheetFindings.SERIAL_DATE, at, "column", column, "value", text, "date",
                        serial.get().toString());
                return NODES.stringNode(serial.get().toString());
            }
            report(SpreadsheetFindings.BAD_DATE, at, "column", column, "value", text);
            return null;
        }
    }

    /**
     * The matching keys of a cell of a candidate header row.
     *
     * @param column    its column
     * @param own       the keys of its text (and, under a group title, of the title and its text together)
     * @param groupOnly the keys of the group title above a blank cell
     */
    private record HeaderCell(int column, List<String> own, List<String> groupOnly) {
    }

    /** The cells of a candidate header row that may name a column, with their keys; made once per row. */
    private record HeaderCells(List<HeaderCell> cells) {

        static final HeaderCells NONE = new HeaderCells(List.of());

        /** The cells of a row, read alone or (with the row above) as the lower row of a two-row header. */
        static HeaderCells of(Grid.Row row, Grid.@Nullable Row above) {
            List<HeaderCell> cells = new ArrayList<>();
            // The group title over a cell is the last non-blank cell above it since the previous cell. When the row
            // above is in column order (every reader makes it so) that is a floor lookup, not a scan of the row
            // above for each cell, which was quadratic in a wide row.
            java.util.NavigableMap<Integer, String> titles = above != null && ascending(above) ? titles(above) : null;
            String carried = "";
            int previous = -1;
            for (Grid.Cell cell : row.cells()) {
                String text = cell.blank() ? "" : cell.text();
                String group = "";
                if (above != null) {
                    if (titles != null) {
                        Map.Entry<Integer, String> title = titles.floorEntry(cell.column());
                        if (title != null && title.getKey() > previous) {
                            carried = title.getValue();
                        }
                    } else {
                        for (Grid.Cell a : above.cells()) {
                            if (a.column() > previous && a.column() <= cell.column() && !a.blank()) {
                                carried = a.text();
                            }
                        }
                    }
                    group = carried;
                }
                previous = cell.column();
                List<String> own = text.isBlank() ? List.of() : headerKeys(text);
                if (above != null && !text.isBlank()) {
                    own = new ArrayList<>(own);
                    own.addAll(headerKeys(group + " " + text));
                }
                List<String> groupOnly = above != null && text.isBlank() && !group.isBlank() ? headerKeys(group)
                        : List.of();
                if (!own.isEmpty() || !groupOnly.isEmpty()) {
                    cells.add(new HeaderCell(cell.column(), own, groupOnly));
                }
            }
            return new HeaderCells(cells);
        }

        private static boolean ascending(Grid.Row row) {
            int last = -1;
            for (Grid.Cell c : row.cells()) {
                if (c.column() <= last) {
                    return false;
                }
                last = c.column();
            }
            return true;
        }

        private static java.util.NavigableMap<Integer, String> titles(Grid.Row row) {
            java.util.NavigableMap<Integer, String> titles = new java.util.TreeMap<>();
            for (Grid.Cell c : row.cells()) {
                if (!c.blank()) {
                    titles.put(c.column(), c.text());
                }
            }
            return titles;
        }
    }

    /** Items of a list cell: one per line, or separated by {@code ;} when the cell has one line. */
    static List<String> split(String cell) {
        String[] parts = cell.contains("\n") || cell.contains("\r") ? cell.split("\\R") : cell.split(";");
        List<String> items = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                items.add(p.strip());
            }
        }
        return items;
    }

    /**
     * The language of the header of a column one of these header keys matches: {@code fr}, {@code ar},
     * {@code en}, {@code *} for a key or a path or a header of any language; {@code null} when none does.
     */
    static @Nullable String language(Mapping.Column c, List<String> headerKeys) {
        Map<String, String> keys = c.matchKeys();
        for (String key : headerKeys) {
            String language = keys.get(key);
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    /** The matching keys of a header cell and of its parts; none for a cell too long to be a header. */
    static List<String> headerKeys(String headerText) {
        if (headerText.length() > 200) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(2);
        for (String part : parts(headerText)) {
            String key = TextMatching.compactKey(part);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A header and its parts: a bilingual header «الاسم / Nom» matches by either. */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:/|\\||\\R)\\s*");

    private static List<String> parts(String header) {
        List<String> parts = new ArrayList<>();
        parts.add(header);
        for (String p : PARTS.split(header)) {
            if (!p.isBlank() && !p.equals(header)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The first template whose placeholders all have values, as an id. */
    private static @Nullable String template(List<String> templates, Map<String, String> texts, int row, String table) {
        for (String t : templates) {
            Matcher m = PLACEHOLDER.matcher(t);
            StringBuilder out = new StringBuilder();
            boolean complete = true;
            while (m.find()) {
                String name = m.group(1);
                String value = name.equals("row") ? String.valueOf(row) : name.equals("table") ? table
                        : texts.containsKey(name) ? slug(texts.get(name)) : "";
                if (value.isEmpty()) {
                    complete = false;
                    break;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            if (!complete) {
                continue;
            }
            m.appendTail(out);
            String id = out.toString();
            if (id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
                return id;
            }
        }
        return null;
    }

    /** Lower-case ASCII letters, digits and hyphens of a text; empty for a text in another script. */
    static String slug(String text) {
        String digits = Values.repairDigits(text).orElse(text);
        String key = TextMatching.key(Values.asciiDigits(digits));
        StringBuilder s = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                s.append(c);
            } else if (c == ' ' && !s.isEmpty() && s.charAt(s.length() - 1) != '-') {
                s.append('-');
            }
        }
        String slug = s.toString().replaceAll("-+$", "");
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }
}
