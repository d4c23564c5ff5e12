package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.validation.FindingMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assertions' own texts exist in French, Arabic and English, with the same keys and placeholders. */
class AssertionTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void each_language_has_exactly_the_keys_and_the_placeholders_of_english(String language) throws IOException {
        Properties texts = load(language);
        Properties english = load("en");
        assertThat(texts.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(AssertionTexts.KEYS);
        for (String key : AssertionTexts.KEYS) {
            assertThat(placeholders(texts.getProperty(key))).as("%s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(FindingMessages.LANGUAGES).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid", "no-warnings", "no-findings", "errors", "finding", "finding-count", "records",
        "narrowed", "criterion.line", "criterion.column", "criterion.severity", "criterion.parameter",
        "criterion.layer", "findings", "candidates", "none", "sampled", "more", "unnamed"})
    void arabic_texts_are_written_in_arabic(String key) throws IOException {
        String text = load("ar").getProperty(key);
        String words = PLACEHOLDER.matcher(text).replaceAll("");
        assertThat(words).containsPattern(ARABIC_LETTER);
        assertThat(LATIN_WORD.matcher(words).results().map(m -> m.group()).toList())
                .as(key).isSubsetOf("JSON");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AssertionTexts.class.getResourceAsStream("assertions_" + language + ".properties")) {
            assertThat(in).as("assertions_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
