package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.validation.FindingCatalog;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.internal.AdapterFindings;
import org.junit.jupiter.api.Test;

/** The adapter layer's codes: in the catalog, with a message in French, Arabic and English. */
class AdapterMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    @Test
    void every_adapter_code_is_in_the_catalog_of_the_adapter_layer() {
        assertThat(FindingCatalog.builtIn()).containsAll(AdapterFindings.ALL);
        assertThat(AdapterFindings.ALL).allSatisfy(t -> {
            assertThat(t.layer()).isEqualTo(Layer.ADAPTER);
            assertThat(t.code()).startsWith("adapter.");
        });
        assertThat(PluginProblem.Kind.values()).extracting(PluginProblem.Kind::findingType)
                .allMatch(AdapterFindings.ALL::contains).doesNotHaveDuplicates();
    }

    @Test
    void every_adapter_code_has_a_message_in_each_language_using_exactly_its_parameters() {
        for (String language : FindingMessages.LANGUAGES) {
            for (FindingType type : AdapterFindings.ALL) {
                String template = FindingMessages.of(language).template(type).orElseThrow(
                        () -> new AssertionError(type.code() + " has no message in " + language));
                Set<String> used = new LinkedHashSet<>();
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    used.add(m.group(1));
                }
                assertThat(used).as(type.code() + " in " + language).containsExactlyInAnyOrderElementsOf(type.parameters());
                if (language.equals("ar")) {
                    assertThat(template.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
                            .as(type.code() + " in Arabic").isGreaterThan(5);
                }
            }
        }
    }
}
