package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jisr.json.JisrJson;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Layer;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example rule on the example data, on the flagship with a title taken away, and on any event. */
class BilingualEventTitlesRuleTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final String CODE = BilingualEventTitlesRule.TITLE_LANGUAGE_MISSING.code();
    private static final String WORKSHOP_ID = "event-workshop-2024-12-10";
    private static final ExchangeDocument FLAGSHIP = JSON.readDocument(ExampleFiles.WORKSHOP);

    /** Jisr's rules and the example rule, given to the validator directly (not found on the class path). */
    private static final Validator WITH_THE_RULE = Validator.builder()
            .discoverRules(false)
            .addRule(new BilingualEventTitlesRule())
            .build();

    static List<Path> validExamples() {
        return ExampleValidationTest.valid();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void the_example_data_pass(Path file) {
        ValidationReport report = WITH_THE_RULE.validate(file);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isPositive();
    }

    @Test
    void a_validator_without_discovery_runs_only_the_rules_it_is_given() {
        assertThat(WITH_THE_RULE.rules()).filteredOn(r -> r instanceof BilingualEventTitlesRule).hasSize(1);
        assertThat(Validator.builder().discoverRules(false).build().rules())
                .noneMatch(r -> r instanceof BilingualEventTitlesRule);
    }

    @Test
    void the_workshop_without_its_arabic_title_gives_one_error_on_its_title(@TempDir Path dir) throws IOException {
        Path file = workshopWithTitle(dir, MultilingualText.of("en", "Workshop", "fr", "Atelier"));

        ValidationReport report = WITH_THE_RULE.validate(file);

        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(CODE)).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.layer()).isEqualTo(Layer.RULE);
            assertThat(f.parameters()).containsExactlyEntriesOf(java.util.Map.of("language", "ar"));
            assertThat(f.location().pointer()).isEqualTo("/records/1/title");
            assertThat(f.location().line()).isEqualTo(lineOfWorkshopTitle(file));
        });
        assertThat(report.errors()).isEqualTo(1);
        assertThat(FindingMessages.of("fr").render(found.get(0))).isEqualTo(
                "Le titre n’a pas de texte en « ar » : chaque événement est publié en français (fr) et en arabe (ar).");
        assertThat(FindingMessages.of("en").render(found.get(0))).isEqualTo(
                "The title has no text in “ar”: every event is published in French (fr) and in Arabic (ar).");
        assertThat(FindingMessages.of("ar").render(found.get(0))).isEqualTo(
                "لا يتضمن العنوان نصا بلغة «ar»: تُنشر كل تظاهرة بالفرنسية (fr) وبالعربية (ar).");
    }

    @Test
    void a_transliteration_is_not_an_arabic_title_but_a_regional_variant_is(@TempDir Path dir) throws IOException {
        Path transliterated = workshopWithTitle(dir, MultilingualText.of("ar-Latn", "Warshat 3amal", "fr", "Atelier"));
        assertThat(codesAndLanguages(WITH_THE_RULE.validate(transliterated))).containsExactly("ar");

        Path tunisian = workshopWithTitle(dir, MultilingualText.of("ar-TN", "ورشة عمل", "fr-TN", "Atelier"));
        assertThat(codesAndLanguages(WITH_THE_RULE.validate(tunisian))).isEmpty();

        Path englishOnly = workshopWithTitle(dir, MultilingualText.of("en", "Workshop"));
        assertThat(codesAndLanguages(WITH_THE_RULE.validate(englishOnly))).containsExactly("fr", "ar");
    }

    @Test
    void a_profile_switches_the_rule_off_or_lowers_its_finding_to_a_warning(@TempDir Path dir) throws IOException {
        Path file = workshopWithTitle(dir, MultilingualText.of("fr", "Atelier"));

        Validator off = Validator.builder().discoverRules(false).addRule(new BilingualEventTitlesRule())
                .profile(RuleProfile.builder().disableRule(BilingualEventTitlesRule.ID).build()).build();
        assertThat(off.rules()).noneMatch(r -> r instanceof BilingualEventTitlesRule);
        assertThat(codesAndLanguages(off.validate(file))).isEmpty();

        Validator lenient = Validator.builder().discoverRules(false).addRule(new BilingualEventTitlesRule())
                .profile(RuleProfile.builder().severity(CODE, Severity.WARNING).build()).build();
        ValidationReport report = lenient.validate(file);
        assertThat(report.isValid()).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.code().equals(CODE))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void its_message_exists_in_french_arabic_and_english() {
        for (String language : FindingMessages.LANGUAGES) {
            assertThat(FindingMessages.of(language).template(BilingualEventTitlesRule.TITLE_LANGUAGE_MISSING))
                    .as(language).hasValueSatisfying(t -> assertThat(t).contains("{language}"));
        }
        assertThat(new BilingualEventTitlesRule().findingTypes()).containsExactly(
                BilingualEventTitlesRule.TITLE_LANGUAGE_MISSING);
    }

    /**
     * Whatever an event's title, the rule reports exactly the languages among French and Arabic
     * that no tag of the title gives in that language's own script (or with no script). Only the
     * title varies: the rule looks at nothing else, and the rest of the event stays valid, so the
     * record always reaches the rule layer.
     */
    @Property(tries = 100)
    void reports_exactly_the_missing_title_languages(@ForAll MultilingualText title) {
        Event event = Event.builder("event-workshop").kind(EventKind.WORKSHOP).title(title)
                .period(TimeSpan.ofDay(LocalDate.of(2024, 12, 10))).build();
        ValidationReport report = WITH_THE_RULE.validateText(JSON.toJsonLine(event), "event.ndjson");

        Set<String> expected = new TreeSet<>();
        for (String language : List.of("fr", "ar")) {
            String script = language.equals("fr") ? "Latn" : "Arab";
            boolean present = title.languages().stream().map(tag -> tag.split("-")).anyMatch(
                    subtags -> subtags[0].equals(language)
                            && (subtags.length == 1 || subtags[1].length() != 4 || subtags[1].equals(script)));
            if (!present) {
                expected.add(language);
            }
        }
        // The record reached the rule layer: nothing below it found an error.
        assertThat(report.findings()).noneMatch(f -> f.layer() != Layer.RULE && f.severity() == Severity.ERROR);
        assertThat(report.findings()).filteredOn(f -> f.code().equals(CODE))
                .allSatisfy(f -> assertThat(f.location().pointer()).isEqualTo("/title"));
        assertThat(new TreeSet<>(codesAndLanguages(report))).isEqualTo(expected);
    }

    private static List<String> codesAndLanguages(ValidationReport report) {
        return report.findings().stream().filter(f -> f.code().equals(CODE)).map(f -> f.parameters().get("language"))
                .toList();
    }

    /** The flagship workshop document, with the workshop's title replaced, written into the folder. */
    static Path workshopWithTitle(Path dir, MultilingualText title) throws IOException {
        List<JisrRecord> records = FLAGSHIP.records().stream()
                .map(r -> r.id().equals(WORKSHOP_ID) ? ((Event) r).toBuilder().title(title).build() : r)
                .toList();
        Path file = Files.createTempFile(dir, "workshop-", ".json");
        Files.write(file, JSON.toBytes(new ExchangeDocument(FLAGSHIP.metadata(), records)));
        return file;
    }

    /** The line of the workshop's "title" member: the first after its id. */
    static int lineOfWorkshopTitle(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int id = 0;
        while (!lines.get(id).contains("\"" + WORKSHOP_ID + "\"")) {
            id++;
        }
        int title = id;
        while (!lines.get(title).contains("\"title\"")) {
            title++;
        }
        return title + 1;
    }
}
