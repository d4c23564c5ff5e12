package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.junit.jupiter.api.Test;

/** Every finding of the spreadsheet adapters has its message in French, Arabic and English. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    @Test
    void every_code_has_a_message_in_each_language_with_exactly_its_parameters() {
        assertThat(SpreadsheetFindings.ALL).extracting(FindingType::code).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("adapter\\.spreadsheet-[a-z0-9]+(-[a-z0-9]+)*"));
        for (FindingType type : SpreadsheetFindings.ALL) {
            assertThat(type.layer()).isEqualTo(Layer.ADAPTER);
            for (String language : FindingMessages.LANGUAGES) {
                String template = FindingMessages.of(language).template(type)
                        .orElseThrow(() -> new AssertionError(type.code() + " has no message in " + language));
                Set<String> used = new java.util.HashSet<>();
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    used.add(m.group(1));
                }
                assertThat(used).as("%s in %s", type.code(), language).isEqualTo(Set.copyOf(type.parameters()));
                if (language.equals("ar")) {
                    assertThat(template).as(type.code()).containsPattern("\\p{IsArabic}");
                }
            }
        }
    }
}
