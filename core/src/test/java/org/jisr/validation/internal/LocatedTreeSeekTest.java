package org.jisr.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link LocatedTree#seek} finds the line and column {@link LocatedTree#read} notes, for every
 * value of a document and for pointers to values that are not there (their nearest ancestor), on
 * compact and indented JSON.
 */
class LocatedTreeSeekTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 200)
    void seek_finds_what_the_tree_notes(@ForAll("values") JsonNode value, @ForAll boolean indented) {
        String text = indented ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                : JSON.writeValueAsString(value);
        LocatedTree tree = read(text);
        List<String> pointers = new ArrayList<>();
        pointers(value, "", pointers);
        for (String pointer : List.copyOf(pointers)) {
            // Absent values under each present one, and a name differing only by escaping.
            pointers.add(pointer + "/absent");
            pointers.add(pointer + "/99");
            pointers.add(pointer + "/");
            pointers.add(pointer + "/a~1b/c");
        }
        for (String pointer : pointers) {
            long at = seek(text, pointer);
            assertThat((int) (at >>> 32)).as("line of %s in %s", pointer, text).isEqualTo(tree.line(pointer));
            assertThat((int) at).as("column of %s in %s", pointer, text).isEqualTo(tree.column(pointer));
        }
    }

    @Example
    void seek_unescapes_nothing_and_matches_escaped_names() {
        String text = "{\"a/b\": {\"~\": [1, {\"x\": 2}]}, \"a\": {\"b\": 3}}";
        assertThat(seek(text, "/a~1b/~0/1/x")).isEqualTo((1L << 32) | 25);
        assertThat(seek(text, "/a/b")).isEqualTo((1L << 32) | 42);
        assertThat(seek(text, "/a~1b/~0/01")).isEqualTo((1L << 32) | 15);
    }

    private static LocatedTree read(String text) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            return LocatedTree.read(p, 0, (type, ptr, l, c, params) -> { });
        }
    }

    private static long seek(String text, String pointer) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            return LocatedTree.seek(p, pointer);
        }
    }

    private static void pointers(JsonNode node, String at, List<String> out) {
        out.add(at);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                pointers(e.getValue(), at + "/" + LocatedTree.escape(e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), at + "/" + i, out);
            }
        }
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return value(3);
    }

    private static Arbitrary<JsonNode> value(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aé ب\"\\/~").ofMaxLength(6).map(NODES::stringNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.of(NODES.booleanNode(true), NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = value(depth - 1);
        Arbitrary<String> names = Arbitraries.strings().withChars("ab/~0 ").ofMaxLength(3);
        Arbitrary<JsonNode> object = Arbitraries.maps(names, child).ofMaxSize(4).map(m -> {
            ObjectNode o = NODES.objectNode();
            m.forEach(o::set);
            return o;
        });
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(l -> {
            ArrayNode a = NODES.arrayNode();
            l.forEach(a::add);
            return a;
        });
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf), Tuple.of(3, object), Tuple.of(2, array));
    }
}
