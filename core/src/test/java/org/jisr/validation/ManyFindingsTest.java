package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a file has very many findings, the report counts them all but keeps at most
 * {@link ValidationReport#samplesPerCode()} of each code, so that memory stays bounded.
 */
class ManyFindingsTest {

    private static final int RECORDS = 10_000;

    @Test
    void a_stream_with_an_error_on_every_record_is_counted_exactly_and_sampled_per_code() {
        AtomicLong heard = new AtomicLong();

        ValidationReport report = ReportFixtures.VALIDATOR.validate(
                new ByteArrayInputStream(ReportFixtures.streamWithABadKindOnEveryLine(RECORDS)), "many.ndjson",
                ExchangeForm.STREAM, f -> heard.incrementAndGet());

        assertThat(report.records()).isEqualTo(RECORDS);
        assertThat(report.errors()).isEqualTo(RECORDS);
        assertThat(report.warnings()).isZero();
        assertThat(report.infos()).isZero();
        assertThat(report.countsByCode()).containsExactly(Map.entry("schema.not-in-codelist", (long) RECORDS));
        assertThat(heard).as("the listener hears every finding, kept or not").hasValue(RECORDS);
        assertThat(report.samplesPerCode()).isEqualTo(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        assertThat(report.isSampled()).isTrue();
        assertThat(report.findings()).hasSize(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        assertThat(report.findings()).extracting(f -> f.location().line())
                .as("the first findings are kept, in input order")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, ValidationReport.DEFAULT_SAMPLES_PER_CODE)
                        .boxed().toList());
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.location().pointer()).isEqualTo("/kind");
            assertThat(f.parameters()).containsEntry("value", "hamlet");
        });
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void the_cap_holds_for_each_code_of_a_file_read_from_disk(@TempDir Path dir) throws Exception {
        // Every line has two errors of different codes: a bad kind and a property the format does not know.
        int records = 2_000;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records; i++) {
            lines.append("{\"type\":\"LocalAuthority\",\"id\":\"a").append(i)
                    .append("\",\"name\":{\"fr\":\"A\"},\"kind\":\"hamlet\",\"country\":\"FR\",\"mayor\":\"M\"}\n");
        }
        Path file = dir.resolve("many.ndjson");
        Files.writeString(file, lines);
        int cap = ReportFixtures.SAMPLES;

        ValidationReport report = ReportFixtures.SAMPLING_VALIDATOR.validate(file);

        assertThat(report.records()).isEqualTo(records);
        assertThat(report.errors()).isEqualTo(2L * records);
        assertThat(report.countsByCode()).containsExactly(
                Map.entry("schema.not-in-codelist", (long) records),
                Map.entry("schema.unknown-property", (long) records));
        Map<String, Long> kept = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
        assertThat(kept).containsOnlyKeys(report.countsByCode().keySet())
                .allSatisfy((code, n) -> assertThat(n).isEqualTo(cap));
        assertThat(report.findings()).hasSize(2 * cap);

        String text = ReportFormat.TEXT.render(report, FindingMessages.of("en"));
        assertThat(text.lines().filter(l -> l.startsWith(file.toString() + ":"))).hasSize(2 * cap);
        assertThat(text).contains("  schema.not-in-codelist: 2000, of which 1997 not listed\n")
                .contains("  schema.unknown-property: 2000, of which 1997 not listed\n")
                .contains("; 3994 more were left out.\n");
    }

    @Test
    void merging_reports_keeps_the_cap_and_exact_counts() {
        Function<Integer, ValidationReport> validate = n -> ReportFixtures.VALIDATOR.validate(
                new ByteArrayInputStream(ReportFixtures.streamWithABadKindOnEveryLine(n)), "part-" + n + ".ndjson");

        ValidationReport merged = ValidationReport.builder(10)
                .addAll(validate.apply(8))
                .addAll(validate.apply(30))
                .build();

        assertThat(merged.files()).containsExactly("part-8.ndjson", "part-30.ndjson");
        assertThat(merged.records()).isEqualTo(38);
        assertThat(merged.errors()).isEqualTo(38);
        assertThat(merged.countsByCode()).containsExactly(Map.entry("schema.not-in-codelist", 38L));
        assertThat(merged.findings()).hasSize(10);
        assertThat(merged.findings()).extracting(f -> f.location().file())
                .containsExactly("part-8.ndjson", "part-8.ndjson", "part-8.ndjson", "part-8.ndjson",
                        "part-8.ndjson", "part-8.ndjson", "part-8.ndjson", "part-8.ndjson",
                        "part-30.ndjson", "part-30.ndjson");
    }
}
