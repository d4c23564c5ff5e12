package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.runtime.Jisr;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingCatalog;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every finding of the adapter has its message in French, Arabic and English, with its parameters. */
class IcsMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @ParameterizedTest
    @FieldSource("org.jisr.adapter.ics.IcsFindings#ALL")
    void has_a_message_in_each_language_with_exactly_its_parameters(FindingType type) {
        assertThat(type.code()).startsWith("adapter.ics-");
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

    @Test
    void codes_are_unique_and_none_is_one_of_jisrs_own() {
        Set<String> codes = new HashSet<>();
        for (FindingType type : IcsFindings.ALL) {
            assertThat(codes.add(type.code())).as("unique: " + type.code()).isTrue();
            assertThat(FindingCatalog.find(type.code())).as(type.code()).isEmpty();
        }
        assertThat(IcsFindings.ALL.stream().map(FindingType::messageBundle).collect(Collectors.toSet()))
                .containsExactly(IcsFindings.MESSAGES);
    }

    @Test
    void a_host_renders_them_in_each_language() {
        Finding finding = new Finding(IcsFindings.UNKNOWN_TIME_ZONE, Severity.ERROR,
                Map.of("property", "DTSTART", "tzid", "Mars/Olympus"), Location.of("a.ics", "", 7, 1));
        Jisr jisr = Jisr.builder().build();

        assertThat(jisr.messages("en").render(finding)).isEqualTo("DTSTART refers to the time zone “Mars/Olympus”, "
                + "which the file does not define; the time was read as UTC and is probably wrong.");
        assertThat(jisr.messages("fr").render(finding)).startsWith("DTSTART renvoie au fuseau horaire « Mars/Olympus »");
        assertThat(jisr.messages("ar").render(finding)).startsWith("تحيل الخاصية DTSTART إلى المنطقة الزمنية «Mars/Olympus»");
    }

    private static Set<String> placeholders(String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
