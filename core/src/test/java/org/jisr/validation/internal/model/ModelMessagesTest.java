package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.validation.FindingCatalog;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every model finding is well formed, catalogued, and has its message in French, Arabic and English. */
class ModelMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ANY_BRACE = Pattern.compile("[{}]");

    static List<FindingType> types() {
        return ModelFindings.ALL;
    }

    /** Every model finding, also those the engine raises while binding a record to the model. */
    static List<FindingType> allModelTypes() {
        return FindingCatalog.builtIn().stream().filter(t -> t.layer() == Layer.MODEL).toList();
    }

    @ParameterizedTest
    @MethodSource("types")
    void each_code_is_a_model_code_with_its_messages_in_the_model_bundle(FindingType type) {
        assertThat(type.code()).startsWith("model.").matches("model\\.[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(type.layer()).isEqualTo(Layer.MODEL);
        assertThat(type.messageBundle()).isEqualTo("org.jisr.validation.messages.model");
    }

    @ParameterizedTest
    @MethodSource("allModelTypes")
    void each_code_has_a_message_in_french_arabic_and_english_with_exactly_its_parameters(FindingType type) {
        for (String language : FindingMessages.LANGUAGES) {
            String template = FindingMessages.of(language).template(type).orElse(null);

            assertThat(template).as("%s in %s", type.code(), language).isNotBlank();
            assertThat(placeholders(template)).as("placeholders of %s in %s", type.code(), language)
                    .isEqualTo(Set.copyOf(type.parameters()));
            assertThat(ANY_BRACE.matcher(PLACEHOLDER.matcher(template).replaceAll("")).find())
                    .as("a stray brace in %s in %s", type.code(), language).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("allModelTypes")
    void arabic_messages_are_in_arabic_and_french_ones_are_not_english(FindingType type) {
        String arabic = FindingMessages.of("ar").template(type).orElseThrow();
        String french = FindingMessages.of("fr").template(type).orElseThrow();
        String english = FindingMessages.of("en").template(type).orElseThrow();
        String arabicWithoutPlaceholders = PLACEHOLDER.matcher(arabic).replaceAll("");

        long arabicLetters = arabicWithoutPlaceholders.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
        long latinLetters = arabicWithoutPlaceholders.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        assertThat(arabicLetters).as("Arabic letters in %s", type.code()).isGreaterThan(latinLetters);
        assertThat(french).isNotEqualTo(english);
    }

    @Test
    void the_english_base_bundle_is_the_english_one() {
        // A reader whose language has no bundle falls back to the base file: it must be English.
        for (FindingType type : ModelFindings.ALL) {
            java.util.ResourceBundle base = java.util.ResourceBundle.getBundle(type.messageBundle(),
                    java.util.Locale.ROOT);
            assertThat(base.getString(type.code())).isEqualTo(FindingMessages.of("en").template(type).orElseThrow());
        }
    }

    @Test
    void a_rendered_message_carries_its_parameters() {
        String message = FindingMessages.of("fr").render(ModelFindings.MONEY_MINOR_UNITS,
                java.util.Map.of("amount", "12.345", "currency", "EUR", "minorUnits", "2"));

        assertThat(message).isEqualTo("Le montant 12.345 EUR a plus de décimales que la devise n’a de sous-unités (2).");
    }

    @Test
    void codes_are_unique_and_all_of_them_are_in_the_catalog() {
        Set<String> codes = new HashSet<>();
        for (FindingType type : ModelFindings.ALL) {
            assertThat(codes.add(type.code())).as("%s twice", type.code()).isTrue();
        }

        // The engine finds the model layer with ServiceLoader: the catalog proves the registration.
        assertThat(FindingCatalog.builtIn()).containsAll(ModelFindings.ALL);
        assertThat(allModelTypes()).extracting(FindingType::code).contains("model.not-bound", "model.impossible-date");
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
