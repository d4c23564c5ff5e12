package org.jisr.runtime.internal;

import org.jisr.validation.internal.ConversionFindings;
import org.jisr.validation.internal.JsonAdapterFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of the canonical adapters and of conversion has its message in fr, ar and en. */
class AdapterMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");

    static Stream<FindingType> codes() {
        List<FindingType> all = new ArrayList<>(JsonAdapterFindings.ALL);
        all.addAll(ConversionFindings.ALL);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void each_code_has_a_message_in_every_language_with_exactly_its_parameters(FindingType type) {
        assertThat(type.layer()).isEqualTo(Layer.ADAPTER);
        assertThat(type.code()).startsWith("adapter.");
        for (String language : FindingMessages.LANGUAGES) {
            String template = FindingMessages.of(language).template(type).orElse(null);
            assertThat(template).as("%s in %s", type.code(), language).isNotBlank();
            assertThat(placeholders(template)).as("placeholders of %s in %s", type.code(), language)
                    .isEqualTo(new TreeSet<>(type.parameters()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void arabic_messages_are_arabic_and_french_messages_are_not_english(FindingType type) {
        String ar = withoutPlaceholders(FindingMessages.of("ar").template(type).orElseThrow());
        String fr = FindingMessages.of("fr").template(type).orElseThrow();
        String en = FindingMessages.of("en").template(type).orElseThrow();

        assertThat(ARABIC_LETTER.matcher(ar).results().count()).as(ar).isGreaterThan(10);
        assertThat(LATIN_WORD.matcher(ar).find()).as("no Latin words in %s", ar).isFalse();
        assertThat(fr).isNotEqualTo(en);
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String withoutPlaceholders(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("");
    }
}
