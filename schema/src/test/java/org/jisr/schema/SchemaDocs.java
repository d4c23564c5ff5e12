package org.jisr.schema;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Renders {@code schema/README.md}, the field-by-field reference of the exchange format, from
 * the JSON Schemas themselves, so that the reference cannot drift from them.
 * {@link SchemaDocsTest} checks that the committed file is what this class renders.
 *
 * <p>Run {@link #main(String[])} with the output path, or the build with
 * {@code -Djisr.updateDocs=true}, after changing a schema.
 */
final class SchemaDocs {

    /** Which codelist each code type of {@code defs.schema.json} takes its codes from. */
    static final Map<String, String> CODELIST_OF_CODE_TYPE = codelistOfCodeType();

    private static final String SOURCE_DIRECTORY = "src/main/resources/" + SchemaCatalog.RESOURCE_DIRECTORY;
    private static final String DEFS = "defs.schema.json";

    /** Headings of the schemas that are not record types (records are headed by their {@code type}). */
    private static final Map<String, String> DOCUMENT_HEADINGS = Map.of(
            "exchange.schema.json", "Exchange document",
            "header.schema.json", "Header",
            "ndjson-record.schema.json", "Stream line",
            "record.schema.json", "Record");

    private static final List<String> DOCUMENTS = List.of(
            "exchange.schema.json", "header.schema.json", "ndjson-record.schema.json", "record.schema.json");

    private final Map<String, JsonNode> schemas;
    private final StringBuilder out = new StringBuilder();

    private SchemaDocs(Map<String, JsonNode> schemas) {
        this.schemas = schemas;
    }

    /**
     * Writes the reference to the given file, by default {@code README.md} in the current
     * directory (the schema module's folder when run from the build).
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "README.md");
        Files.writeString(target, render(), StandardCharsets.UTF_8);
    }

    /** Renders the reference from the schemas on the class path. */
    static String render() {
        return new SchemaDocs(SchemaFixtures.schemaTrees()).document();
    }

    private static Map<String, String> codelistOfCodeType() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ThemeCode", "themes");
        map.put("AuthorityKind", "authority-kinds");
        map.put("OrganizationKind", "organization-kinds");
        map.put("PartnershipKind", "partnership-kinds");
        map.put("PartnershipStatus", "partnership-statuses");
        map.put("ProjectStatus", "project-statuses");
        map.put("EventKind", "event-kinds");
        map.put("EventStatus", "event-statuses");
        map.put("ParticipantRole", "participant-roles");
        map.put("AttendanceMode", "attendance-modes");
        map.put("OutcomeKind", "outcome-kinds");
        map.put("DocumentKind", "document-kinds");
        map.put("FundingInstrument", "funding-instruments");
        map.put("IdentifierScheme", "identifier-schemes");
        return Collections.unmodifiableMap(map);
    }

    private String document() {
        intro();
        line("## Documents");
        line("");
        for (String name : DOCUMENTS) {
            objectSection(heading(name), name, schemas.get(name), true);
        }
        line("## Records");
        line("");
        for (String name : SchemaCatalog.schemaNames()) {
            if (!name.equals(DEFS) && !DOCUMENTS.contains(name)) {
                objectSection(heading(name), name, schemas.get(name), true);
            }
        }
        JsonNode defs = schemas.get(DEFS).path("$defs");
        line("## Value types");
        line("");
        line("Defined in [`" + DEFS + "`](" + SOURCE_DIRECTORY + DEFS + "), referred to as `"
                + DEFS + "#/$defs/<name>`.");
        line("");
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            if (!def.getValue().has("enum")) {
                valueTypeSection(def.getKey(), def.getValue());
            }
        }
        line("## Codes");
        line("");
        line("Each code type is an `enum` of lower-case kebab-case codes, equal to the codes of one codelist;"
                + " the codelist gives each code its labels in French, Arabic and English.");
        line("");
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            if (def.getValue().has("enum")) {
                codeSection(def.getKey(), def.getValue());
            }
        }
        codelists(defs);
        return out.toString();
    }

    private void intro() {
        line("# Jisr schema 1.0 — field reference");
        line("");
        line("<!-- Generated from the JSON Schemas by org.jisr.schema.SchemaDocs (src/test/java). Do not edit:");
        line("     change the schemas, then run ./mvnw -B -pl schema verify -Djisr.updateDocs=true -->");
        line("");
        line("This module (`jisr-schema`) holds the JSON Schemas (draft 2020-12) of Jisr's exchange format,"
                + " version " + SchemaCatalog.SCHEMA_VERSION + ", the codelists their codes come from, and"
                + " `org.jisr.schema.SchemaCatalog`, a small class that names and opens them. It has no runtime"
                + " dependency: the schemas can be used from any language.");
        line("");
        line("The contract is [the data model](../docs/data-model.md); this page is the field-by-field reference,"
                + " generated from the schemas so that it says exactly what they check.");
        line("");
        line("## Files");
        line("");
        line("The files are resources under `" + SchemaCatalog.RESOURCE_DIRECTORY + "` in the jar (sources in"
                + " [`" + SOURCE_DIRECTORY + "`](" + SOURCE_DIRECTORY + ")):");
        line("");
        line("| file | describes |");
        line("|---|---|");
        for (String name : SchemaCatalog.schemaNames()) {
            JsonNode schema = schemas.get(name);
            String what = name.equals(DEFS)
                    ? "[value types](#value-types) and [codes](#codes)"
                    : link(heading(name));
            line("| [`" + name + "`](" + SOURCE_DIRECTORY + name + ") | " + cell(what + ": "
                    + schema.path("description").asString()) + " |");
        }
        line("| `codelists/<id>.json` | one codelist per code type, see [Codelists](#codelists) |");
        line("| [`" + SchemaCatalog.REPORT_SCHEMA + "`](" + SOURCE_DIRECTORY + SchemaCatalog.REPORT_SCHEMA
                + ") | " + cell(SchemaFixtures.schemaTree(SchemaCatalog.REPORT_SCHEMA).path("title").asString()
                        + ": the JSON report of Jisr's validator. Not exchange data, so not one of"
                        + " `SchemaCatalog.schemaNames()`: open it with `SchemaCatalog.openReportSchema()`.") + " |");
        line("");
        line("Which schema to validate with: an exchange document (`.json`, `application/vnd.jisr+json`) with"
                + " `exchange.schema.json`; each line of a record stream (`.ndjson`, `application/vnd.jisr+x-ndjson`)"
                + " with `ndjson-record.schema.json`; a single record with `record.schema.json`.");
        line("");
        line("### `$id`s are identifiers, not locations");
        line("");
        line("Every schema's `$id` is `" + SchemaCatalog.BASE_URI + "` followed by its file name, and the schemas"
                + " refer to each other with relative `$ref`s (`defs.schema.json#/$defs/Period`). These `$id`s name"
                + " the schemas; they are not download locations, and nothing needs to be fetched from the network."
                + " To validate, map the prefix `" + SchemaCatalog.BASE_URI + "` to the class-path folder `"
                + SchemaCatalog.RESOURCE_DIRECTORY + "` in your validator, or use `SchemaCatalog`:"
                + " `openSchema(name)` opens a file, `resourcePath(name)` gives its class-path resource,"
                + " `schemaUri(name)` its `$id`, and `schemaNameFor(uri)` maps an `$id` back to a file name.");
        line("");
        line("### What the schemas check, and what they leave to Jisr");
        line("");
        line("Unknown properties are refused everywhere except inside `extensions`; optional properties are"
                + " omitted, never `null`, and optional arrays are omitted rather than empty. Formats (`date`,"
                + " `date-time`, `uri`) are annotations only: every shape is enforced with a `pattern`, so all"
                + " 2020-12 validators give the same answer. What no schema can check (references resolve, ids are"
                + " unique, periods are ordered, dates exist, check digits, known codes, currency decimals) is"
                + " checked by Jisr's model and rule layers.");
        line("");
    }

    private void objectSection(String heading, String file, JsonNode schema, boolean isFile) {
        line("### " + heading);
        line("");
        String title = schema.path("title").asString();
        line((isFile ? "**" + title + "** ([`" + file + "`](" + SOURCE_DIRECTORY + file + "))." : "**" + title + ".**")
                + " " + schema.path("description").asString());
        line("");
        propertyTable(file, schema);
        objectRules(file, schema);
    }

    private void valueTypeSection(String name, JsonNode def) {
        if (def.has("properties")) {
            objectSection(name, DEFS, def, false);
            return;
        }
        line("### " + name);
        line("");
        line("**" + def.path("title").asString() + ".** " + def.path("description").asString());
        line("");
        if (def.has("additionalProperties")) {
            JsonNode values = def.path("additionalProperties");
            String keys = def.path("propertyNames").has("$ref")
                    ? "is a " + typeOf(DEFS, def.path("propertyNames"))
                    : "matches " + String.join(", ", constraints(def.path("propertyNames")));
            line("Type: object" + suffix(constraints(def)) + ". Each key " + keys + ". Each value is "
                    + typeOf(DEFS, values) + suffix(constraints(values)) + ": " + values.path("title").asString()
                    + ", " + lowerFirst(values.path("description").asString()));
        } else {
            line("Type: " + typeOf(DEFS, def) + suffix(constraints(def)) + ".");
        }
        line("");
    }

    private void codeSection(String name, JsonNode def) {
        String codelist = CODELIST_OF_CODE_TYPE.get(name);
        if (codelist == null) {
            throw new IllegalStateException("Code type " + name + " has no codelist in CODELIST_OF_CODE_TYPE");
        }
        line("### " + name);
        line("");
        line("**" + def.path("title").asString() + ".** " + def.path("description").asString());
        line("");
        line("Codelist [`" + codelist + "`](" + codelistFile(codelist) + "). Codes: "
                + codes(def.path("enum")) + ".");
        line("");
    }

    private void codelists(JsonNode defs) {
        line("## Codelists");
        line("");
        line("Each codelist is a JSON file `codelists/<id>.json` beside the schemas, with an `id`, a `version`,"
                + " a `title` and a `description` in French, Arabic and English, and `entries` giving each"
                + " `code` its `label` (and optionally `description`) in those languages; see"
                + " [the data model](../docs/data-model.md#codelists). `SchemaCatalog.openCodelist(id)` opens one.");
        line("");
        line("| codelist | code type | codes |");
        line("|---|---|---|");
        Map<String, String> codeTypeOf = new LinkedHashMap<>();
        CODELIST_OF_CODE_TYPE.forEach((codeType, id) -> codeTypeOf.put(id, codeType));
        for (String id : SchemaCatalog.codelistIds()) {
            String codeType = codeTypeOf.get(id);
            if (codeType == null || !defs.has(codeType)) {
                throw new IllegalStateException("Codelist " + id + " has no code type in " + DEFS);
            }
            line("| [`" + id + "`](" + codelistFile(id) + ") | " + link(codeType) + " | "
                    + defs.path(codeType).path("enum").size() + " |");
        }
    }

    private void propertyTable(String file, JsonNode schema) {
        Set<String> required = strings(schema.path("required"));
        line("| property | type | required | description |");
        line("|---|---|---|---|");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode p = property.getValue();
            line("| `" + property.getKey() + "` | " + cell(typeOf(file, p)) + " | "
                    + (required.contains(property.getKey()) ? "yes" : "no") + " | "
                    + cell(p.path("title").asString() + ": " + p.path("description").asString()
                            + suffix(constraints(p))) + " |");
        }
        line("");
    }

    /** Renders what an object requires beyond its table: choices, conditions and dispatch. */
    private void objectRules(String file, JsonNode schema) {
        if (schema.path("minProperties").asInt(0) > 0) {
            line("At least one property is given.");
            line("");
        }
        requiredChoice(schema.path("anyOf"), "At least one of %s is given.");
        requiredChoice(schema.path("oneOf"), "Exactly one of %s is given.");
        List<JsonNode> branches = StreamSupport.stream(schema.path("anyOf").spliterator(), false)
                .filter(b -> b.has("properties"))
                .collect(Collectors.toList());
        if (!branches.isEmpty()) {
            line("One of these must hold:");
            line("");
            for (JsonNode branch : branches) {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, JsonNode> p : branch.path("properties").properties()) {
                    parts.add("`" + p.getKey() + "` is a " + typeOf(file, p.getValue()));
                }
                line("- **" + branch.path("title").asString() + "**: " + branch.path("description").asString()
                        + " (" + String.join(", ", parts) + ")");
            }
            line("");
        }
        List<JsonNode> conditions = new ArrayList<>();
        schema.path("allOf").forEach(c -> {
            if (c.has("if")) {
                conditions.add(c);
            }
        });
        if (schema.has("if")) {
            conditions.add(schema);
        }
        List<String> dispatch = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        for (JsonNode condition : conditions) {
            Map.Entry<String, JsonNode> tested = condition.path("if").path("properties").properties().iterator().next();
            String when = "`" + tested.getKey() + "` is `" + tested.getValue().path("const").asString() + "`";
            JsonNode then = condition.path("then");
            if (then.has("$ref")) {
                dispatch.add("- when " + when + ": the " + typeOf(file, then) + " schema applies");
            } else {
                for (Map.Entry<String, JsonNode> p : then.path("properties").properties()) {
                    JsonNode shape = p.getValue();
                    String rule = shape.has("pattern") ? "pattern `" + shape.path("pattern").asString() + "`"
                            : typeOf(file, shape);
                    shapes.add("| `" + tested.getValue().path("const").asString() + "` | " + cell(rule) + " | "
                            + cell(shape.path("title").asString() + ": " + shape.path("description").asString())
                            + " |");
                }
            }
            if (condition.has("else")) {
                dispatch.add("- otherwise: the " + typeOf(file, condition.path("else")) + " schema applies");
            }
        }
        if (!dispatch.isEmpty()) {
            line("Depending on `type`:");
            line("");
            dispatch.forEach(this::line);
            line("");
        }
        if (!shapes.isEmpty()) {
            Map.Entry<String, JsonNode> tested = conditions.get(0).path("if").path("properties").properties()
                    .iterator().next();
            String shaped = conditions.get(0).path("then").path("properties").properties().iterator().next().getKey();
            line("The `" + shaped + "` must have the shape its `" + tested.getKey() + "` requires:");
            line("");
            line("| `" + tested.getKey() + "` | `" + shaped + "` | meaning |");
            line("|---|---|---|");
            shapes.forEach(this::line);
            line("");
        }
    }

    private void requiredChoice(JsonNode branches, String sentence) {
        if (branches.size() > 0 && StreamSupport.stream(branches.spliterator(), false)
                .allMatch(b -> b.size() == 1 && b.has("required"))) {
            List<String> names = new ArrayList<>();
            branches.forEach(b -> b.path("required").forEach(r -> names.add("`" + r.asString() + "`")));
            line(String.format(Locale.ROOT, sentence, String.join(", ", names)));
            line("");
        }
    }

    /** The type of a schema node as Markdown, with links to the types it refers to. */
    private String typeOf(String file, JsonNode node) {
        if (node.has("$ref")) {
            return refLink(file, node.path("$ref").asString());
        }
        if (node.has("const")) {
            return "`\"" + node.path("const").asString() + "\"`";
        }
        if (node.has("enum")) {
            return "one of " + codes(node.path("enum"));
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (node.has(choice) && !node.has("type")) {
                List<String> types = new ArrayList<>();
                node.path(choice).forEach(b -> types.add(typeOf(file, b)));
                return String.join(" or ", types);
            }
        }
        String type = node.path("type").asString("any JSON value");
        if (type.equals("array")) {
            return "array of " + typeOf(file, node.path("items"));
        }
        if (type.equals("object") && node.path("additionalProperties").isObject()) {
            return "object of " + typeOf(file, node.path("additionalProperties"));
        }
        return type;
    }

    private String refLink(String file, String ref) {
        URI target = SchemaCatalog.schemaUri(file).resolve(ref);
        String targetFile = SchemaCatalog.schemaNameFor(target)
                .orElseThrow(() -> new IllegalStateException("$ref " + ref + " in " + file + " names no schema"));
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return link(heading(targetFile));
        }
        String prefix = "/$defs/";
        if (!fragment.startsWith(prefix) || fragment.indexOf('/', prefix.length()) >= 0) {
            throw new IllegalStateException("$ref " + ref + " in " + file + " is not a reference to a $defs entry");
        }
        return link(fragment.substring(prefix.length()));
    }

    private String heading(String file) {
        String documentHeading = DOCUMENT_HEADINGS.get(file);
        if (documentHeading != null) {
            return documentHeading;
        }
        String recordType = schemas.get(file).path("properties").path("type").path("const").asString("");
        if (recordType.isEmpty()) {
            throw new IllegalStateException(file + " is neither a document nor a record schema");
        }
        return recordType;
    }

    private static List<String> constraints(JsonNode node) {
        List<String> constraints = new ArrayList<>();
        if (node.has("minItems")) {
            int min = node.path("minItems").asInt();
            constraints.add("at least " + min + (min == 1 ? " item" : " items"));
        }
        if (node.path("uniqueItems").asBoolean(false)) {
            constraints.add("no duplicates");
        }
        if (node.has("minimum") && node.has("maximum")) {
            constraints.add("from " + node.path("minimum").asString() + " to " + node.path("maximum").asString());
        } else if (node.has("minimum")) {
            constraints.add("minimum " + node.path("minimum").asString());
        }
        if (node.path("minLength").asInt(0) == 1) {
            constraints.add("non-empty");
        }
        if (node.has("maxLength")) {
            constraints.add("at most " + node.path("maxLength").asString() + " characters");
        }
        if (node.has("pattern")) {
            constraints.add("pattern `" + node.path("pattern").asString() + "`");
        }
        if (node.path("minProperties").asInt(0) == 1) {
            constraints.add("at least one entry");
        }
        if (node.has("format")) {
            constraints.add("format `" + node.path("format").asString() + "`, not asserted");
        }
        return constraints;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String suffix(List<String> constraints) {
        return constraints.isEmpty() ? "" : " (" + String.join("; ", constraints) + ")";
    }

    private static String codes(JsonNode values) {
        List<String> codes = new ArrayList<>();
        values.forEach(v -> codes.add("`" + v.asString() + "`"));
        return String.join(", ", codes);
    }

    private static Set<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).collect(Collectors.toSet());
    }

    private static String codelistFile(String id) {
        return SOURCE_DIRECTORY + "codelists/" + id + ".json";
    }

    /** A link to a heading of this page, with GitHub's anchor for it. */
    private static String link(String heading) {
        String anchor = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
        return "[" + heading + "](#" + anchor + ")";
    }

    /** Escapes what would end a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
