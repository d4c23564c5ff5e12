package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jisr.core.JisrIOException;
import org.jisr.core.JisrVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The text and JSON renderings of real reports, and what every format shares (SARIF and HTML: their own tests). */
class ReportFormatTest {

    private static final FindingMessages EN = FindingMessages.of("en");
    private static final FindingMessages FR = FindingMessages.of("fr");
    private static final FindingMessages AR = FindingMessages.of("ar");

    // ---- text

    @Test
    void text_has_one_line_per_finding_then_the_summary() {
        ValidationReport report = ReportFixtures.badDocumentReport();
        assertThat(report.findings()).hasSize(4);

        List<String> lines = ReportFormat.TEXT.render(report, EN).lines().toList();

        assertThat(lines).hasSize(4 + 1 + 3);
        for (int i = 0; i < 4; i++) {
            Finding f = report.findings().get(i);
            assertThat(lines.get(i)).isEqualTo("bad.json:" + f.location().line() + ":" + f.location().column()
                    + ": error " + f.code() + " " + EN.render(f));
        }
        assertThat(lines).contains(
                "bad.json:7:32: error schema.unknown-property “mayor” is not a property of this object in the"
                        + " exchange format; data the format does not know belongs in “extensions”.",
                "bad.json:8:52: error syntax.duplicate-key The name “id” appears twice in the same object;"
                        + " exchange files must not repeat names (I-JSON, RFC 7493).");
        assertThat(lines.subList(4, 8)).containsExactly(
                "",
                "Records: 3; errors: 4; warnings: 0; infos: 0.",
                "Not valid: there are errors.",
                "Made by Jisr " + JisrVersion.library() + " (schema 1.0, codelists 1.0).");
    }

    @Test
    void text_is_in_the_language_asked_for() {
        ValidationReport report = ReportFixtures.badDocumentReport();

        String fr = ReportFormat.TEXT.render(report, FR);
        String ar = ReportFormat.TEXT.render(report, AR);

        assertThat(fr).contains("bad.json:7:32: erreur schema.unknown-property « mayor » n’est pas une propriété")
                .contains("\nEnregistrements : 3 ; erreurs : 4 ; avertissements : 0 ; informations : 0.\n")
                .contains("\nNon valide : il y a des erreurs.\n")
                .endsWith("Produit par Jisr " + JisrVersion.library() + " (schéma 1.0, listes de codes 1.0).\n");
        assertThat(ar).contains("bad.json:7:32: خطأ schema.unknown-property «mayor» ليست من خصائص هذا الكائن")
                .contains("\nالتسجيلات: 3؛ الأخطاء: 4؛ التنبيهات: 0؛ المعلومات: 0.\n")
                .contains("\nغير صالح: توجد أخطاء.\n");
    }

    @Test
    void text_of_a_valid_file_is_only_the_summary() {
        ValidationReport report = ReportFixtures.VALIDATOR.validateText("""
                {"jisr": "1.0", "records": [
                  {"type": "LocalAuthority", "id": "carthage", "name": {"ar": "قرطاج", "fr": "Carthage"},
                   "kind": "commune", "country": "TN"}]}
                """, "good.json");
        assertThat(report.findings()).isEmpty();

        assertThat(ReportFormat.TEXT.render(report, EN)).isEqualTo("""
                Records: 1; errors: 0; warnings: 0; infos: 0.
                Valid: no errors.
                Made by Jisr %s (schema 1.0, codelists 1.0).
                """.formatted(JisrVersion.library()));
    }

    @Test
    void text_of_a_sampled_report_gives_every_code_count_and_what_was_left_out() {
        byte[] stream = ReportFixtures.streamWithABadKindOnEveryLine(7);
        ValidationReport report = ReportFixtures.SAMPLING_VALIDATOR.validate(new ByteArrayInputStream(stream), "many.ndjson");
        assertThat(report.isSampled()).isTrue();

        List<String> lines = ReportFormat.TEXT.render(report, EN).lines().toList();

        assertThat(lines.subList(0, 3)).allMatch(l -> l.startsWith("many.ndjson:") && l.contains(": error schema.not-in-codelist "));
        assertThat(lines.subList(3, lines.size())).containsExactly(
                "",
                "Records: 7; errors: 7; warnings: 0; infos: 0.",
                "Not valid: there are errors.",
                "Only the first 3 findings of each code are listed; 4 more were left out.",
                "Findings by code:",
                "  schema.not-in-codelist: 7, of which 4 not listed",
                "Made by Jisr " + JisrVersion.library() + " (schema 1.0, codelists 1.0).");
        assertThat(ReportFormat.TEXT.render(report, FR))
                .contains("\nSeuls les 3 premiers constats de chaque code sont listés ; 4 autres ont été omis.\n"
                        + "Constats par code :\n  schema.not-in-codelist : 7, dont 4 non listés\n");
    }

    @Test
    void a_sampled_text_report_also_counts_the_codes_that_were_not_cut() {
        FindingType often = FindingCatalog.find("schema.too-long").orElseThrow();
        FindingType once = FindingCatalog.find("syntax.byte-order-mark").orElseThrow();
        ValidationReport.Builder b = ValidationReport.builder(2).file("x.json")
                .add(finding(once, Severity.WARNING, Map.of(), Location.of("x.json", "", 1, 1)));
        for (int i = 0; i < 5; i++) {
            b.add(finding(often, Severity.ERROR, Map.of("maximum", "10"), Location.of("x.json", "/a/" + i, 2 + i, 3)));
        }

        String text = ReportFormat.TEXT.render(b.build(), EN);

        assertThat(text).contains("Records: 0; errors: 5; warnings: 1; infos: 0.\n")
                .contains("; 3 more were left out.\nFindings by code:\n"
                        + "  schema.too-long: 5, of which 3 not listed\n"
                        + "  syntax.byte-order-mark: 1\n");
        assertThat(text.lines().filter(l -> l.startsWith("x.json:"))).hasSize(3);
    }

    @Test
    void text_keeps_each_finding_on_one_line_whatever_its_parameters_hold() {
        FindingType unreadable = FindingCatalog.find("syntax.unreadable-input").orElseThrow();
        ValidationReport report = ValidationReport.builder(10).file("a\nb.json")
                .add(finding(unreadable, Severity.ERROR, Map.of("reason", "IOException: first\r\nsecond\u2028third"),
                        Location.of("a\nb.json", "", 0, 0)))
                .build();

        List<String> lines = ReportFormat.TEXT.render(report, EN).lines().toList();

        assertThat(lines.get(0)).isEqualTo(
                "a b.json:0:0: error syntax.unreadable-input The file could not be read (IOException: first  second third).");
        assertThat(lines.get(1)).isEmpty();
    }

    @Test
    void text_names_the_sheet_and_cell_of_a_spreadsheet_finding() {
        ValidationReport report = spreadsheetReport();

        assertThat(ReportFormat.TEXT.render(report, EN).lines().findFirst().orElseThrow())
                .isEqualTo("partners.xlsx:7:3: Communes!C7: warning schema.too-long The text must be at most 80 characters long.");
    }

    @Test
    void text_is_the_same_for_the_same_report() {
        String first = ReportFormat.TEXT.render(ReportFixtures.badDocumentReport(), AR);
        String second = ReportFormat.TEXT.render(ReportFixtures.badDocumentReport(), AR);

        assertThat(second).isEqualTo(first);
    }

    // ---- JSON

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void json_holds_versions_language_summary_and_every_finding(String language) {
        ValidationReport report = ReportFixtures.badDocumentReport();
        FindingMessages messages = FindingMessages.of(language);

        JsonNode json = ReportFixtures.json(report, language);

        assertThat(json.path("jisr").path("version").asString()).isEqualTo(JisrVersion.library());
        assertThat(json.path("jisr").path("schema").asString()).isEqualTo("1.0");
        assertThat(json.path("jisr").path("codelists").asString()).isEqualTo("1.0");
        assertThat(json.path("language").asString()).isEqualTo(language);
        assertThat(json.path("files").values()).extracting(JsonNode::asString).containsExactly("bad.json");
        JsonNode summary = json.path("summary");
        assertThat(summary.path("valid").asBoolean(true)).isFalse();
        assertThat(summary.path("errors").asLong(-1)).isEqualTo(4);
        assertThat(summary.path("warnings").asLong(-1)).isZero();
        assertThat(summary.path("infos").asLong(-1)).isZero();
        assertThat(summary.path("records").asLong(-1)).isEqualTo(3);
        assertThat(summary.path("sampled").asBoolean(true)).isFalse();
        assertThat(summary.path("samplesPerCode").asInt()).isEqualTo(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        assertThat(summary.path("byCode").propertyNames()).containsExactly(
                "schema.not-in-codelist", "schema.shape", "schema.unknown-property", "syntax.duplicate-key");

        JsonNode findings = json.path("findings");
        assertThat(findings.size()).isEqualTo(report.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode j = findings.get(i);
            assertThat(j.path("code").asString()).isEqualTo(f.code());
            assertThat(j.path("layer").asString()).isEqualTo(f.layer().code());
            assertThat(j.path("severity").asString()).isEqualTo(f.severity().code());
            assertThat(j.path("message").asString()).isEqualTo(messages.render(f));
            assertThat(ReportFixtures.parameters(j)).isEqualTo(f.parameters());
            JsonNode at = j.path("location");
            assertThat(at.path("file").asString()).isEqualTo("bad.json");
            assertThat(at.path("pointer").asString()).isEqualTo(f.location().pointer());
            assertThat(at.path("line").asInt()).isEqualTo(f.location().line());
            assertThat(at.path("column").asInt()).isEqualTo(f.location().column());
            assertThat(at.has("sheet") || at.has("cell")).isFalse();
        }
        JsonNode duplicate = findings.get(3);
        assertThat(duplicate.path("code").asString()).isEqualTo("syntax.duplicate-key");
        assertThat(duplicate.path("location").path("pointer").asString()).isEqualTo("/records/2/id");
        assertThat(duplicate.path("location").path("line").asInt()).isEqualTo(8);
    }

    @Test
    void json_writes_parameters_in_the_order_the_type_declares_them() {
        FindingType tooFew = FindingCatalog.find("schema.too-few-items").orElseThrow();
        assertThat(tooFew.parameters()).containsExactly("minimum", "actual");
        Map<String, String> reversed = new java.util.LinkedHashMap<>();
        reversed.put("zeta", "extra");
        reversed.put("actual", "1");
        reversed.put("alpha", "extra");
        reversed.put("minimum", "2");
        ValidationReport report = ValidationReport.builder(5).file("p.json")
                .add(finding(tooFew, Severity.ERROR, reversed, Location.of("p.json", "/parties", 3, 14)))
                .build();

        String json = ReportFormat.JSON.render(report, EN);

        assertThat(ReportFixtures.parameters(ReportFixtures.MAPPER.readTree(json).path("findings").get(0)).keySet())
                .containsExactly("minimum", "actual", "alpha", "zeta");
    }

    @Test
    void json_gives_the_sheet_and_cell_of_a_spreadsheet_finding() {
        JsonNode location = ReportFixtures.json(spreadsheetReport(), "fr").path("findings").get(0).path("location");

        assertThat(location.path("sheet").asString()).isEqualTo("Communes");
        assertThat(location.path("cell").asString()).isEqualTo("C7");
        assertThat(location.path("line").asInt()).isEqualTo(7);
    }

    @Test
    void json_keeps_arabic_readable_and_ends_with_a_newline() {
        String json = ReportFormat.JSON.render(ReportFixtures.badDocumentReport(), AR);

        assertThat(json).contains("\"language\": \"ar\"").contains("ليست من خصائص هذا الكائن").endsWith("}\n");
    }

    // ---- writing

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void every_way_of_writing_gives_the_same_text(ReportFormat format) {
        ValidationReport report = ReportFixtures.badDocumentReport();
        String rendered = format.render(report, AR);

        StringBuilder appendable = new StringBuilder();
        format.write(report, AR, appendable);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(report, AR, bytes);

        assertThat(appendable).hasToString(rendered);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(rendered);
        assertThat(format.render(report, AR)).isEqualTo(rendered);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void a_failing_writer_gives_a_jisr_io_exception(ReportFormat format) {
        IOException disk = new IOException("disk full");
        Writer failing = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw disk;
            }

            @Override
            public void flush() throws IOException {
                throw disk;
            }

            @Override
            public void close() {
            }
        };

        Throwable thrown = catchThrowable(() -> format.write(ReportFixtures.badDocumentReport(), EN, failing));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(disk);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void a_failing_output_stream_gives_a_jisr_io_exception(ReportFormat format) {
        IOException disk = new IOException("disk full");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw disk;
            }
        };

        Throwable thrown = catchThrowable(() -> format.write(ReportFixtures.badDocumentReport(), EN, failing));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(disk);
    }

    @Test
    void writing_does_not_close_the_output() {
        List<String> events = new ArrayList<>();
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                events.add("close");
            }

            @Override
            public void flush() {
                events.add("flush");
            }
        };

        for (ReportFormat format : ReportFormat.values()) {
            format.write(ReportFixtures.badDocumentReport(), EN, out);
        }

        assertThat(events).contains("flush").doesNotContain("close");
    }

    @Test
    void formats_are_found_by_their_code() {
        assertThat(ReportFormat.fromCode("json")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.fromCode("TEXT")).isEqualTo(ReportFormat.TEXT);
        assertThat(ReportFormat.fromCode("sarif")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.fromCode("Html")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.TEXT.code()).isEqualTo("text");
        assertThat(ReportFormat.SARIF.code()).isEqualTo("sarif");
        assertThat(ReportFormat.HTML.code()).isEqualTo("html");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFormat.fromCode("pdf"))
                .withMessage("unknown report format pdf; known formats: text, json, sarif, html");
    }

    // ---- helpers

    private static Finding finding(FindingType type, Severity severity, Map<String, String> parameters, Location at) {
        return new Finding(type, severity, parameters, at);
    }

    private static ValidationReport spreadsheetReport() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        return ValidationReport.builder(5).file("partners.xlsx")
                .add(finding(tooLong, Severity.WARNING, Map.of("maximum", "80"),
                        new Location("partners.xlsx", "/records/5/name/fr", 7, 3, "Communes", "C7")))
                .records(6)
                .build();
    }
}
