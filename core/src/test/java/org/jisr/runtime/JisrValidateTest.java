package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jisr.core.ProgressListener;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Jisr#validate}: exchange files from their bytes, other formats through their adapter. */
class JisrValidateTest {

    private static final Jisr JISR = Jisr.builder().build();

    @TempDir
    Path dir;

    private Path example(String name, String as) throws IOException {
        Path file = dir.resolve(as);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/examples/" + name))) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void an_exchange_file_is_validated_in_the_form_its_adapter_reads_whatever_its_name() throws IOException {
        Path stream = example("workshop-2024-12-10.ndjson", "workshop.txt");
        Path document = example("workshop-2024-12-10.json", "workshop.data");

        ValidationReport detected = JISR.validate(stream, null, ProgressListener.NONE);
        ValidationReport named = JISR.validate(document, "json", ProgressListener.NONE);

        assertThat(detected.records()).isEqualTo(18);
        assertThat(detected.findings()).isEmpty();
        assertThat(named.records()).isEqualTo(18);
        assertThat(named.isValid()).isTrue();
        // Read as a stream, a pretty-printed document breaks on its first line: the form is the adapter's.
        ValidationReport wrongForm = JISR.validate(document, "ndjson", ProgressListener.NONE);
        assertThat(wrongForm.isValid()).isFalse();
        assertThat(wrongForm.findings()).first().extracting(Finding::code).asString().startsWith("syntax.");
    }

    @Test
    void an_input_no_adapter_recognises_gets_syntax_findings_not_an_exception() throws IOException {
        Path garbage = Files.writeString(dir.resolve("export.json"), "not json at all\n");

        ValidationReport report = JISR.validate(garbage, null, ProgressListener.NONE);

        assertThat(report.isValid()).isFalse();
        assertThat(report.findings()).extracting(Finding::code).allMatch(c -> c.startsWith("syntax."));
        assertThat(report.findings().get(0).location().line()).isEqualTo(1);
    }

    @Test
    void another_format_is_read_by_its_adapter_and_its_records_are_validated_where_the_adapter_locates_them()
            throws IOException {
        Path names = Files.writeString(dir.resolve("partners.names"), """
                # jisr names
                org-a;Association A
                org-a;Association A again
                org b;Association B
                """);

        ValidationReport report = JISR.validate(names, null, ProgressListener.NONE);

        assertThat(report.files()).containsExactly(names.toString());
        assertThat(report.records()).isEqualTo(3);
        Finding duplicate = only(report, "rule.duplicate-id");
        assertThat(duplicate.location()).isEqualTo(Location.of(names.toString(), "", 3, 1));
        Finding badId = only(report, "schema.shape");
        assertThat(badId.location().line()).isEqualTo(4);
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void what_the_adapter_reports_is_in_the_report_in_reading_order_and_the_profile_applies_to_it() throws IOException {
        // A line without a semicolon makes the names adapter throw: the guard reports adapter.failed.
        Path names = Files.writeString(dir.resolve("broken.names"), """
                # jisr names
                org-a;Association A
                no semicolon here
                """);

        ValidationReport report = JISR.validate(names, "names", ProgressListener.NONE);

        assertThat(report.records()).isEqualTo(1);
        assertThat(report.findings()).extracting(Finding::code).contains("adapter.failed");
        assertThat(only(report, "adapter.failed").severity()).isEqualTo(Severity.ERROR);

        Validator lenient = Validator.builder()
                .profile(RuleProfile.builder().severity("adapter.failed", Severity.WARNING).build()).build();
        ValidationReport relaxed = JISR.rebuild().validator(lenient).build().validate(names, "names", ProgressListener.NONE);
        assertThat(only(relaxed, "adapter.failed").severity()).isEqualTo(Severity.WARNING);
        assertThat(relaxed.isValid()).isTrue();
    }

    @Test
    void an_unknown_or_write_only_format_is_refused() throws IOException {
        Path file = example("twinnings-fr-tn.json", "twinnings.json");
        assertThatThrownBy(() -> JISR.validate(file, "xlsx-martian", ProgressListener.NONE))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("names");
    }

    @Test
    void a_valid_file_of_another_format_has_no_finding() throws IOException {
        Path names = Files.writeString(dir.resolve("ok.names"), "# jisr names\norg-a;Association A\n");
        ValidationReport report = JISR.validate(names, null, ProgressListener.NONE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(1);
    }

    private static Finding only(ValidationReport report, String code) {
        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code + " in " + report.findings()).hasSize(1);
        return found.get(0);
    }
}
