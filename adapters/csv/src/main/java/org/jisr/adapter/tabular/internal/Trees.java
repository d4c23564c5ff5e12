package org.jisr.adapter.tabular.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON trees addressed by JSON Pointer: set, get, take, merge, prune. */
final class Trees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static String[] segments(String pointer) {
        String[] raw = pointer.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = unescape(raw[i]);
        }
        return raw;
    }

    private static boolean index(String segment) {
        if (segment.isEmpty() || segment.length() > 6) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Sets a value, creating the objects and arrays on the way (an array where the next segment is a number). */
    static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] s = segments(pointer);
        JsonNode node = root;
        for (int i = 0; i < s.length - 1; i++) {
            node = child(node, s[i], index(s[i + 1]));
        }
        String last = s[s.length - 1];
        if (node instanceof ObjectNode o) {
            o.set(last, value);
        } else if (node instanceof ArrayNode a && index(last)) {
            int at = Integer.parseInt(last);
            while (a.size() <= at) {
                a.addObject();
            }
            a.set(at, value);
        }
    }

    /** The object at a pointer, created when missing. */
    static ObjectNode object(ObjectNode root, String pointer) {
        JsonNode existing = get(root, pointer);
        if (existing instanceof ObjectNode o) {
            return o;
        }
        ObjectNode o = NODES.objectNode();
        set(root, pointer, o);
        return o;
    }

    private static JsonNode child(JsonNode node, String segment, boolean arrayNext) {
        if (node instanceof ObjectNode o) {
            JsonNode c = o.get(segment);
            if (c == null || !c.isContainer()) {
                c = arrayNext ? NODES.arrayNode() : NODES.objectNode();
                o.set(segment, c);
            }
            return c;
        }
        ArrayNode a = (ArrayNode) node;
        int at = index(segment) ? Integer.parseInt(segment) : 0;
        while (a.size() <= at) {
            a.add(arrayNext ? NODES.arrayNode() : NODES.objectNode());
        }
        JsonNode c = a.get(at);
        if (!c.isContainer()) {
            c = arrayNext ? NODES.arrayNode() : NODES.objectNode();
            a.set(at, c);
        }
        return c;
    }

    /** The value at a pointer, or {@code null}. */
    static @Nullable JsonNode get(JsonNode root, String pointer) {
        JsonNode n = root.at(pointer);
        return n.isMissingNode() ? null : n;
    }

    /** Removes the value at a pointer whose parent is an object; {@code true} when it was there. */
    static boolean remove(ObjectNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
        String last = unescape(pointer.substring(cut + 1));
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
            return true;
        }
        return false;
    }

    /**
     * Merges {@code from} into {@code into}: members missing are added, objects merged, arrays
     * merged by index; a scalar present in both keeps {@code into}'s value and its pointer is
     * added to {@code conflicts} when the values differ.
     */
    static void merge(JsonNode into, JsonNode from, String at, List<String> conflicts) {
        if (into instanceof ObjectNode o && from.isObject()) {
            for (Map.Entry<String, JsonNode> e : from.properties()) {
                JsonNode mine = o.get(e.getKey());
                String p = at + "/" + escape(e.getKey());
                if (mine == null) {
                    o.set(e.getKey(), e.getValue());
                } else if (mine.isContainer() && e.getValue().isContainer()) {
                    merge(mine, e.getValue(), p, conflicts);
                } else if (!mine.equals(e.getValue())) {
                    conflicts.add(p);
                }
            }
        } else if (into instanceof ArrayNode a && from.isArray()) {
            for (int i = 0; i < from.size(); i++) {
                if (i >= a.size()) {
                    a.add(from.get(i));
                } else if (a.get(i).isContainer() && from.get(i).isContainer()) {
                    merge(a.get(i), from.get(i), at + "/" + i, conflicts);
                } else if (!a.get(i).equals(from.get(i))) {
                    conflicts.add(at + "/" + i);
                }
            }
        } else if (!into.equals(from)) {
            conflicts.add(at);
        }
    }

    /**
     * After the value at a pointer was taken out, removes the objects above it that this left
     * empty; an array left holding nothing but empty objects goes too. Containers that were empty
     * in the record (in extensions) are kept: they are data.
     */
    static void pruneAbove(ObjectNode root, String pointer) {
        String p = pointer;
        while (true) {
            int cut = p.lastIndexOf('/');
            if (cut <= 0) {
                return;
            }
            String parentPointer = p.substring(0, cut);
            JsonNode parent = root.at(parentPointer);
            if (parent instanceof ArrayNode a) {
                boolean allEmpty = true;
                for (JsonNode item : a) {
                    allEmpty &= item.isObject() && item.isEmpty();
                }
                if (!allEmpty) {
                    return;
                }
                a.removeAll();
            } else if (!(parent instanceof ObjectNode o) || !o.isEmpty()) {
                return;
            }
            remove(root, parentPointer);
            p = parentPointer;
        }
    }

    /**
     * Removes the empty objects that setting a value at a higher index left in arrays (a second
     * identifier without a first), except under {@code extensions}, whose empty objects are data.
     */
    static void compact(ObjectNode record) {
        for (Map.Entry<String, JsonNode> e : record.properties()) {
            if (!e.getKey().equals("extensions")) {
                compactNode(e.getValue());
            }
        }
    }

    private static void compactNode(JsonNode node) {
        if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (a.get(i).isObject() && a.get(i).isEmpty()) {
                    a.remove(i);
                } else {
                    compactNode(a.get(i));
                }
            }
        } else if (node instanceof ObjectNode o) {
            for (JsonNode child : o) {
                compactNode(child);
            }
        }
    }

    /** Calls back with the pointer of every leaf. */
    static void leaves(JsonNode node, String at, Consumer<String> each) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                leaves(e.getValue(), at + "/" + escape(e.getKey()), each);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), at + "/" + i, each);
            }
        } else {
            each.accept(at);
        }
    }
}
