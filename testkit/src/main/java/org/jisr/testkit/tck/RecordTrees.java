package org.jisr.testkit.tck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jisr.json.JisrJson;
import org.jisr.model.JisrRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares records by their canonical JSON, value by value: each record becomes the map of its
 * leaves (scalars, and empty arrays or objects) by JSON Pointer, so that a difference is named by
 * the pointer of the very value that differs, which is what {@code Limitation.covers} matches.
 */
final class RecordTrees {

    private static final JisrJson JSON = JisrJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A value that differs between two records; {@code null} where the record has no such value. */
    record Difference(String pointer, @Nullable String before, @Nullable String after) {
        boolean lostBefore() {
            return before != null;
        }

        @Override
        public String toString() {
            return pointer + ": " + Objects.requireNonNullElse(before, "(absent)") + " → "
                    + Objects.requireNonNullElse(after, "(absent)");
        }
    }

    private RecordTrees() {
    }

    /** The canonical JSON of a record, as one line. */
    static String json(JisrRecord record) {
        return JSON.toJsonLine(record);
    }

    /** Every value of a record by JSON Pointer, as canonical JSON text. */
    static Map<String, String> leaves(JisrRecord record) {
        Map<String, String> leaves = new LinkedHashMap<>();
        collect(MAPPER.readTree(json(record)), "", leaves);
        return leaves;
    }

    /** The values that differ between two records, in pointer order. */
    static List<Difference> differences(JisrRecord before, JisrRecord after) {
        Map<String, String> a = leaves(before);
        Map<String, String> b = leaves(after);
        TreeSet<String> pointers = new TreeSet<>(a.keySet());
        pointers.addAll(b.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String p : pointers) {
            String x = a.get(p);
            String y = b.get(p);
            if (!Objects.equals(x, y)) {
                differences.add(new Difference(p, x, y));
            }
        }
        return differences;
    }

    private static void collect(JsonNode node, String pointer, Map<String, String> leaves) {
        if (node.isContainer() && !node.isEmpty()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), pointer + "/" + i, leaves);
                }
            } else {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    collect(member.getValue(), pointer + "/" + escape(member.getKey()), leaves);
                }
            }
        } else {
            leaves.put(pointer, node.toString());
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
