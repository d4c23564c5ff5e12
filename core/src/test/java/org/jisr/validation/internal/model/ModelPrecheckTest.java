package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jisr.json.JisrJson;
import org.jisr.model.JisrRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@link ModelPrecheck} against Hibernate Validator: on records holding every value the model
 * layer cascades into, with one value (any string, any language tag, any amount or period) made
 * wrong, the precheck calls a record clean exactly when Hibernate Validator finds nothing. A
 * precheck that missed a cascade or a check would call a broken record clean, and the engine
 * would then lose its findings.
 *
 * <p>The records are illustrative, made for this test; the names come from the seed article.
 */
class ModelPrecheckTest {

    private static final BeanValidationConstraints MODEL = new BeanValidationConstraints();
    private static final ModelPrecheck PRECHECK = new ModelPrecheck();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JisrJson JSON = JisrJson.create();

    private static final String TEXT = """
            {"ar": "تونس", "fr": "Tunis", "en": "Tunis"}""";
    private static final String SOURCE = """
            {"title": %1$s, "url": "https://www.example.org/a", "publisher": %1$s, "language": "fr",
             "license": "CC-BY-4.0"}""".formatted(TEXT);
    private static final String DOCUMENT = """
            {"title": %s, "url": "https://www.example.org/d", "language": "ar"}""".formatted(TEXT);
    private static final String PLACE = """
            {"name": %1$s, "address": %1$s, "locality": %1$s, "country": "TN"}""".formatted(TEXT);
    private static final String FUNDING = """
            {"funder": "a", "amount": {"amount": 1500.50, "currency": "EUR"}, "purpose": %s}""".formatted(TEXT);
    private static final String PARTICIPANTS = """
            [{"participant": "a", "role": "host", "description": %1$s},
             {"group": {"name": %1$s, "country": "FR"}, "role": "participant", "description": %1$s}]"""
            .formatted(TEXT);
    private static final String COMMON = """
            "identifiers": [{"scheme": "x-illustrative", "value": "abc"}, {"scheme": "fr-siren", "value": "211300553"}],
            "sources": [%s]""".formatted(SOURCE);

    /** One record of each type, with every property the model layer looks into. */
    static final List<String> RECORDS = List.of(
            """
            {"type": "LocalAuthority", "id": "a", "name": %s, "kind": "commune", "country": "TN", "place": %s, %s}"""
                    .formatted(TEXT, PLACE, COMMON),
            """
            {"type": "Organization", "id": "o", "name": %1$s, "acronym": "CFAD", "kind": "association",
             "country": "TN", "description": %1$s, "place": %2$s, %3$s}""".formatted(TEXT, PLACE, COMMON),
            """
            {"type": "Partnership", "id": "p", "name": %1$s, "kind": "twinning", "parties": ["a", "b"],
             "period": {"start": "2024-12-09", "end": "2024-12-11", "timeZone": "Africa/Tunis"},
             "description": %1$s, "documents": [%2$s], "funding": [%3$s], %4$s}"""
                    .formatted(TEXT, DOCUMENT, FUNDING, COMMON),
            """
            {"type": "Project", "id": "pr", "title": %1$s, "description": %1$s, "goals": [%1$s],
             "period": {"start": "2024-12-09T09:00:00+01:00", "end": "2024-12-09T17:00:00+01:00"},
             "participants": %2$s, "budget": {"amount": 92500.000, "currency": "TND"}, "funding": [%3$s],
             "documents": [%4$s], %5$s}""".formatted(TEXT, PARTICIPANTS, FUNDING, DOCUMENT, COMMON),
            """
            {"type": "Event", "id": "e", "kind": "workshop", "title": %1$s, "description": %1$s,
             "period": {"start": "2024-12-10", "end": "2024-12-10"}, "venue": %2$s, "participants": %3$s,
             "outcomes": [{"description": %1$s}], "documents": [%4$s], %5$s}"""
                    .formatted(TEXT, PLACE, PARTICIPANTS, DOCUMENT, COMMON));

    /** Ways to make a string wrong for the model layer, each caught by one of its checks. */
    private static final List<String> BAD_STRINGS = List.of(
            "Tu\u202Enis", // a bidirectional control
            "Tu\u200Bnis", // an invisible character
            "Tunis\u0007", // a control character
            "Tu\u006E\u0303is", // not in NFC (n + combining tilde)
            "Tunis", // Latin where the tag says Arabic
            "Tun\u0456s", // a Cyrillic letter in a Latin word
            "\uFEB3\uFEEE\uFEB3\uFE94", // Arabic presentation forms
            "QQ", // not a country
            "xx-Qqqq-ZZ", // not a known language
            "ZZZ", // not a currency
            "a\u0430b"); // a confusable in an x- identifier

    @Example
    void the_records_bind_and_are_clean() {
        for (String json : RECORDS) {
            JisrRecord record = JSON.readRecord(json);

            assertThat(findings(record)).as(json).isEmpty();
            assertThat(PRECHECK.clean(record)).as(json).isTrue();
        }
    }

    @Property(tries = 1500)
    void clean_exactly_when_hibernate_validator_finds_nothing(@ForAll @IntRange(max = 4) int which,
            @ForAll("pickers") double pick, @ForAll("badStrings") String bad) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(RECORDS.get(which));
        List<String> pointers = new ArrayList<>();
        collectStrings(tree, "", pointers);
        String pointer = pointers.get((int) (pick * pointers.size()));
        Assume.that(!pointer.equals("/type") && !pointer.equals("/id"));
        JisrRecord record;
        try {
            record = JSON.readRecord(MAPPER.writeValueAsString(replace(tree, pointer, bad)));
        } catch (RuntimeException notBound) {
            Assume.that(false);
            return;
        }

        assertThat(PRECHECK.clean(record)).as("%s at %s", bad, pointer).isEqualTo(findings(record).isEmpty());
    }

    @Property(tries = 300)
    void clean_exactly_when_hibernate_validator_finds_nothing_on_amounts_and_periods(
            @ForAll @IntRange(max = 4) int which, @ForAll("amountsAndPeriods") String change) {
        String json = RECORDS.get(which);
        String[] parts = change.split("=>", 2);
        Assume.that(json.contains(parts[0]));
        JisrRecord record;
        try {
            record = JSON.readRecord(json.replace(parts[0], parts[1]));
        } catch (RuntimeException notBound) {
            Assume.that(false);
            return;
        }

        assertThat(PRECHECK.clean(record)).as(change).isEqualTo(findings(record).isEmpty());
    }

    @Provide
    Arbitrary<Double> pickers() {
        return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
    }

    @Provide
    Arbitrary<String> badStrings() {
        return Arbitraries.of(BAD_STRINGS);
    }

    @Provide
    Arbitrary<String> amountsAndPeriods() {
        return Arbitraries.of(
                "1500.50=>1500.505", // more decimals than the euro has
                "92500.000=>92500.0005",
                "\"EUR\"=>\"XEU\"",
                "\"end\": \"2024-12-11\"=>\"end\": \"2024-12-08\"", // ends before it starts
                "\"end\": \"2024-12-09T17:00:00+01:00\"=>\"end\": \"2024-12-09T08:00:00+01:00\"",
                "\"Africa/Tunis\"=>\"Africa/Carthage\"", // not a time zone
                "\"end\": \"2024-12-10\"=>\"end\": \"2024-12-10\"", // unchanged: clean
                "\"211300553\"=>\"211300554\""); // a wrong check digit
    }

    private static List<?> findings(JisrRecord record) {
        List<String> found = new ArrayList<>();
        MODEL.check(record, (type, pointer, parameters) -> found.add(type.code() + " " + pointer));
        return found;
    }

    /** Every string value, and every key of a multilingual text (a language tag), by pointer. */
    private static void collectStrings(JsonNode node, String at, List<String> out) {
        if (node.isString()) {
            out.add(at);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStrings(node.get(i), at + "/" + i, out);
            }
        } else if (node.isObject()) {
            for (String name : node.propertyNames()) {
                collectStrings(node.get(name), at + "/" + name, out);
            }
        }
    }

    private static JsonNode replace(ObjectNode root, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, StringNode.valueOf(value));
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), StringNode.valueOf(value));
        }
        return root;
    }
}
