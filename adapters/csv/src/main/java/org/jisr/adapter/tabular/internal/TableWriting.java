package org.jisr.adapter.tabular.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns records into rows of a mapping's tables. Each column takes its value from the record's
 * canonical JSON when the cell can hold it so that reading gives it back exactly; every value no
 * column takes goes, in JSON, into the table's column of other data, so that nothing is lost.
 * Immutable and thread-safe.
 */
public final class TableWriting {

    private static final JisrJson JISR = JisrJson.create();

    /** What a container's cells can hold. */
    public interface Policy {
        /**
         * Tells whether a text cell can hold a text exactly.
         *
         * @param text the text
         * @return {@code true} when reading the cell gives the text back
         */
        boolean canHold(String text);
    }

    /**
     * One row.
     *
     * @param cells its cells: a {@link String} (already neutralised against formulas), a
     *              {@link BigDecimal}, a {@link LocalDate}, or {@code null} for an empty cell
     * @param lost  the JSON Pointers of the values the table has no room for (none with a column of other data)
     */
    public record Row(List<@Nullable Object> cells, List<String> lost) {
    }

    private final Mapping mapping;
    private final Policy policy;

    /**
     * Prepares writing.
     *
     * @param mapping the mapping
     * @param policy  what the cells can hold
     */
    public TableWriting(Mapping mapping, Policy policy) {
        this.mapping = mapping;
        this.policy = policy;
    }

    /**
     * The mapping.
     *
     * @return the mapping
     */
    public Mapping mapping() {
        return mapping;
    }

    /**
     * The table records of a type go to.
     *
     * @param type the record type
     * @return the table, empty when the mapping has none for it
     */
    public Optional<Mapping.Table> table(RecordType type) {
        return mapping.tableFor(type);
    }

    /**
     * The header row of a table, in the mapping's language.
     *
     * @param table the table
     * @return the headers
     */
    public List<String> header(Mapping.Table table) {
        List<String> h = new ArrayList<>();
        for (Mapping.Column c : table.columns()) {
            h.add(Cells.neutralize(c.header(mapping.language())));
        }
        if (table.rest() != null) {
            h.add(Cells.neutralize(table.rest().header(mapping.language())));
        }
        return h;
    }

    /**
     * The rows of the document table.
     *
     * @param metadata the document's metadata
     * @return the rows (property, value), empty when there is no metadata
     */
    public List<List<@Nullable Object>> documentRows(DocumentMetadata metadata) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        if (metadata.equals(DocumentMetadata.EMPTY)) {
            return rows;
        }
        JsonNode doc = Json.MAPPER.readTree(JISR.toJson(new ExchangeDocument(metadata, List.of())));
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            String name = e.getKey();
            if (name.equals("jisr") || name.equals("records")) {
                continue;
            }
            if (name.equals("extensions")) {
                rows.add(List.of("/extensions", Cells.neutralize(e.getValue().toString())));
            } else if (e.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> t : e.getValue().properties()) {
                    rows.add(List.of("/" + name + "/" + Trees.escape(t.getKey()), Cells.neutralize(t.getValue().asString())));
                }
            } else {
                rows.add(List.of("/" + name, Cells.neutralize(e.getValue().asString())));
            }
        }
        return rows;
    }

    /**
     * The row of a record.
     *
     * @param table  its table
     * @param record the record
     * @return the row
     */
    public Row row(Mapping.Table table, JisrRecord record) {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(JISR.toJsonLine(record));
        tree.remove("type");
        List<@Nullable Object> cells = new ArrayList<>();
        for (Mapping.Column c : table.columns()) {
            cells.add(c.linked() == null ? take(tree, c) : null);
        }
        List<String> lost = new ArrayList<>();
        if (table.rest() != null) {
            cells.add(tree.isEmpty() ? null : safeJson(tree.toString()));
        } else if (!tree.isEmpty()) {
            Trees.leaves(tree, "", lost::add);
        }
        return new Row(cells, List.copyOf(lost));
    }

    /** The cell of a column, taken out of the tree; {@code null} (and left in the tree) when it cannot hold it. */
    private @Nullable Object take(ObjectNode tree, Mapping.Column c) {
        JsonNode v = Trees.get(tree, c.path());
        if (v == null || v.isNull()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> w : c.with().entrySet()) {
            if (!w.getValue().equals(Trees.get(tree, w.getKey()))) {
                return null;
            }
        }
        Object cell = cell(v, c);
        if (cell == null) {
            return null;
        }
        Trees.remove(tree, c.path());
        Trees.pruneAbove(tree, c.path());
        c.with().keySet().forEach(p -> {
            Trees.remove(tree, p);
            Trees.pruneAbove(tree, p);
        });
        return cell;
    }

    private @Nullable Object cell(JsonNode v, Mapping.Column c) {
        switch (c.type()) {
            case TEXT:
            case DIGITS:
                return v.isString() && text(v.asString()) ? Cells.neutralize(v.asString()) : null;
            case REFERENCE:
                return v.isString() && item(v.asString()) ? Cells.neutralize(v.asString()) : null;
            case CODE: {
                if (!v.isString() || c.codelist() == null) {
                    return null;
                }
                return label(c.codelist(), v.asString());
            }
            case CODES:
            case REFERENCES: {
                if (!v.isArray() || v.isEmpty()) {
                    return null;
                }
                List<String> items = new ArrayList<>();
                for (JsonNode item : v) {
                    String s = !item.isString() ? null : c.type() == Mapping.Type.CODES ? label(c.codelist(), item.asString())
                            : item(item.asString()) ? item.asString() : null;
                    if (s == null) {
                        return null;
                    }
                    items.add(s);
                }
                return Cells.neutralize(String.join("\n", items));
            }
            case DATE:
                return v.isString() && v.asString().length() == 10 ? LocalDate.parse(v.asString()) : null;
            case TEMPORAL: {
                if (!v.isString()) {
                    return null;
                }
                String s = v.asString();
                if (s.length() == 10) {
                    return LocalDate.parse(s);
                }
                String written = Values.formatDateTime(OffsetDateTime.parse(s), mapping.formats());
                return policy.canHold(written) ? written : null;
            }
            case YEAR_OR_DATE:
                if (v.isIntegralNumber()) {
                    return new BigDecimal(v.bigIntegerValue());
                }
                return v.isString() && v.asString().length() == 10 ? LocalDate.parse(v.asString()) : null;
            case INTEGER:
                return v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : null;
            case DECIMAL:
                return v.isNumber() ? v.decimalValue() : null;
            case MILLIMES:
                return v.isNumber() && v.decimalValue().scale() <= 3 ? v.decimalValue().movePointRight(3) : null;
            case IDENTIFIERS: {
                if (!v.isArray() || v.isEmpty()) {
                    return null;
                }
                List<String> lines = new ArrayList<>();
                for (JsonNode id : v) {
                    if (!id.isObject() || id.size() != 2 || !id.path("scheme").isString() || !id.path("value").isString()) {
                        return null;
                    }
                    String scheme = id.get("scheme").asString();
                    String value = id.get("value").asString();
                    if (scheme.contains(":") || !item(scheme) || !item(value)) {
                        return null;
                    }
                    lines.add(scheme + ": " + value);
                }
                return Cells.neutralize(String.join("\n", lines));
            }
            case COMPANY_ID:
                return v.isObject() && v.size() == 2 && v.path("value").isString()
                        && (v.path("scheme").asString("").equals("fr-siren") && v.path("value").asString().matches("\\d{9}")
                                || v.path("scheme").asString("").equals("fr-siret")
                                        && v.path("value").asString().matches("\\d{14}"))
                        ? v.path("value").asString() : null;
            case PERIOD:
                return null;
            case BOOLEAN:
                return v.isBoolean() ? (v.booleanValue() ? mapping.formats().yes() : mapping.formats().no()) : null;
            case JSON:
            default:
                String json = safeJson(v.toString());
                return policy.canHold(json) ? json : null;
        }
    }

    /**
     * JSON text any cell holds: the characters some containers drop or change inside strings
     * (C1 controls, U+FFFE, U+FFFF) and the {@code _x} that starts a spreadsheet escape
     * ({@code _x000D_}) are written as JSON escapes, which read back as the same string.
     */
    static String safeJson(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean escape = c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF
                    || c == '_' && i + 1 < json.length() && json.charAt(i + 1) == 'x';
            if (escape && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (escape) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }

    private @Nullable String label(@Nullable String codelist, String code) {
        if (codelist == null) {
            return null;
        }
        Codelists.Codelist list = Codelists.get(codelist);
        String label = list.write(code, mapping.language());
        return list.code(label).filter(code::equals).isPresent() ? label : null;
    }

    /** A text a cell gives back exactly: not blank, and within what the container holds. */
    private boolean text(String s) {
        return !s.isBlank() && policy.canHold(s);
    }

    /** An item of a list cell: one line, no space around it, no {@code ;}. */
    private boolean item(String s) {
        return text(s) && s.equals(s.strip()) && !s.contains(";") && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }
}
