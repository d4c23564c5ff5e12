package org.jisr.validation.internal.schema;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jisr.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fast answer to one question only: does a value certainly satisfy a Jisr schema? It
 * interprets the few keywords Jisr's schemas use, short-circuits at the first failure and builds
 * no error, so that the common case — a valid record — costs a walk of its tree. Anything it
 * cannot decide exactly (a keyword it does not know, a number compared with a decimal, …) is
 * {@link Verdict#UNKNOWN}; only {@link Verdict#VALID} lets the schema layer skip networknt, which
 * otherwise runs as before and alone says what is wrong and where. Thread-safe once built.
 *
 * <p>Soundness rests on three-valued logic: {@code INVALID} is only answered where networknt
 * would certainly report an error, because an {@code if}, {@code anyOf} or {@code oneOf} turns a
 * wrong "invalid" into a wrong "valid". Patterns are compiled by networknt's own regular
 * expression factory so that they match exactly as networknt matches them. {@code format} is an
 * annotation in the 2020-12 dialect as networknt is configured here, and so is ignored, as
 * networknt ignores it.
 */
final class SchemaPrecheck {

    /** The answer about one value. */
    enum Verdict {
        VALID, INVALID, UNKNOWN;

        static Verdict of(boolean ok) {
            return ok ? VALID : INVALID;
        }
    }

    /** Keywords that assert nothing. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "$comment", "title",
            "description", "examples", "default", "format", "deprecated", "readOnly", "writeOnly");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Map<String, Node> compiled = new HashMap<>();

    /** A compiled (sub)schema: its assertions in the order they appear. */
    private static final class Node {
        final List<Check> checks = new ArrayList<>();
        /** The checks, once compiling is over: an array is faster to walk for every value. */
        Check[] frozen = new Check[0];
        boolean alwaysFalse;

        Verdict test(JsonNode value) {
            if (alwaysFalse) {
                return Verdict.INVALID;
            }
            Verdict result = Verdict.VALID;
            for (Check c : frozen) {
                Verdict v = c.test(value);
                if (v == Verdict.INVALID) {
                    return v;
                }
                if (v == Verdict.UNKNOWN) {
                    result = Verdict.UNKNOWN;
                }
            }
            return result;
        }
    }

    @FunctionalInterface
    private interface Check {
        Verdict test(JsonNode value);
    }

    /**
     * Compiles the schema of one file of the catalog, with everything it refers to.
     *
     * @param name the schema's file name, e.g. {@code record.schema.json}
     * @return a test of values against it
     */
    java.util.function.Function<JsonNode, Verdict> compile(String name) {
        Node n = resolve(name, "");
        resolvePending();
        for (Node each : nodes) {
            each.frozen = each.checks.toArray(Check[]::new);
        }
        return n::test;
    }

    private JsonNode document(String name) {
        return documents.computeIfAbsent(name, n -> {
            try (InputStream in = SchemaCatalog.openSchema(n)) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Node resolve(String file, String pointer) {
        String key = file + "#" + pointer;
        Node n = compiled.get(key);
        if (n != null) {
            return n;
        }
        n = newNode();
        // Registered before compiling, so that a schema that refers to itself finds itself.
        compiled.put(key, n);
        JsonNode schema = pointer.isEmpty() ? document(file) : document(file).at(pointer);
        fill(n, schema, file);
        return n;
    }

    private final List<Node> nodes = new ArrayList<>();

    private Node newNode() {
        Node n = new Node();
        nodes.add(n);
        return n;
    }

    private Node compileInline(JsonNode schema, String file) {
        Node n = newNode();
        fill(n, schema, file);
        return n;
    }

    private void fill(Node n, JsonNode schema, String file) {
        if (schema.isBoolean()) {
            n.alwaysFalse = !schema.booleanValue();
            return;
        }
        if (!schema.isObject() || schema.isMissingNode()) {
            n.checks.add(v -> Verdict.UNKNOWN);
            return;
        }
        Set<String> handled = new HashSet<>(ANNOTATIONS);
        handled.addAll(List.of("properties", "additionalProperties", "patternProperties", "if", "then", "else"));
        boolean shapesMembers = schema.has("properties") || schema.has("additionalProperties")
                || schema.has("patternProperties");
        // "required" is checked along with the members when they are read anyway (the verdicts of a
        // node's checks combine in any order: INVALID first, then UNKNOWN).
        List<String> required = shapesMembers && !schema.has("patternProperties") && schema.path("required").isArray()
                ? list(schema.get("required")).stream().map(JsonNode::stringValue).toList() : null;
        if (required != null) {
            handled.add("required");
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String keyword = e.getKey();
            JsonNode arg = e.getValue();
            if (handled.contains(keyword)) {
                continue;
            }
            Check c = switch (keyword) {
                case "$ref" -> ref(arg.stringValue(), file);
                case "type" -> type(arg);
                case "required" -> required(arg);
                case "const" -> oneOfValues(List.of(arg));
                case "enum" -> oneOfValues(list(arg));
                case "pattern" -> pattern(arg.stringValue());
                case "minLength" -> length(arg.intValue(), true);
                case "maxLength" -> length(arg.intValue(), false);
                case "minItems" -> v -> !v.isArray() ? Verdict.VALID : Verdict.of(v.size() >= arg.intValue());
                case "maxItems" -> v -> !v.isArray() ? Verdict.VALID : Verdict.of(v.size() <= arg.intValue());
                case "minProperties" -> v -> !v.isObject() ? Verdict.VALID : Verdict.of(v.size() >= arg.intValue());
                case "maxProperties" -> v -> !v.isObject() ? Verdict.VALID : Verdict.of(v.size() <= arg.intValue());
                case "minimum" -> bound(arg, true);
                case "maximum" -> bound(arg, false);
                case "uniqueItems" -> arg.asBoolean(false) ? SchemaPrecheck::uniqueStrings : v -> Verdict.VALID;
                case "items" -> items(compileInline(arg, file));
                case "propertyNames" -> names(compileInline(arg, file));
                case "allOf" -> allOf(nodes(arg, file));
                case "anyOf" -> anyOf(nodes(arg, file));
                case "oneOf" -> oneOf(nodes(arg, file));
                default -> v -> Verdict.UNKNOWN;
            };
            n.checks.add(c);
        }
        if (shapesMembers) {
            n.checks.add(properties(schema, file, required == null ? List.of() : required));
        }
        if (schema.has("if")) {
            Node condition = compileInline(schema.get("if"), file);
            Node then = schema.has("then") ? compileInline(schema.get("then"), file) : null;
            Node otherwise = schema.has("else") ? compileInline(schema.get("else"), file) : null;
            n.checks.add(v -> {
                Verdict c = condition.test(v);
                if (c == Verdict.UNKNOWN) {
                    return Verdict.UNKNOWN;
                }
                Node branch = c == Verdict.VALID ? then : otherwise;
                return branch == null ? Verdict.VALID : branch.test(v);
            });
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private List<Node> nodes(JsonNode array, String file) {
        List<Node> out = new ArrayList<>();
        array.forEach(s -> out.add(compileInline(s, file)));
        return out;
    }

    private Check ref(String ref, String file) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        if (target.contains(":") || target.contains("/") || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
            // An absolute URI, a sub-folder or an anchor: not what Jisr's schemas use; networknt decides.
            return v -> Verdict.UNKNOWN;
        }
        Ref r = new Ref(target.isEmpty() ? file : target, pointer);
        // Resolved after the whole schema is compiled, so that a schema that refers to itself does not
        // recurse forever, and so that nothing is compiled after construction (thread safety).
        pending.add(r);
        return r;
    }

    private final List<Ref> pending = new ArrayList<>();

    private static final class Ref implements Check {
        final String file;
        final String pointer;
        Node target;

        Ref(String file, String pointer) {
            this.file = file;
            this.pointer = pointer;
        }

        @Override
        public Verdict test(JsonNode value) {
            return target.test(value);
        }
    }

    private void resolvePending() {
        while (!pending.isEmpty()) {
            Ref r = pending.remove(pending.size() - 1);
            r.target = resolve(r.file, r.pointer);
        }
    }

    /** The JSON types {@code type} names, as bits; an unknown name leaves the answer to networknt. */
    private static final int OBJECT = 1;
    private static final int ARRAY = 2;
    private static final int STRING = 4;
    private static final int BOOLEAN = 8;
    private static final int NULL = 16;
    private static final int NUMBER = 32;
    private static final int INTEGER = 64;
    private static final int UNKNOWN_TYPE = 128;

    private static Check type(JsonNode arg) {
        List<String> types = arg.isArray() ? list(arg).stream().map(JsonNode::stringValue).toList()
                : List.of(arg.stringValue());
        int bits = 0;
        for (String t : types) {
            bits |= switch (t) {
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "string" -> STRING;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                case "number" -> NUMBER;
                case "integer" -> INTEGER;
                default -> UNKNOWN_TYPE;
            };
        }
        int allowed = bits;
        return v -> {
            int actual = v.isObject() ? OBJECT : v.isArray() ? ARRAY : v.isString() ? STRING
                    : v.isBoolean() ? BOOLEAN : v.isNull() ? NULL : v.isNumber() ? NUMBER : 0;
            if ((allowed & actual) != 0) {
                return Verdict.VALID;
            }
            if (actual == NUMBER && (allowed & INTEGER) != 0) {
                // networknt counts 1.0 as an integer: a decimal is left to it.
                if (v.isIntegralNumber()) {
                    return Verdict.VALID;
                }
                return Verdict.UNKNOWN;
            }
            return (allowed & UNKNOWN_TYPE) != 0 ? Verdict.UNKNOWN : Verdict.INVALID;
        };
    }

    private static Check required(JsonNode arg) {
        List<String> names = list(arg).stream().map(JsonNode::stringValue).toList();
        return v -> {
            if (!v.isObject()) {
                return Verdict.VALID;
            }
            for (String name : names) {
                if (!v.has(name)) {
                    return Verdict.INVALID;
                }
            }
            return Verdict.VALID;
        };
    }

    /** {@code enum} and {@code const}: exact for strings, booleans and null; numbers are left to networknt. */
    private static Check oneOfValues(List<JsonNode> allowed) {
        Set<String> strings = new HashSet<>();
        for (JsonNode a : allowed) {
            if (a.isString()) {
                strings.add(a.stringValue());
            }
        }
        return v -> {
            if (v.isString()) {
                return Verdict.of(strings.contains(v.stringValue()));
            }
            if (v.isBoolean() || v.isNull()) {
                for (JsonNode a : allowed) {
                    if (a.equals(v)) {
                        return Verdict.VALID;
                    }
                }
                return Verdict.INVALID;
            }
            return Verdict.UNKNOWN;
        };
    }

    /** Strings up to this length have their pattern results remembered. */
    private static final int MEMO_LENGTH = 32;
    /** Results remembered per pattern at most: memory stays bounded whatever the input. */
    private static final int MEMO_SIZE = 4096;

    /**
     * {@code pattern}. The same short strings come back in record after record (language tags,
     * codes, schemes), and a regular expression was a good part of the precheck's time: the
     * verdicts on strings of up to {@value #MEMO_LENGTH} characters are remembered, for the first
     * {@value #MEMO_SIZE} distinct ones.
     */
    private static Check pattern(String regex) {
        SimplePattern simple = SimplePattern.compile(regex).orElse(null);
        if (simple != null) {
            // Most of the schemas' patterns: matched directly, several times faster (SimplePatternTest
            // checks each against the regular expression).
            return v -> !v.isString() ? Verdict.VALID : Verdict.of(simple.matches(v.stringValue()));
        }
        RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        Map<String, Boolean> memo = new ConcurrentHashMap<>();
        return v -> {
            if (!v.isString()) {
                return Verdict.VALID;
            }
            String s = v.stringValue();
            if (s.length() > MEMO_LENGTH) {
                return Verdict.of(re.matches(s));
            }
            Boolean known = memo.get(s);
            if (known == null) {
                known = re.matches(s);
                if (memo.size() < MEMO_SIZE) {
                    memo.put(s, known);
                }
            }
            return Verdict.of(known);
        };
    }

    private static Check length(int limit, boolean min) {
        return v -> {
            if (!v.isString()) {
                return Verdict.VALID;
            }
            String s = v.stringValue();
            int n = s.codePointCount(0, s.length());
            return Verdict.of(min ? n >= limit : n <= limit);
        };
    }

    private static Check bound(JsonNode arg, boolean min) {
        BigDecimal limit = arg.decimalValue();
        return v -> {
            if (!v.isNumber()) {
                return Verdict.VALID;
            }
            int cmp = v.decimalValue().compareTo(limit);
            return Verdict.of(min ? cmp >= 0 : cmp <= 0);
        };
    }

    /** Exact for arrays of strings; any other item is left to networknt, which compares numbers by value. */
    private static Verdict uniqueStrings(JsonNode v) {
        if (!v.isArray()) {
            return Verdict.VALID;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : v) {
            if (!item.isString()) {
                return Verdict.UNKNOWN;
            }
            if (!seen.add(item.stringValue())) {
                return Verdict.INVALID;
            }
        }
        return Verdict.VALID;
    }

    private static Check items(Node each) {
        return v -> {
            if (!v.isArray()) {
                return Verdict.VALID;
            }
            Verdict result = Verdict.VALID;
            for (JsonNode item : v) {
                Verdict one = each.test(item);
                if (one == Verdict.INVALID) {
                    return one;
                }
                if (one == Verdict.UNKNOWN) {
                    result = one;
                }
            }
            return result;
        };
    }

    private static Check names(Node shape) {
        return v -> {
            if (!v.isObject()) {
                return Verdict.VALID;
            }
            Verdict result = Verdict.VALID;
            for (String name : v.propertyNames()) {
                Verdict one = shape.test(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(name));
                if (one == Verdict.INVALID) {
                    return one;
                }
                if (one == Verdict.UNKNOWN) {
                    result = one;
                }
            }
            return result;
        };
    }

    /**
     * {@code properties} and {@code additionalProperties}, with the {@code required} of the same
     * schema: each member is looked up once. Without {@code additionalProperties} only the declared
     * members are tested, looked up by name (the {@code if} of each record type declares only
     * {@code type}); with it, every member of the value is.
     */
    private Check properties(JsonNode schema, String file, List<String> required) {
        if (schema.has("patternProperties")) {
            return v -> Verdict.UNKNOWN;
        }
        Map<String, Member> declared = new HashMap<>();
        if (schema.has("properties")) {
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                declared.put(p.getKey(), new Member(p.getKey(), compileInline(p.getValue(), file), false));
            }
        }
        // Required names nothing declares: looked up on their own.
        List<String> undeclared = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(required)) {
            Member m = declared.get(name);
            if (m == null) {
                undeclared.add(name);
            } else {
                declared.put(name, new Member(name, m.shape, true));
            }
        }
        String[] alsoRequired = undeclared.toArray(String[]::new);
        int requiredDeclared = (int) declared.values().stream().filter(Member::required).count();
        Node additional = schema.has("additionalProperties") ? compileInline(schema.get("additionalProperties"), file)
                : null;
        Member[] members = declared.values().toArray(Member[]::new);
        return v -> {
            if (!v.isObject()) {
                return Verdict.VALID;
            }
            if (!hasAll(v, alsoRequired)) {
                return Verdict.INVALID;
            }
            return additional == null ? declaredMembers(v, members)
                    : everyMember(v, declared, additional, requiredDeclared);
        };
    }

    /** The declared members of an object, looked up by name; a required one missing is INVALID. */
    private static Verdict declaredMembers(JsonNode object, Member[] members) {
        Verdict result = Verdict.VALID;
        for (Member m : members) {
            JsonNode value = object.get(m.name);
            if (value == null) {
                if (m.required) {
                    return Verdict.INVALID;
                }
                continue;
            }
            Verdict one = m.shape.test(value);
            if (one == Verdict.INVALID) {
                return one;
            }
            if (one == Verdict.UNKNOWN) {
                result = one;
            }
        }
        return result;
    }

    /**
     * Every member of an object, against its declared schema or {@code additionalProperties};
     * INVALID when fewer than {@code required} of the required declared members are there.
     */
    private static Verdict everyMember(JsonNode object, Map<String, Member> declared, Node additional, int required) {
        Verdict result = Verdict.VALID;
        int requiredSeen = 0;
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            Member m = declared.get(entry.getKey());
            Node s;
            if (m == null) {
                s = additional;
            } else {
                s = m.shape;
                if (m.required) {
                    requiredSeen++;
                }
            }
            Verdict one = s.test(entry.getValue());
            if (one == Verdict.INVALID) {
                return one;
            }
            if (one == Verdict.UNKNOWN) {
                result = one;
            }
        }
        return requiredSeen < required ? Verdict.INVALID : result;
    }

    /** A declared member: its schema, and whether it is required. */
    private record Member(String name, Node shape, boolean required) {
    }

    /** Whether an object has every one of the names. */
    private static boolean hasAll(JsonNode object, String[] names) {
        for (String name : names) {
            if (!object.has(name)) {
                return false;
            }
        }
        return true;
    }

    private static Check allOf(List<Node> all) {
        return v -> {
            Verdict result = Verdict.VALID;
            for (Node n : all) {
                Verdict one = n.test(v);
                if (one == Verdict.INVALID) {
                    return one;
                }
                if (one == Verdict.UNKNOWN) {
                    result = one;
                }
            }
            return result;
        };
    }

    private static Check anyOf(List<Node> any) {
        return v -> {
            Verdict result = Verdict.INVALID;
            for (Node n : any) {
                Verdict one = n.test(v);
                if (one == Verdict.VALID) {
                    return one;
                }
                if (one == Verdict.UNKNOWN) {
                    result = one;
                }
            }
            return result;
        };
    }

    private static Check oneOf(List<Node> exactlyOne) {
        return v -> {
            int valid = 0;
            for (Node n : exactlyOne) {
                Verdict one = n.test(v);
                if (one == Verdict.UNKNOWN) {
                    return one;
                }
                if (one == Verdict.VALID) {
                    valid++;
                }
            }
            return Verdict.of(valid == 1);
        };
    }
}
