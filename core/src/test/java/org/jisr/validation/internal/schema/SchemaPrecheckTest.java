package org.jisr.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-check never contradicts networknt: what it calls valid networknt finds nothing wrong
 * with, what it calls invalid networknt finds something wrong with. Checked on the example records
 * and on copies of them changed at a random place in a random way.
 */
class SchemaPrecheckTest {

    /** Decimals as the engine reads them (LocatedTree): BigDecimal, never double. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> RECORDS = exampleRecords();
    private static final SchemaLayer NETWORKNT = new SchemaLayer(false);
    private static final Function<JsonNode, SchemaPrecheck.Verdict> RECORD;
    private static final Function<JsonNode, SchemaPrecheck.Verdict> LINE;

    static {
        SchemaPrecheck precheck = new SchemaPrecheck();
        RECORD = precheck.compile("record.schema.json");
        LINE = precheck.compile("ndjson-record.schema.json");
    }

    private static List<JsonNode> exampleRecords() {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream a = SchemaPrecheckTest.class.getResourceAsStream("/examples/twinnings-fr-tn.json");
                InputStream b = SchemaPrecheckTest.class.getResourceAsStream("/examples/workshop-2024-12-10.json")) {
            JSON.readTree(a).get("records").forEach(out::add);
            JSON.readTree(b).get("records").forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @Example
    void every_example_record_is_proved_valid_without_networknt() {
        assertThat(RECORDS).hasSizeGreaterThan(20);
        for (JsonNode r : RECORDS) {
            assertThat(RECORD.apply(r)).as(r.path("id").asString()).isEqualTo(SchemaPrecheck.Verdict.VALID);
            assertThat(LINE.apply(r)).isEqualTo(SchemaPrecheck.Verdict.VALID);
        }
    }

    @Example
    void the_example_header_is_proved_valid() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/examples/workshop-2024-12-10.ndjson")) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[0];
            assertThat(LINE.apply(JSON.readTree(header))).isEqualTo(SchemaPrecheck.Verdict.VALID);
        }
    }

    @Property(tries = 400)
    void the_precheck_agrees_with_networknt(@ForAll("changedRecords") JsonNode record) {
        agree(RECORD.apply(record), NETWORKNT.checkRecord(record));
        agree(LINE.apply(record), NETWORKNT.checkStreamLine(record));
    }

    private static void agree(SchemaPrecheck.Verdict verdict, List<SchemaLayer.Problem> problems) {
        switch (verdict) {
            case VALID -> assertThat(problems).isEmpty();
            case INVALID -> assertThat(problems).isNotEmpty();
            case UNKNOWN -> {
                // networknt decides; nothing to compare
            }
        }
    }

    @Provide
    Arbitrary<JsonNode> changedRecords() {
        Arbitrary<JsonNode> base = Arbitraries.of(RECORDS);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 17);
        return Combinators.combine(base, where, how, Arbitraries.integers().between(1, 3))
                .as((r, w, h, times) -> {
                    JsonNode copy = r.deepCopy();
                    for (int i = 0; i < times; i++) {
                        change(copy, w * (i + 7), h + i);
                    }
                    return copy;
                });
    }

    /** Changes one container of the tree, picked by {@code where}, in a way picked by {@code how}. */
    private static void change(JsonNode root, int where, int how) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(where % containers.size());
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.isEmpty() ? "x" : names.get(where % names.size());
            switch (how % 18) {
                case 0 -> o.remove(name);
                case 1 -> o.put(name, "x");
                case 2 -> o.put(name, 1);
                case 3 -> o.put(name, new BigDecimal("1.0"));
                case 4 -> o.put(name, new BigDecimal("-2.5"));
                case 5 -> o.putNull(name);
                case 6 -> o.put(name, true);
                case 7 -> o.set(name, NODES.arrayNode());
                case 8 -> o.set(name, NODES.objectNode());
                case 9 -> o.put("unknown", "x");
                case 10 -> o.put(name, "");
                case 11 -> o.put(name, "2024-02-30");
                case 12 -> o.put(name, "fr");
                case 13 -> o.set(name, NODES.arrayNode().add("a").add("a"));
                case 14 -> o.put(name, "https://example.org/x");
                case 15 -> o.put(name, "\u0633\u0648\u0633\u0629");
                case 16 -> o.put(name, new BigDecimal("1234567890.5"));
                default -> o.put(name, "a".repeat(3000));
            }
        } else if (target instanceof ArrayNode a) {
            switch (how % 5) {
                case 0 -> a.removeAll();
                case 1 -> {
                    if (!a.isEmpty()) {
                        a.add(a.get(0).deepCopy());
                    }
                }
                case 2 -> a.add(1);
                case 3 -> a.add(new BigDecimal("1.0"));
                default -> a.add("x");
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) {
            out.add(n);
            for (JsonNode child : n) {
                collect(child, out);
            }
        }
    }
}
