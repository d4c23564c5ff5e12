package org.jisr.validation.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jisr.schema.SchemaCatalog;
import org.jisr.validation.FindingType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The schema layer: Jisr's JSON Schemas compiled once with networknt, and networknt's errors
 * turned into Jisr findings (a code per keyword, parameters for the message, the pointer of the
 * offending value). Thread-safe.
 */
public final class SchemaLayer {

    /** One schema problem: what, where (relative JSON Pointer), with which parameters. */
    public record Problem(FindingType type, String pointer, Map<String, String> parameters) {
    }

    /** Keywords whose failure only repeats the failure of a subschema they apply. */
    private static final Set<String> WRAPPERS = Set.of("allOf", "if", "then", "else", "$ref", "$dynamicRef",
            "properties", "items", "prefixItems", "dependentSchemas");
    private static final int MAX_ALLOWED_LISTED = 30;

    private final Schema exchange;
    private final Schema record;
    private final Schema streamLine;
    private final @Nullable Function<JsonNode, SchemaPrecheck.Verdict> exchangeValid;
    private final @Nullable Function<JsonNode, SchemaPrecheck.Verdict> recordValid;
    private final @Nullable Function<JsonNode, SchemaPrecheck.Verdict> streamLineValid;

    /** Compiles the schemas from {@code jisr-schema} on the class path or module path. */
    public SchemaLayer() {
        this(true);
    }

    /**
     * Compiles the schemas, with or without the fast pre-check.
     *
     * @param precheck whether a value that {@link SchemaPrecheck} proves valid skips networknt (the
     *                 default; networknt alone, without it, is the reference the tests compare with)
     */
    public SchemaLayer(boolean precheck) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix(SchemaCatalog.BASE_URI,
                        "classpath:" + SchemaCatalog.RESOURCE_DIRECTORY)));
        this.exchange = compile(registry, "exchange.schema.json");
        this.record = compile(registry, "record.schema.json");
        this.streamLine = compile(registry, "ndjson-record.schema.json");
        if (precheck) {
            SchemaPrecheck fast = new SchemaPrecheck();
            this.exchangeValid = fast.compile("exchange.schema.json");
            this.recordValid = fast.compile("record.schema.json");
            this.streamLineValid = fast.compile("ndjson-record.schema.json");
        } else {
            this.exchangeValid = null;
            this.recordValid = null;
            this.streamLineValid = null;
        }
    }

    private static Schema compile(SchemaRegistry registry, String name) {
        Schema s = registry.getSchema(SchemaLocation.of(SchemaCatalog.schemaUri(name).toString()));
        s.initializeValidators();
        return s;
    }

    /** Checks a document's top level (with its records left out). */
    public List<Problem> checkDocument(JsonNode document) {
        return check(exchange, exchangeValid, document);
    }

    /** Checks one record of a document. */
    public List<Problem> checkRecord(JsonNode value) {
        return check(record, recordValid, value);
    }

    /** Checks one line of a record stream (a header or a record). */
    public List<Problem> checkStreamLine(JsonNode value) {
        return check(streamLine, streamLineValid, value);
    }

    private static List<Problem> check(Schema schema, @Nullable Function<JsonNode, SchemaPrecheck.Verdict> fast,
            JsonNode value) {
        // Most records are valid: proving it costs a walk of the tree, where networknt builds an
        // evaluation context, paths and annotations. Anything else is networknt's to explain.
        if (fast != null && fast.apply(value) == SchemaPrecheck.Verdict.VALID) {
            return List.of();
        }
        return problems(schema.validate(value));
    }

    private static List<Problem> problems(List<Error> errors) {
        List<Problem> out = new ArrayList<>(errors.size());
        Map<String, Problem> anyOf = new LinkedHashMap<>();
        for (Error e : errors) {
            String keyword = e.getKeyword() == null ? "false" : e.getKeyword();
            if (WRAPPERS.contains(keyword)) {
                continue;
            }
            String path = e.getEvaluationPath().toString();
            int branch = path.lastIndexOf("/anyOf/");
            if (branch >= 0) {
                // One finding for an anyOf that no branch satisfied, where the anyOf applies, naming
                // what the failing branches wanted — not one finding per failing branch.
                String key = path.substring(0, branch);
                String at = dropSegments(e.getInstanceLocation().toString(), consumed(path.substring(branch + 7)));
                String wanted = keyword.equals("pattern") || keyword.equals("format") ? shapeName(e) : keyword;
                Problem seen = anyOf.get(key);
                if (seen == null) {
                    Problem p = new Problem(SchemaFindings.ANY_OF, at, params("alternatives", wanted));
                    anyOf.put(key, p);
                    out.add(p);
                } else if (!(" | " + seen.parameters().get("alternatives") + " | ").contains(" | " + wanted + " | ")) {
                    Problem p = new Problem(SchemaFindings.ANY_OF, at,
                            params("alternatives", seen.parameters().get("alternatives") + " | " + wanted));
                    out.set(out.indexOf(seen), p);
                    anyOf.put(key, p);
                }
                continue;
            }
            out.add(problem(keyword, e));
        }
        return out;
    }

    /** How many instance-path segments an evaluation path walks down, after an anyOf branch index. */
    private static int consumed(String afterBranch) {
        String[] tokens = afterBranch.split("/");
        int depth = 0;
        for (int i = 1; i < tokens.length; i++) {
            switch (tokens[i]) {
                case "properties", "patternProperties", "prefixItems" -> {
                    depth++;
                    i++;
                }
                case "items", "additionalProperties", "contains", "propertyNames" -> depth++;
                default -> {
                }
            }
        }
        return depth;
    }

    private static String dropSegments(String pointer, int count) {
        String p = pointer;
        for (int i = 0; i < count && !p.isEmpty(); i++) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p;
    }

    private static Problem problem(String keyword, Error e) {
        String at = e.getInstanceLocation().toString();
        JsonNode value = e.getInstanceNode();
        JsonNode schema = e.getSchemaNode();
        return switch (keyword) {
            case "required" -> new Problem(SchemaFindings.REQUIRED, at, params("property", e.getProperty()));
            case "additionalProperties", "unevaluatedProperties", "false" -> {
                String property = e.getProperty();
                if (property == null) {
                    yield new Problem(SchemaFindings.UNKNOWN_PROPERTY, at, params("property", lastToken(at)));
                }
                yield new Problem(SchemaFindings.UNKNOWN_PROPERTY, at + "/" + escape(property),
                        params("property", property));
            }
            case "type" -> new Problem(SchemaFindings.TYPE, at,
                    params("expected", text(schema), "actual", jsonType(value)));
            case "enum" -> new Problem(SchemaFindings.NOT_IN_CODELIST, at,
                    params("value", text(value), "allowed", allowed(schema)));
            case "const" -> new Problem(SchemaFindings.CONST, at,
                    params("value", text(value), "expected", text(schema)));
            case "pattern", "format" -> new Problem(SchemaFindings.SHAPE, at,
                    params("value", text(value), "expected", shapeName(e)));
            case "propertyNames" -> new Problem(SchemaFindings.NAME_SHAPE,
                    e.getProperty() == null ? at : at + "/" + escape(e.getProperty()),
                    params("name", e.getProperty() == null ? "" : e.getProperty(), "expected", nameShape(e)));
            case "minItems" -> new Problem(SchemaFindings.TOO_FEW_ITEMS, at,
                    params("minimum", text(schema), "actual", String.valueOf(value.size())));
            case "maxItems" -> new Problem(SchemaFindings.TOO_MANY_ITEMS, at,
                    params("maximum", text(schema), "actual", String.valueOf(value.size())));
            case "uniqueItems" -> new Problem(SchemaFindings.DUPLICATE_ITEMS, at, Map.of());
            case "minProperties" -> new Problem(SchemaFindings.TOO_FEW_PROPERTIES, at,
                    params("minimum", text(schema)));
            case "minimum", "exclusiveMinimum" -> new Problem(SchemaFindings.TOO_SMALL, at,
                    params("value", text(value), "minimum", text(schema)));
            case "maximum", "exclusiveMaximum" -> new Problem(SchemaFindings.TOO_LARGE, at,
                    params("value", text(value), "maximum", text(schema)));
            case "minLength" -> new Problem(SchemaFindings.TOO_SHORT, at,
                    params("minimum", text(schema)));
            case "maxLength" -> new Problem(SchemaFindings.TOO_LONG, at,
                    params("maximum", text(schema)));
            case "oneOf" -> new Problem(SchemaFindings.ONE_OF, at,
                    params("alternatives", alternatives(schema)));
            case "anyOf" -> new Problem(SchemaFindings.ANY_OF, at,
                    params("alternatives", alternatives(schema)));
            default -> new Problem(SchemaFindings.OTHER, at, params("keyword", keyword));
        };
    }

    /** What a member name should be: the {@code $defs} entry its {@code propertyNames} refers to, else its container. */
    private static String nameShape(Error e) {
        JsonNode names = e.getSchemaNode();
        if (names.path("$ref").isString()) {
            String ref = names.path("$ref").stringValue();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String container = shapeName(e);
        return container.equals("Extensions") ? "ExtensionNamespace" : container;
    }

    /** The name of the {@code $defs} entry whose shape a value or name fails: {@code RecordId}, {@code LanguageTag}. */
    private static String shapeName(Error e) {
        String location = String.valueOf(e.getSchemaLocation());
        int defs = location.lastIndexOf("/$defs/");
        if (defs >= 0) {
            String rest = location.substring(defs + 7);
            int slash = rest.indexOf('/');
            String def = slash < 0 ? rest : rest.substring(0, slash);
            if (def.equals("Identifier")) {
                return "Identifier value";
            }
            return def;
        }
        JsonNode title = e.getSchemaNode().path("title");
        return title.isString() ? title.stringValue() : "pattern";
    }

    private static String alternatives(JsonNode branches) {
        List<String> names = new ArrayList<>();
        for (JsonNode b : branches) {
            if (b.path("title").isString()) {
                names.add(b.path("title").stringValue());
            } else if (b.path("required").isArray()) {
                names.add(String.join("+", strings(b.path("required"))));
            } else if (b.path("$ref").isString()) {
                String ref = b.path("$ref").stringValue();
                names.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        return String.join(" | ", names);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text(n)));
        return out;
    }

    private static String allowed(JsonNode values) {
        List<String> all = strings(values);
        if (all.size() <= MAX_ALLOWED_LISTED) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, MAX_ALLOWED_LISTED)) + ", …";
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "";
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            return String.join(", ", strings(node));
        }
        return node.toString();
    }

    private static String jsonType(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
