package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jisr.validation.FindingCatalog;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.Severity;
import org.jisr.validation.sample.EventTitleInFrenchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of the rule layer, Jisr's and the sample user's, has its message in French, Arabic and English. */
class RuleMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** The built-in rules: those whose class is Jisr's own. */
    private static List<Rule> builtInRules() {
        return Validation.DEFAULT.rules().stream().filter(r -> r.getClass().getName().startsWith("org.jisr.validation.internal."))
                .toList();
    }

    static Stream<Arguments> ruleCodes() {
        List<FindingType> types = new ArrayList<>();
        builtInRules().forEach(r -> types.addAll(r.findingTypes()));
        types.addAll(new EventTitleInFrenchRule().findingTypes());
        types.add(FindingCatalog.find("rule.failed").orElseThrow());
        return types.stream().flatMap(t -> FindingMessages.LANGUAGES.stream().map(lang -> Arguments.of(t, lang)));
    }

    private static Properties file(FindingType type, String suffix) throws IOException {
        String path = "/" + type.messageBundle().replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("ruleCodes")
    void every_code_has_its_own_message_in_each_language_with_exactly_its_parameters(FindingType type, String lang)
            throws IOException {
        String template = file(type, "_" + lang).getProperty(type.code());

        assertThat(template).as("%s in %s", type.code(), lang).isNotBlank();
        Set<String> placeholders = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertThat(placeholders).as("placeholders of %s in %s", type.code(), lang)
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(type.parameters()));
        assertThat(FindingMessages.of(lang).template(type)).contains(template);
        String text = PLACEHOLDER.matcher(template).replaceAll("");
        if (lang.equals("ar")) {
            long letters = text.codePoints().filter(Character::isLetter).count();
            long arabic = text.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c))
                    .count();
            assertThat(arabic).as("Arabic letters in %s", template).isGreaterThanOrEqualTo(letters * 4 / 5).isPositive();
        } else {
            assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("no Arabic in the %s message of %s", lang, type.code()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("ruleCodes")
    void the_base_bundle_is_english(FindingType type, String lang) throws IOException {
        assertThat(file(type, "").getProperty(type.code())).isEqualTo(file(type, "_en").getProperty(type.code()));
        if (!lang.equals("en")) {
            assertThat(file(type, "_" + lang).getProperty(type.code()))
                    .as("%s is translated into %s", type.code(), lang)
                    .isNotEqualTo(file(type, "_en").getProperty(type.code()));
        }
    }

    @Test
    void built_in_rules_have_kebab_case_ids_and_rule_codes_and_are_in_the_catalog() {
        List<Rule> rules = builtInRules();
        Set<String> ids = new HashSet<>();
        Set<String> catalog = new HashSet<>();
        FindingCatalog.builtIn().forEach(t -> catalog.add(t.code()));

        assertThat(rules).hasSize(6);
        for (Rule rule : rules) {
            assertThat(rule.id()).matches(KEBAB);
            assertThat(ids.add(rule.id())).as("unique id %s", rule.id()).isTrue();
            assertThat(rule.findingTypes()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.code()).startsWith("rule.");
                assertThat(t.layer()).isEqualTo(Layer.RULE);
                assertThat(t.messageBundle()).isEqualTo(FindingType.JISR_MESSAGES + "rule");
                assertThat(catalog).contains(t.code());
            });
        }
    }

    @Test
    void errors_are_kept_for_what_makes_the_data_wrong() {
        Map<String, Severity> severities = new java.util.TreeMap<>();
        builtInRules().forEach(r -> r.findingTypes().forEach(t -> severities.put(t.code(), t.defaultSeverity())));

        assertThat(severities).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("rule.duplicate-id", Severity.ERROR),
                Map.entry("rule.unresolved-reference", Severity.ERROR),
                Map.entry("rule.reference-wrong-type", Severity.ERROR),
                Map.entry("rule.event-parent-cycle", Severity.ERROR),
                Map.entry("rule.event-outside-parent", Severity.WARNING),
                Map.entry("rule.partnership-same-authority", Severity.WARNING),
                Map.entry("rule.partnership-single-country", Severity.WARNING),
                Map.entry("rule.implausible-date", Severity.WARNING),
                Map.entry("rule.date-in-future", Severity.WARNING),
                Map.entry("rule.status-date-mismatch", Severity.WARNING),
                Map.entry("rule.main-language-missing", Severity.WARNING),
                Map.entry("rule.language-missing", Severity.INFO))));
    }
}
