package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.model.MultilingualText;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ReceivedFileCheck} accepts the flagship, refuses every invalid example, and tells the sender why. */
class ReceivedFileCheckTest {

    /** As {@link ReceivedFileCheck#run} builds it: every rule on the class path, the example rule too. */
    private static final Validator VALIDATOR = Validator.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReceivedFileCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void accepts_the_flagship_and_writes_no_report(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");

        assertThat(run("--lang", "fr", ExampleFiles.WORKSHOP.toString(), reports.toString())).isZero();

        assertThat(printed()).isEqualTo(ExampleFiles.WORKSHOP
                + " : accepté (erreurs : 0, avertissements : 0, informations : 0 ; enregistrements : 18).\n");
        assertThat(reports).doesNotExist();
        assertThat(err.size()).isZero();
    }

    @Test
    void refuses_a_partnership_with_one_party_and_writes_an_arabic_report_for_the_sender(@TempDir Path dir)
            throws IOException {
        Path file = ExampleFiles.INVALID.resolve("12-partnership-one-party.json");

        assertThat(run("--lang", "fr", "--sender-lang", "ar", file.toString(), dir.toString())).isEqualTo(1);

        Path report = dir.resolve("12-partnership-one-party.report.json");
        assertThat(printed()).isEqualTo(String.join("\n",
                file + " : refusé (erreurs : 1, avertissements : 0, informations : 0 ; enregistrements : 3).",
                "Erreurs, par code :",
                "  schema.too-few-items × 1 : Il faut au moins 2 éléments ; il y en a 1.",
                "    première à " + file + ":8:18 /records/0/parties",
                "Rapport pour l’expéditeur : " + report,
                ""));
        String json = Files.readString(report);
        assertThat(TwoValidators.networkntReport(json)).isEmpty();
        JsonObject read = JsonParser.parseString(json).getAsJsonObject();
        assertThat(read.get("language").getAsString()).isEqualTo("ar");
        JsonObject finding = read.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.get("code").getAsString()).isEqualTo("schema.too-few-items");
        assertThat(finding.get("message").getAsString()).isEqualTo("يلزم 2 عنصر على الأقل؛ العدد الموجود 1.");
        assertThat(finding.getAsJsonObject("location").get("line").getAsInt()).isEqualTo(8);
        assertThat(Files.list(dir)).as("no temporary file left behind").containsExactly(report);
    }

    static java.util.List<org.junit.jupiter.params.provider.Arguments> documentedDefects() {
        return ExampleSchemaValidationTest.documentedDefects();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void refuses_every_invalid_example_for_its_documented_defect(String name, String pointer, int line,
            String keyword, @TempDir Path dir) throws IOException {
        Path file = ExampleFiles.INVALID.resolve(name);

        ReceivedFileCheck.Decision decision = ReceivedFileCheck.check(VALIDATOR, file, "en", dir);

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.errorsByCode()).hasSize(1).containsValue(1L);
        assertThat(decision.report().findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().pointer()).isEqualTo(pointer);
                    assertThat(f.location().line()).isEqualTo(line);
                });
        assertThat(decision.senderReport()).isEqualTo(dir.resolve(name.replace(".json", ".report.json")));
        JsonObject summary = JsonParser.parseString(Files.readString(decision.senderReport())).getAsJsonObject()
                .getAsJsonObject("summary");
        assertThat(summary.get("valid").getAsBoolean()).isFalse();
        assertThat(summary.getAsJsonObject("byCode").keySet()).containsAll(decision.errorsByCode().keySet());
    }

    @Test
    void refuses_an_event_without_an_arabic_title_through_the_rule_found_on_the_class_path(@TempDir Path dir)
            throws IOException {
        Path file = BilingualEventTitlesRuleTest.workshopWithTitle(dir, MultilingualText.of("fr", "Atelier"));

        assertThat(run("--lang", "ar", file.toString(), dir.resolve("reports").toString())).isEqualTo(1);

        int line = BilingualEventTitlesRuleTest.lineOfWorkshopTitle(file);
        assertThat(printed()).contains(
                "  bilingual.title-language-missing (عدد المرات: 1): لا يتضمن العنوان نصا بلغة «ar»: تُنشر كل تظاهرة بالفرنسية (fr) وبالعربية (ar).",
                "    أولها في " + file + ":" + line + ":",
                "التنبيهات:",
                "rule.main-language-missing");
    }

    @Test
    void accepts_with_warnings_when_a_profile_lowers_the_rule_and_still_tells_the_sender(@TempDir Path dir)
            throws IOException {
        Path file = BilingualEventTitlesRuleTest.workshopWithTitle(dir, MultilingualText.of("fr", "Atelier"));
        Validator lenient = Validator.builder()
                .profile(RuleProfile.builder().severity("bilingual.title-language-missing", Severity.WARNING).build())
                .build();

        ReceivedFileCheck.Decision decision = ReceivedFileCheck.check(lenient, file, "fr", dir.resolve("reports"));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.errorsByCode()).isEmpty();
        // The document's main language is Arabic, so Jisr's own rule warns about the title too.
        assertThat(decision.warnings()).extracting(f -> f.code() + " " + f.location().pointer()).containsExactlyInAnyOrder(
                "bilingual.title-language-missing /records/1/title",
                "rule.main-language-missing /records/1/title");
        assertThat(decision.senderReport()).isRegularFile();
    }

    @Test
    void refuses_a_file_that_does_not_exist_with_a_located_finding(@TempDir Path dir) {
        Path missing = dir.resolve("partner-export.json");

        assertThat(run(missing.toString(), dir.toString())).isEqualTo(1);

        assertThat(printed()).startsWith(missing + ": refused (errors: 1, warnings: 0, infos: 0; records: 0).")
                .contains("syntax.unreadable-input × 1");
        assertThat(dir.resolve("partner-export.report.json")).isRegularFile();
    }

    @Test
    void a_usage_error_or_an_unwritable_report_folder_is_one_line_and_exit_code_2(@TempDir Path dir)
            throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run(ExampleFiles.WORKSHOP.toString(), "--report")).isEqualTo(2);
        assertThat(run("--lang", "de", ExampleFiles.WORKSHOP.toString())).isEqualTo(2);
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThat(run("--lang", "fr", ExampleFiles.INVALID.resolve("12-partnership-one-party.json").toString(),
                notAFolder.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "usage: ReceivedFileCheck [--lang fr|ar|en] [--sender-lang fr|ar|en] FILE [REPORT_FOLDER]",
                "usage: ReceivedFileCheck [--lang fr|ar|en] [--sender-lang fr|ar|en] FILE [REPORT_FOLDER]",
                "language must be fr, ar or en / la langue doit être fr, ar ou en / اللغة: fr أو ar أو en",
                "Impossible d’écrire le rapport pour l’expéditeur dans " + notAFolder
                        + " : FileAlreadyExistsException: " + notAFolder);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }
}
