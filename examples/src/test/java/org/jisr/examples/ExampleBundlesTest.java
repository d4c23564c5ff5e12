package org.jisr.examples;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the examples exists in English (the base file), French and Arabic, with the same
 * placeholders; the Arabic ones are written in Arabic.
 */
class ExampleBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "bilingual", "tour"})
    void each_text_is_in_the_three_languages_with_the_same_placeholders(String bundle) throws IOException {
        Properties base = load(bundle + ".properties");
        assertThat(base).isNotEmpty();
        for (String suffix : new String[] {"_en", "_fr", "_ar"}) {
            Properties translated = load(bundle + suffix + ".properties");
            assertThat(translated.stringPropertyNames()).as(bundle + suffix).isEqualTo(base.stringPropertyNames());
            for (String key : base.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(bundle + suffix + " " + key)
                        .isEqualTo(placeholders(base.getProperty(key)));
                if (suffix.equals("_ar")) {
                    assertThat(translated.getProperty(key)).as(bundle + suffix + " " + key).containsPattern(ARABIC_LETTER);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExampleBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
