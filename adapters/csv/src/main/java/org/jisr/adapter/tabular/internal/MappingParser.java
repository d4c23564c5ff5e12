package org.jisr.adapter.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jisr.adapter.tabular.MappingException;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.model.RecordType;
import org.jisr.schema.SchemaCatalog;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads mapping files (the format of {@code docs/adapters/spreadsheets.md}) into {@link Mapping}s,
 * checking what the engine relies on; built-in mappings are read once.
 */
public final class MappingParser {

    private static final String RESOURCES = "/org/jisr/adapter/tabular/mappings/";
    private static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");
    private static final Set<String> TABLE_MEMBERS = Set.of("key", "record", "names", "columns", "id", "constants",
            "linked", "extensions", "rest");
    private static final Set<String> COLUMN_MEMBERS = Set.of("key", "headers", "path", "type", "codelist", "record",
            "with", "values", "required");
    private static final Map<String, Mapping> BUILT_IN = new ConcurrentHashMap<>();

    private final String name;

    private MappingParser(String name) {
        this.name = name;
    }

    /**
     * Checks that an id names a built-in mapping.
     *
     * @param id the id
     * @throws IllegalArgumentException when it does not
     */
    public static void requireBuiltIn(String id) {
        if (!id.equals(TabularMapping.FRENCH) && !id.equals(TabularMapping.TUNISIAN)) {
            throw new IllegalArgumentException("no built-in mapping " + id + "; there are "
                    + TabularMapping.FRENCH + " and " + TabularMapping.TUNISIAN);
        }
    }

    /**
     * Returns a built-in mapping.
     *
     * @param id {@link TabularMapping#FRENCH} or {@link TabularMapping#TUNISIAN}
     * @return the mapping
     */
    public static Mapping builtIn(String id) {
        requireBuiltIn(id);
        return BUILT_IN.computeIfAbsent(id, k -> {
            try (InputStream in = MappingParser.class.getResourceAsStream(RESOURCES + k + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in mapping " + k);
                }
                return parse(in, k + ".json");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Parses a mapping file.
     *
     * @param in   its bytes
     * @param name its name, for messages
     * @return the mapping
     * @throws MappingException when it is not a valid mapping
     */
    public static Mapping parse(InputStream in, String name) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new MappingException(name + " is not JSON: " + e.getOriginalMessage());
        }
        return new MappingParser(name).mapping(root);
    }

    private Mapping mapping(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("", "a mapping is a JSON object");
        }
        String id = text(root, "id", "");
        if (id == null || id.isBlank()) {
            throw fail("/id", "the mapping needs an id");
        }
        String language = text(root, "language", "/language");
        if (language == null) {
            language = "fr";
        }
        if (!LANGUAGES.contains(language)) {
            throw fail("/language", "the language is fr, ar or en, not " + language);
        }
        JsonNode f = root.path("formats");
        Formats formats = new Formats(f.path("date").asString("dd/MM/yyyy"),
                f.path("decimal").asString(",").isEmpty() ? ',' : f.path("decimal").asString(",").charAt(0),
                f.path("yes").asString(language.equals("ar") ? "نعم" : language.equals("en") ? "Yes" : "Oui"),
                f.path("no").asString(language.equals("ar") ? "لا" : language.equals("en") ? "No" : "Non"));
        try {
            java.time.format.DateTimeFormatter.ofPattern(formats.datePattern());
        } catch (IllegalArgumentException e) {
            throw fail("/formats/date", "not a date pattern: " + formats.datePattern());
        }
        if (formats.decimal() != ',' && formats.decimal() != '.') {
            throw fail("/formats/decimal", "the decimal separator is , or .");
        }
        List<Mapping.Table> tables = new ArrayList<>();
        String base = text(root, "base", "/base");
        if (base != null) {
            if (!base.equals("jisr-tables")) {
                throw fail("/base", "the only base is jisr-tables, the tables of Jisr's own profiles");
            }
            tables.addAll(baseTables());
        }
        JsonNode ts = root.path("tables");
        if (!ts.isMissingNode()) {
            if (!ts.isArray()) {
                throw fail("/tables", "tables is an array");
            }
            for (int i = 0; i < ts.size(); i++) {
                tables.add(table(ts.get(i), "/tables/" + i));
            }
        }
        if (tables.isEmpty()) {
            throw fail("/tables", "the mapping has no table");
        }
        return new Mapping(id, language, formats, List.copyOf(tables));
    }

    private static final Map<String, List<Mapping.Table>> BASES = new ConcurrentHashMap<>();

    private static List<Mapping.Table> baseTables() {
        return BASES.computeIfAbsent("jisr-tables", k -> {
            try (InputStream in = MappingParser.class.getResourceAsStream(RESOURCES + k + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("missing " + k);
                }
                JsonNode root = Json.MAPPER.readTree(in);
                MappingParser p = new MappingParser(k + ".json");
                List<Mapping.Table> list = new ArrayList<>();
                JsonNode ts = root.path("tables");
                for (int i = 0; i < ts.size(); i++) {
                    list.add(p.table(ts.get(i), "/tables/" + i));
                }
                return List.copyOf(list);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Mapping.Table table(JsonNode t, String at) {
        if (!t.isObject()) {
            throw fail(at, "a table is an object");
        }
        unknownMembers(t, TABLE_MEMBERS, at);
        String key = text(t, "key", at + "/key");
        if (key == null || key.isBlank()) {
            throw fail(at + "/key", "a table needs a key");
        }
        String record = text(t, "record", at + "/record");
        RecordType type = null;
        if (record == null) {
            throw fail(at + "/record", "a table needs a record type (LocalAuthority, Organization, Partnership,"
                    + " Project, Event) or document");
        }
        if (!record.equals("document")) {
            type = RecordType.fromJsonName(record).orElseThrow(() -> fail(at + "/record",
                    "unknown record type " + record));
        }
        Map<String, List<String>> names = byLanguage(t.path("names"), at + "/names");
        List<Mapping.Linked> linked = new ArrayList<>();
        JsonNode ls = t.path("linked");
        for (int i = 0; i < ls.size(); i++) {
            linked.add(linked(ls.get(i), at + "/linked/" + i));
        }
        List<Mapping.Column> columns = new ArrayList<>();
        JsonNode cs = t.path("columns");
        if (!cs.isArray() || cs.isEmpty()) {
            throw fail(at + "/columns", "a table needs columns");
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < cs.size(); i++) {
            Mapping.Column c = column(cs.get(i), at + "/columns/" + i, linked);
            if (!keys.add(c.key())) {
                throw fail(at + "/columns/" + i + "/key", "two columns have the key " + c.key());
            }
            columns.add(c);
        }
        Mapping.Column rest = null;
        if (t.has("rest")) {
            rest = new Mapping.Column("rest", byLanguage(t.get("rest"), at + "/rest"), "", Mapping.Type.JSON, null,
                    null, Map.of(), Map.of(), false);
        }
        String extensions = text(t, "extensions", at + "/extensions");
        if (extensions != null && !extensions.matches("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*")) {
            throw fail(at + "/extensions", "an extension namespace is like fr.scdl or ville-de-sousse: " + extensions);
        }
        List<String> id = strings(t.path("id"), at + "/id");
        return new Mapping.Table(key, type, names, List.copyOf(columns), id.isEmpty() ? List.of("{table}-{row}") : id,
                paths(t.path("constants"), at + "/constants"), List.copyOf(linked), extensions, rest);
    }

    private Mapping.Linked linked(JsonNode l, String at) {
        String key = text(l, "key", at + "/key");
        String record = text(l, "record", at + "/record");
        if (key == null || record == null) {
            throw fail(at, "a linked record needs a key and a record type");
        }
        RecordType type = RecordType.fromJsonName(record).orElseThrow(() -> fail(at + "/record",
                "unknown record type " + record));
        List<String> id = strings(l.path("id"), at + "/id");
        if (id.isEmpty()) {
            throw fail(at + "/id", "a linked record needs id templates");
        }
        List<String> link = strings(l.path("link"), at + "/link");
        for (String p : link) {
            pointer(p, at + "/link");
        }
        return new Mapping.Linked(key, type, id, link, paths(l.path("constants"), at + "/constants"));
    }

    private Mapping.Column column(JsonNode c, String at, List<Mapping.Linked> linked) {
        if (!c.isObject()) {
            throw fail(at, "a column is an object");
        }
        unknownMembers(c, COLUMN_MEMBERS, at);
        String path = text(c, "path", at + "/path");
        if (path == null) {
            throw fail(at + "/path", "a column needs a path (a JSON Pointer into the record)");
        }
        pointer(path, at + "/path");
        String key = text(c, "key", at + "/key");
        if (key == null) {
            key = path.substring(1).replace('/', '.');
        }
        String typeName = text(c, "type", at + "/type");
        Mapping.Type type = Mapping.Type.TEXT;
        if (typeName != null) {
            try {
                type = Mapping.Type.valueOf(typeName.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw fail(at + "/type", "unknown column type " + typeName);
            }
        }
        String codelist = text(c, "codelist", at + "/codelist");
        if ((type == Mapping.Type.CODE || type == Mapping.Type.CODES) && codelist == null) {
            throw fail(at + "/codelist", "a code column names its codelist");
        }
        if (codelist != null && !SchemaCatalog.codelistIds().contains(codelist)) {
            throw fail(at + "/codelist", "unknown codelist " + codelist + "; there are " + SchemaCatalog.codelistIds());
        }
        String record = text(c, "record", at + "/record");
        if (record != null && linked.stream().noneMatch(l -> l.key().equals(record))) {
            throw fail(at + "/record", "no linked record has the key " + record);
        }
        Map<String, List<String>> headers = byLanguage(c.path("headers"), at + "/headers");
        if (headers.isEmpty()) {
            throw fail(at + "/headers", "a column needs headers");
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode vs = c.path("values");
        if (vs.isObject()) {
            for (Map.Entry<String, JsonNode> e : vs.properties()) {
                values.put(e.getKey(), e.getValue().asString());
            }
        }
        return new Mapping.Column(key, headers, path, type, codelist, record, paths(c.path("with"), at + "/with"),
                Map.copyOf(values), c.path("required").asBoolean(false));
    }

    /** {"fr": ["a", "b"], "ar": "c"} or ["a", "b"] (any language). */
    private Map<String, List<String>> byLanguage(JsonNode node, String at) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (node.isArray() || node.isString()) {
            out.put("*", strings(node, at));
            return out;
        }
        if (!node.isObject()) {
            throw fail(at, "headers and names are a list, or lists by language (fr, ar, en)");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!LANGUAGES.contains(e.getKey()) && !e.getKey().equals("*")) {
                throw fail(at + "/" + e.getKey(), "the languages are fr, ar and en");
            }
            out.put(e.getKey(), strings(e.getValue(), at + "/" + e.getKey()));
        }
        return out;
    }

    private List<String> strings(JsonNode node, String at) {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (node.isString()) {
            return List.of(node.asString());
        }
        if (!node.isArray()) {
            throw fail(at, "expected a string or a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isString()) {
                throw fail(at, "expected strings");
            }
            out.add(n.asString());
        }
        return List.copyOf(out);
    }

    private Map<String, JsonNode> paths(JsonNode node, String at) {
        if (node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw fail(at, "expected an object of JSON Pointers to values");
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : ((ObjectNode) node).properties()) {
            pointer(e.getKey(), at);
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private void pointer(String p, String at) {
        if (!p.startsWith("/") || p.length() < 2) {
            throw fail(at, "not a JSON Pointer into the record: " + p);
        }
    }

    private void unknownMembers(JsonNode node, Set<String> known, String at) {
        for (String member : node.propertyNames()) {
            if (!known.contains(member)) {
                throw fail(at + "/" + member, "unknown member " + member + "; known: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private @Nullable String text(JsonNode node, String member, String at) {
        JsonNode v = node.get(member);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw fail(at, member + " is a string");
        }
        return v.asString();
    }

    private MappingException fail(String at, String what) {
        return new MappingException(name + (at.isEmpty() ? "" : " at " + at) + ": " + what);
    }
}
