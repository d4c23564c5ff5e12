package org.jisr.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jisr.validation.FindingType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON value read into a tree, with the line and column where each of its values starts,
 * keyed by JSON Pointer relative to the value. Duplicate member names and unpaired surrogates
 * are reported (the first value of a duplicated name is kept) and reading goes on.
 */
final class LocatedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final JsonNode root;
    private final Map<String, Long> positions;
    private final int lineOffset;
    boolean syntaxOk = true;

    private LocatedTree(JsonNode root, Map<String, Long> positions, int lineOffset) {
        this.root = root;
        this.positions = positions;
        this.lineOffset = lineOffset;
    }

    /**
     * Reads the value at the parser's current token.
     *
     * @param p          the parser, on the value's first token
     * @param lineOffset added to the parser's lines
     * @param sink       receives syntax findings that do not stop reading
     * @return the tree
     */
    static LocatedTree read(JsonParser p, int lineOffset, Reporter sink) {
        Map<String, Long> positions = new HashMap<>();
        Reader r = new Reader(p, positions, sink, lineOffset);
        JsonNode root = r.value("");
        LocatedTree tree = new LocatedTree(root, positions, lineOffset);
        tree.syntaxOk = r.ok;
        return tree;
    }

    /**
     * Reads the value at the parser's current token without noting where its values are, for
     * the common case of a value with nothing to report: returns {@code null} at the first thing
     * {@link #read} would report, so that the caller reads the value again with
     * {@link #read} and reports exactly what it reports.
     *
     * @param p          the parser, on the value's first token
     * @param surrogates whether texts may hold unpaired surrogates: false when the input is valid
     *                   UTF-8 (which cannot encode one) without a {@code \\u} escape (which could),
     *                   and the texts need not be scanned for them
     * @return the tree, or {@code null} if reading it finds a syntax problem
     */
    static @Nullable JsonNode readPlain(JsonParser p, boolean surrogates) {
        Reader r = new Reader(p, null, (t, ptr, l, c, params) -> { }, 0);
        r.surrogates = surrogates;
        JsonNode root = r.value("");
        return r.ok ? root : null;
    }

    /**
     * Joins the trees of a document's top-level members (read one by one) into one, for
     * locating findings about the top level.
     */
    static LocatedTree ofMembers(JsonNode object, Map<String, LocatedTree> members) {
        Map<String, Long> positions = new HashMap<>();
        positions.put("", (1L << 32) | 1L);
        boolean ok = true;
        for (Map.Entry<String, LocatedTree> e : members.entrySet()) {
            String prefix = "/" + escape(e.getKey());
            e.getValue().positions.forEach((ptr, pos) -> positions.put(prefix + ptr, pos));
            ok &= e.getValue().syntaxOk;
        }
        LocatedTree tree = new LocatedTree(object, positions, 0);
        tree.syntaxOk = ok;
        return tree;
    }

    /** Line of a value, or of its nearest known ancestor. */
    int line(String pointer) {
        return (int) (position(pointer) >>> 32) + lineOffset;
    }

    /** Column of a value, or of its nearest known ancestor. */
    int column(String pointer) {
        return (int) position(pointer);
    }

    private long position(String pointer) {
        String p = pointer;
        while (true) {
            Long pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return (1L << 32) | 1L;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * Where one value starts, found by walking the tokens up to it and skipping the rest: the
     * same line and column as {@link #line} and {@link #column} on the tree {@link #read} builds
     * from the same value (of its nearest ancestor when it is absent), without building the tree.
     * Meant for values read without problems (no duplicate names), where the first value of a name
     * is the only one.
     *
     * @param p       the parser, on the value's first token
     * @param pointer the value's JSON Pointer relative to the value at the parser
     * @return the line (without offset) in the upper 32 bits, the column in the lower
     */
    static long seek(JsonParser p, String pointer) {
        long found = pack(p.currentTokenLocation());
        if (!pointer.startsWith("/")) {
            return found;
        }
        int from = 1;
        while (from <= pointer.length()) {
            int to = pointer.indexOf('/', from);
            if (to < 0) {
                to = pointer.length();
            }
            String token = pointer.substring(from, to);
            JsonToken t = p.currentToken();
            boolean hit = false;
            if (t == JsonToken.START_OBJECT) {
                String name;
                while (!hit && (name = p.nextName()) != null) {
                    p.nextToken();
                    hit = escape(name).equals(token);
                    if (!hit) {
                        p.skipChildren();
                    }
                }
            } else if (t == JsonToken.START_ARRAY) {
                for (int i = 0; !hit && p.nextToken() != JsonToken.END_ARRAY; i++) {
                    hit = Integer.toString(i).equals(token);
                    if (!hit) {
                        p.skipChildren();
                    }
                }
            }
            if (!hit) {
                return found;
            }
            found = pack(p.currentTokenLocation());
            from = to + 1;
        }
        return found;
    }

    /** Receives syntax findings found while reading, with their exact position. */
    @FunctionalInterface
    interface Reporter {
        void report(FindingType type, String pointer, int line, int column, Map<String, String> parameters);
    }

    static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
    }

    private static long pack(TokenStreamLocation loc) {
        return ((long) Math.max(loc.getLineNr(), 1) << 32) | Math.max(loc.getColumnNr(), 1);
    }

    private static final class Reader {
        private final JsonParser p;
        /** {@code null} when reading plainly: nothing is noted and pointers are not built. */
        private final @Nullable Map<String, Long> positions;
        private final Reporter sink;
        private final int lineOffset;
        boolean ok = true;
        /** Whether texts are scanned for unpaired surrogates. */
        boolean surrogates = true;

        Reader(JsonParser p, @Nullable Map<String, Long> positions, Reporter sink, int lineOffset) {
            this.p = p;
            this.positions = positions;
            this.sink = sink;
            this.lineOffset = lineOffset;
        }

        private void report(FindingType type, String pointer, Map<String, String> parameters) {
            if (positions == null) {
                return;
            }
            TokenStreamLocation loc = p.currentTokenLocation();
            sink.report(type, pointer, Math.max(loc.getLineNr(), 1) + lineOffset, Math.max(loc.getColumnNr(), 1),
                    parameters);
        }

        JsonNode value(String pointer) {
            if (positions != null) {
                positions.put(pointer, pack(p.currentTokenLocation()));
            }
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    String name;
                    while ((name = p.nextName()) != null) {
                        checkText(name, pointer);
                        p.nextToken();
                        if (positions == null) {
                            // Read plainly, a duplicate only says that the value must be read again,
                            // located: one look-up a member instead of two.
                            if (o.putIfAbsent(name, value("")) != null) {
                                ok = false;
                            }
                            continue;
                        }
                        String child = pointer + "/" + escape(name);
                        if (o.has(name)) { // a duplicate is skipped, so the node holds the names seen
                            ok = false;
                            report(SyntaxFindings.DUPLICATE_KEY, child, Map.of("name", name));
                            p.skipChildren();
                            continue;
                        }
                        o.set(name, value(child));
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(positions == null ? "" : pointer + "/" + i));
                        i++;
                    }
                    return a;
                }
                case VALUE_STRING: {
                    String s = p.getString();
                    checkText(s, pointer);
                    return NODES.stringNode(s);
                }
                case VALUE_NUMBER_INT:
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    try {
                        return NODES.numberNode(p.getDecimalValue());
                    } catch (NumberFormatException | ArithmeticException outOfRange) {
                        // An exponent no decimal can hold (-1E+99999999912): JSON allows it, Jisr cannot.
                        ok = false;
                        report(SyntaxFindings.INVALID_NUMBER, pointer, Map.of("detail", "number out of range: "
                                + p.getString()));
                        return NODES.nullNode();
                    }
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new IllegalStateException("unexpected token " + t);
            }
        }

        private void checkText(String s, String pointer) {
            if (!surrogates) {
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    ok = false;
                    report(SyntaxFindings.UNPAIRED_SURROGATE, pointer,
                            Map.of("codePoint", String.format("U+%04X", (int) c)));
                    return;
                }
            }
        }
    }
}
