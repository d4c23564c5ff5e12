package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: syntax and schema layers, locations, streams, limits, profiles, sampling. */
class ValidatorTest {

    private static final Validator VALIDATOR = Validator.builder().build();

    private static final String AUTHORITY = """
            {"type": "LocalAuthority", "id": "tn-commune-sousse", "name": {"ar": "سوسة", "fr": "Sousse"}, \
            "kind": "commune", "country": "TN"}""";

    private static ValidationReport validate(String text, String name) {
        return VALIDATOR.validateText(text, name);
    }

    private static Finding only(ValidationReport report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    @Test
    void a_valid_document_has_no_finding_and_counts_its_records() {
        ValidationReport report = validate("{\"jisr\": \"1.0\", \"records\": [" + AUTHORITY + ", " + AUTHORITY.replace(
                "tn-commune-sousse", "tn-commune-monastir") + "]}", "ok.json");
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.isValid()).isTrue();
        assertThat(report.files()).containsExactly("ok.json");
    }

    @Test
    void a_schema_finding_is_located_by_pointer_line_and_column() {
        String text = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "LocalAuthority", "id": "a", "name": {"fr": "A"}, "kind": "village", "country": "TN"}
                  ]
                }
                """;
        Finding f = only(validate(text, "doc.json"));
        assertThat(f.code()).isEqualTo("schema.not-in-codelist");
        assertThat(f.layer()).isEqualTo(Layer.SCHEMA);
        int column = text.lines().toList().get(3).indexOf("\"village\"") + 1;
        assertThat(f.location()).isEqualTo(Location.of("doc.json", "/records/0/kind", 4, column));
        assertThat(f.parameters()).containsEntry("value", "village");
        assertThat(f.parameters().get("allowed")).startsWith("commune, departement");
    }

    @Test
    void a_structural_error_in_one_record_does_not_hide_the_others() {
        String text = "{\"jisr\": \"1.0\", \"records\": [{\"type\": \"Event\"}, " + AUTHORITY.replace("\"TN\"", "\"Tunisia\"")
                + ", " + AUTHORITY + "]}";
        ValidationReport report = validate(text, "doc.json");
        assertThat(report.findings()).extracting(f -> f.location().pointer())
                .contains("/records/0", "/records/1/country");
        assertThat(report.records()).isEqualTo(3);
    }

    @Test
    void a_duplicate_key_is_reported_where_it_is_and_reading_goes_on() {
        String text = "{\"jisr\": \"1.0\", \"records\": [\n" + AUTHORITY.replace("\"kind\"", "\"id\": \"b\", \"kind\"")
                + ",\n{\"type\": \"Event\"}]}";
        ValidationReport report = validate(text, "dup.json");
        assertThat(report.findings()).extracting(Finding::code).contains("syntax.duplicate-key", "schema.required");
        Finding dup = report.findings().stream().filter(f -> f.code().equals("syntax.duplicate-key")).findFirst()
                .orElseThrow();
        assertThat(dup.location().pointer()).isEqualTo("/records/0/id");
        assertThat(dup.location().line()).isEqualTo(2);
        assertThat(dup.parameters()).containsEntry("name", "id");
    }

    @Test
    void malformed_json_gives_one_located_syntax_error() {
        Finding f = only(validate("{\"jisr\": \"1.0\",\n  \"records\": [,]}", "bad.json"));
        assertThat(f.code()).isEqualTo("syntax.unexpected-character");
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().column()).isEqualTo(15);
    }

    @Test
    void a_byte_order_mark_is_a_warning_and_the_document_is_still_read() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"jisr\": \"1.0\", \"records\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(all), "bom.json");
        assertThat(only(report).code()).isEqualTo("syntax.byte-order-mark");
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void trailing_content_after_the_document_is_an_error() {
        Finding f = only(validate("{\"jisr\": \"1.0\", \"records\": []}\n{}", "trail.json"));
        assertThat(f.code()).isEqualTo("syntax.trailing-content");
        assertThat(f.location().line()).isEqualTo(2);
    }

    @Test
    void an_empty_file_is_an_error() {
        assertThat(only(validate("", "empty.json")).code()).isEqualTo("syntax.empty-input");
        assertThat(only(validate("  \n ", "blank.json")).code()).isEqualTo("syntax.empty-input");
    }

    @Test
    void a_missing_file_is_a_finding_not_an_exception(@TempDir Path dir) {
        Finding f = only(VALIDATOR.validate(dir.resolve("missing.json")));
        assertThat(f.code()).isEqualTo("syntax.unreadable-input");
        assertThat(f.parameters().get("reason")).contains("NoSuchFileException");
    }

    @Test
    void a_stream_is_validated_line_by_line_and_one_bad_line_does_not_stop_the_rest() {
        String text = """
                {"type": "Header", "jisr": "1.0", "language": "ar"}
                {"type": "Event", "id": "e"}
                not json
                """ + AUTHORITY + "\n";
        ValidationReport report = validate(text, "s.ndjson");
        assertThat(report.findings()).extracting(f -> f.code() + "@" + f.location().line())
                .containsExactly("schema.required@2", "schema.required@2", "schema.required@2",
                        "syntax.unrecognized-token@3");
        assertThat(report.records()).isEqualTo(2);
    }

    @Test
    void a_header_after_the_first_line_is_an_error() {
        String text = AUTHORITY + "\n{\"type\": \"Header\", \"jisr\": \"1.0\"}\n";
        Finding f = only(validate(text, "s.ndjson"));
        assertThat(f.code()).isEqualTo("schema.header-not-first");
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().pointer()).isEqualTo("/type");
    }

    @Test
    void an_empty_line_inside_a_stream_is_a_warning_but_a_final_newline_is_fine() {
        ValidationReport report = validate(AUTHORITY + "\n\n" + AUTHORITY.replace("sousse", "ariana") + "\n", "s.ndjson");
        Finding f = only(report);
        assertThat(f.code()).isEqualTo("syntax.empty-line");
        assertThat(f.location().line()).isEqualTo(2);
    }

    @Test
    void invalid_utf8_in_a_stream_is_reported_on_its_line() {
        byte[] good = (AUTHORITY + "\n").getBytes(StandardCharsets.UTF_8);
        // a second authority with its own id (the same id twice would be a rule.duplicate-id)
        byte[] good2 = (AUTHORITY.replace("tn-commune-sousse", "tn-commune-monastir") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', (byte) 0xC3, '"', '}', '\n'};
        byte[] all = new byte[good.length + good2.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good2, 0, all, good.length + bad.length, good2.length);
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(all), "u.ndjson");
        assertThat(only(report).code()).isEqualTo("syntax.not-utf8");
        assertThat(only(report).location().line()).isEqualTo(2);
        assertThat(report.records()).isEqualTo(2);
    }

    @Test
    void nesting_deeper_than_the_limit_is_a_limit_finding() {
        String deep = "[".repeat(100_000);
        Finding f = only(validate(deep, "deep.json"));
        assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
        assertThat(f.parameters()).containsEntry("limit", "maxNestingDepth");
    }

    @Test
    void a_string_longer_than_the_limit_is_a_limit_finding() {
        Validator small = Validator.builder()
                .limits(new ReadLimits(1_000_000, 64, 100, 100, 100, 1_000, 1_000)).build();
        Finding f = only(small.validateText("{\"jisr\": \"" + "x".repeat(500) + "\", \"records\": []}", "long.json"));
        assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
        assertThat(f.parameters()).containsEntry("limit", "maxStringLength");
    }

    @Test
    void the_record_limit_stops_reading_with_a_finding() {
        Validator small = Validator.builder()
                .limits(new ReadLimits(1_000_000, 64, 1_000, 100, 100, 10_000, 2)).build();
        ValidationReport report = small.validateText(
                "{\"jisr\": \"1.0\", \"records\": [" + String.join(",", List.of(AUTHORITY,
                        AUTHORITY.replace("sousse", "monastir"), AUTHORITY.replace("sousse", "mahdia"))) + "]}",
                "many.json");
        assertThat(report.findings()).extracting(Finding::code).containsExactly("syntax.limit-exceeded");
        assertThat(report.records()).isEqualTo(2);
    }

    @Test
    void the_byte_limit_stops_reading_with_a_finding() {
        Validator small = Validator.builder()
                .limits(new ReadLimits(50, 64, 1_000, 100, 100, 10_000, 1_000)).build();
        ValidationReport report = small.validateText("{\"jisr\": \"1.0\", \"records\": [" + AUTHORITY + "]}", "big.json");
        assertThat(report.findings()).extracting(Finding::code).contains("syntax.limit-exceeded");
    }

    @Test
    void a_profile_changes_severities_and_switches_codes_off_but_never_syntax() {
        String text = "{\"jisr\": \"1.0\", \"records\": [{\"type\": \"Event\", \"id\": \"e\", \"id\": \"f\"}]}";
        Validator lenient = Validator.builder().profile(RuleProfile.builder()
                .severity("schema.required", Severity.WARNING)
                .disableCode("syntax.duplicate-key").build()).build();
        ValidationReport report = lenient.validateText(text, "p.json");
        assertThat(report.findings()).extracting(f -> f.code() + ":" + f.severity().code())
                .contains("syntax.duplicate-key:error", "schema.required:warning")
                .doesNotContain("schema.required:error");
        Validator silent = Validator.builder().profile(RuleProfile.builder().disableCode("schema.required").build()).build();
        assertThat(silent.validateText(text, "p.json").findings()).extracting(Finding::code)
                .doesNotContain("schema.required");
    }

    @Test
    void the_listener_sees_every_finding_in_input_order() {
        List<Finding> seen = new ArrayList<>();
        String text = "{\"type\": \"Event\"}\n{\"type\": \"Project\"}\n{\"type\": \"Partnership\"}\n";
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "l.ndjson", ExchangeForm.STREAM, seen::add);
        assertThat(seen).isEqualTo(report.findings());
        assertThat(seen).extracting(f -> f.location().line()).isSorted();
    }

    @Test
    void a_report_keeps_samples_per_code_but_exact_counts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            text.append("{\"type\": \"LocalAuthority\", \"id\": \"a").append(i)
                    .append("\", \"name\": {\"fr\": \"A\"}, \"kind\": \"village\", \"country\": \"TN\"}\n");
        }
        ValidationReport report = Validator.builder().samplesPerCode(10).build().validateText(text.toString(), "x.ndjson");
        assertThat(report.errors()).isEqualTo(250);
        assertThat(report.countsByCode()).containsEntry("schema.not-in-codelist", 250L);
        assertThat(report.findings()).hasSize(10);
        assertThat(report.isSampled()).isTrue();
        assertThat(report.records()).isEqualTo(250);
    }

    @Test
    void reports_say_which_versions_made_them(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.json");
        Files.writeString(file, "{\"jisr\": \"1.0\", \"records\": []}");
        ValidationReport report = VALIDATOR.validate(file);
        assertThat(report.schemaVersion()).isEqualTo("1.0");
        assertThat(report.codelistsVersion()).isEqualTo("1.0");
        assertThat(report.jisrVersion()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void a_validator_is_safe_to_share_between_threads() throws Exception {
        String text = "{\"jisr\": \"1.0\", \"records\": [{\"type\": \"Event\"}, " + AUTHORITY + "]}";
        List<String> expected = validate(text, "t.json").findings().stream().map(Finding::toString).toList();
        List<Thread> threads = new ArrayList<>();
        List<List<String>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    results.add(validate(text, "t.json").findings().stream().map(Finding::toString).toList());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(100).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void a_number_no_decimal_can_hold_is_a_finding_not_an_exception() {
        String huge = "-1E+99999999912";
        Finding inDocument = only(validate("{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x.y\": {\"n\": "
                + huge + "}}}", "huge.json"));
        assertThat(inDocument.code()).isEqualTo("syntax.invalid-number");
        assertThat(inDocument.location().pointer()).isEqualTo("/extensions/x.y/n");
        ValidationReport stream = validate("{\"type\": \"Header\", \"jisr\": \"1.0\", \"extensions\": {\"x.y\": {\"n\": "
                + huge + "}}}\n", "huge.ndjson");
        assertThat(stream.findings()).extracting(Finding::code).contains("syntax.invalid-number");
    }

    @Test
    void the_codec_refuses_such_a_number_with_its_location() {
        org.jisr.json.JisrJson json = org.jisr.json.JisrJson.create();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readDocument(
                "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x.y\": {\"n\": -1E+99999999912}}}"))
                .isInstanceOf(org.jisr.json.InvalidJsonException.class)
                .hasMessageContaining("number out of range");
    }
}
