package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every finding of the adapter has its message in French, Arabic and English, with its parameters. */
class AgendaMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @ParameterizedTest
    @FieldSource("org.example.jisr.agenda.AgendaFindings#ALL")
    void has_a_message_in_each_language_with_exactly_its_parameters(FindingType type) {
        assertThat(type.code()).startsWith("markdown-agenda.");
        assertThat(type.layer()).isEqualTo(Layer.ADAPTER);
        for (String language : FindingMessages.LANGUAGES) {
            String message = FindingMessages.of(language).template(type).orElseThrow(
                    () -> new AssertionError(type.code() + " has no message in " + language));
            assertThat(placeholders(message)).as(type.code() + " in " + language)
                    .isEqualTo(Set.copyOf(type.parameters()));
        }
        assertThat(FindingMessages.of("ar").template(type).orElseThrow()).containsPattern(ARABIC_LETTER);
        assertThat(FindingMessages.of("fr").template(type)).isNotEqualTo(FindingMessages.of("en").template(type));
    }

    private static Set<String> placeholders(String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
