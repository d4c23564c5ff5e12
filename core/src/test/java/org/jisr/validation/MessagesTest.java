package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jisr.schema.SchemaCatalog;
import org.jisr.validation.internal.report.HtmlReportWriter;
import org.jisr.validation.internal.report.SarifReportWriter;
import org.jisr.validation.internal.report.TextReportWriter;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every finding code of {@link FindingCatalog#builtIn()} has its own message in French, Arabic
 * and English, with exactly its parameters as placeholders, and the Arabic one is written in
 * Arabic; every label of reports exists in the three languages. Codes added to the catalog are
 * covered without touching this test.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** A run of Latin letters, with the digits, hyphens and dots inside names such as UTF-8 or I-JSON. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}0-9]*(?:[-.][\\p{IsLatin}0-9]+)*");

    /**
     * Latin words an Arabic message may contain: names of standards, encodings and identifier
     * systems, and JSON's own words. Names the exchange format defines (property names, record
     * types) are allowed too: see {@link #formatNames()}. Add a name here only if it is a technical
     * name that Arabic texts write in Latin letters.
     */
    private static final Set<String> TECHNICAL_NAMES = Set.of(
            "JSON", "NDJSON", "I-JSON", "RFC", "UTF-8", "UTF-16", "UTF-32", "BOM", "BCP", "ISO", "URI", "URL",
            "NFC", "SIREN", "SIRET", "INSEE", "COG", "EUR", "TND", "IATI", "CSV", "XLSX", "IANA", "PDF",
            "FR", "TN", "GB",
            "true", "false", "null", "Header", "extensions");

    private static final Set<String> FORMAT_NAMES = formatNames();

    /** Message files read so far, by resource name. */
    private static final Map<String, Optional<Properties>> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Named<FindingType>> findingTypes() {
        return FindingCatalog.builtIn().stream().map(t -> Named.of(t.code(), t));
    }

    @Test
    void the_catalog_has_codes_of_every_layer_that_the_engine_has_so_far() {
        assertThat(FindingCatalog.builtIn()).extracting(FindingType::layer)
                .contains(Layer.SYNTAX, Layer.SCHEMA, Layer.MODEL, Layer.RULE);
        assertThat(FindingCatalog.builtIn()).extracting(FindingType::code).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("findingTypes")
    void has_its_own_message_in_french_arabic_and_english(FindingType type) {
        for (String language : FindingMessages.LANGUAGES) {
            Optional<String> own = ownMessage(type, language);
            assertThat(own).as("%s has no message in %s", type.code(), bundleFile(type.messageBundle(), language))
                    .isPresent();
            assertThat(own.orElseThrow()).as("%s in %s", type.code(), language).isNotBlank();
            assertThat(FindingMessages.of(language).template(type))
                    .as("the %s message of %s, as FindingMessages finds it", language, type.code())
                    .isEqualTo(own);
        }
        assertThat(ownMessage(type, null))
                .as("%s in the base bundle %s, which is English", type.code(), bundleFile(type.messageBundle(), null))
                .isEqualTo(ownMessage(type, "en"));
    }

    @ParameterizedTest
    @MethodSource("findingTypes")
    void uses_exactly_its_parameters_as_placeholders_in_every_language(FindingType type) {
        for (String language : FindingMessages.LANGUAGES) {
            String message = ownMessage(type, language).orElse("");
            assertThat(placeholders(message)).as("placeholders of %s in %s: %s", type.code(), language, message)
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(type.parameters()));
            assertThat(PLACEHOLDER.matcher(message).replaceAll("")).as("%s in %s has a stray brace", type.code(),
                    language).doesNotContain("{", "}");
        }
    }

    @ParameterizedTest
    @MethodSource("findingTypes")
    void is_written_in_arabic_in_arabic(FindingType type) {
        String message = ownMessage(type, "ar").orElse("");

        assertThat(arabicLetters(message)).as("Arabic letters in the ar message of %s: %s", type.code(), message)
                .isPositive();
        assertThat(latinWordsThatAreNotNames(message))
                .as("Latin words in the ar message of %s that are not technical names (%s);"
                        + " translate them, or if one is a technical name add it to TECHNICAL_NAMES", type.code(),
                        message)
                .isEmpty();
        assertThat(arabicLetters(message)).as("the ar message of %s is mostly Arabic: %s", type.code(), message)
                .isGreaterThan(latinLetters(message));
    }

    @ParameterizedTest
    @MethodSource("findingTypes")
    void is_translated_into_french(FindingType type) {
        assertThat(ownMessage(type, "fr")).as("the fr message of %s is a copy of the en one", type.code())
                .isNotEqualTo(ownMessage(type, "en"));
    }

    @Test
    void every_label_exists_in_every_language_with_the_same_placeholders() {
        Properties base = load(bundleFile(FindingType.JISR_MESSAGES + "labels", null)).orElseThrow();
        assertThat(base.stringPropertyNames()).isNotEmpty();
        for (String language : FindingMessages.LANGUAGES) {
            String file = bundleFile(FindingType.JISR_MESSAGES + "labels", language);
            Properties labels = load(file).orElseThrow(() -> new AssertionError(file + " is missing"));
            assertThat(labels.stringPropertyNames()).as("keys of %s", file)
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            for (String key : labels.stringPropertyNames()) {
                String text = labels.getProperty(key);
                assertThat(text).as("%s in %s", key, file).isNotBlank();
                assertThat(placeholders(text)).as("placeholders of %s in %s", key, file)
                        .isEqualTo(placeholders(base.getProperty(key)));
                if (language.equals("ar") && letters(PLACEHOLDER.matcher(text).replaceAll("")) > 0) {
                    assertThat(latinWordsThatAreNotNames(text)).as("Latin words in %s of %s", key, file).isEmpty();
                    assertThat(arabicLetters(text)).as("%s of %s is mostly Arabic", key, file)
                            .isGreaterThan(latinLetters(text));
                }
                if (language.equals("en")) {
                    assertThat(text).as("%s: the base labels are the English ones", key)
                            .isEqualTo(base.getProperty(key));
                }
            }
        }
    }

    @Test
    void the_labels_reports_use_exist() {
        List<String> used = new ArrayList<>(TextReportWriter.LABEL_KEYS);
        used.addAll(HtmlReportWriter.LABEL_KEYS);
        used.addAll(SarifReportWriter.LABEL_KEYS);
        for (Severity s : Severity.values()) {
            used.add("severity." + s.code());
        }
        for (Layer l : Layer.values()) {
            used.add("layer." + l.code());
        }
        Properties base = load(bundleFile(FindingType.JISR_MESSAGES + "labels", null)).orElseThrow();

        assertThat(base.stringPropertyNames()).containsAll(used);
        for (String language : FindingMessages.LANGUAGES) {
            FindingMessages messages = FindingMessages.of(language);
            for (String key : used) {
                assertThat(messages.label(key)).isEqualTo(
                        load(bundleFile(FindingType.JISR_MESSAGES + "labels", language)).orElseThrow().getProperty(key));
            }
        }
        assertThat(FindingMessages.of("ar").label(Severity.ERROR)).isEqualTo("خطأ");
        assertThat(FindingMessages.of("fr").label(Layer.SCHEMA)).isEqualTo("schéma");
    }

    @Test
    void the_arabic_check_tells_arabic_from_latin() {
        assertThat(latinWordsThatAreNotNames("The file is empty.")).containsExactly("The", "file", "is", "empty");
        assertThat(latinWordsThatAreNotNames("الخاصية «{property}» مفقودة.")).isEmpty();
        assertThat(latinWordsThatAreNotNames("صيغة JSON غير سليمة (I-JSON، RFC 7493، UTF-8) وfalse.")).isEmpty();
        assertThat(latinWordsThatAreNotNames("الخاصية «mayor» مفقودة.")).containsExactly("mayor");
        assertThat(latinWordsThatAreNotNames("الخاصية «timeZone» في Event.")).isEmpty();
        assertThat(arabicLetters("JSON JSON JSON JSON ملف")).isLessThan(latinLetters("JSON JSON JSON JSON ملف"));
    }

    // ---- helpers

    /** The message of a type in one language's own file, without falling back to another language. */
    private static Optional<String> ownMessage(FindingType type, String language) {
        return load(bundleFile(type.messageBundle(), language)).map(p -> p.getProperty(type.code()));
    }

    private static String bundleFile(String bundle, String language) {
        return bundle.replace('.', '/') + (language == null ? "" : "_" + language) + ".properties";
    }

    private static Optional<Properties> load(String resource) {
        return FILES.computeIfAbsent(resource, MessagesTest::read);
    }

    private static Optional<Properties> read(String resource) {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> latinWordsThatAreNotNames(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(PLACEHOLDER.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!TECHNICAL_NAMES.contains(m.group()) && !FORMAT_NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static long arabicLetters(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
    }

    private static long latinLetters(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    /** The names the exchange format defines: every property name and every record type of its schemas. */
    private static Set<String> formatNames() {
        Set<String> names = new HashSet<>();
        for (String schema : SchemaCatalog.schemaNames()) {
            try (InputStream in = SchemaCatalog.openSchema(schema)) {
                collectNames(ReportFixtures.MAPPER.readTree(in), names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(names);
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("properties")) {
                    names.addAll(e.getValue().propertyNames());
                    JsonNode type = e.getValue().path("type").path("const");
                    if (type.isString()) {
                        names.add(type.asString());
                    }
                }
                collectNames(e.getValue(), names);
            }
        } else if (node.isArray()) {
            node.values().forEach(v -> collectNames(v, names));
        }
    }
}
