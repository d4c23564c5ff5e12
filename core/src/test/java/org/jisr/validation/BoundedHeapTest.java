package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Very many findings do not exhaust memory: this class runs in its own JVM with a 256 MB heap
 * (surefire execution "bounded-heap" in core/pom.xml) on 10,000 records that each have errors.
 */
@Tag("bounded-heap")
class BoundedHeapTest {

    private static final int RECORDS = 10_000;

    private static String record(int i) {
        // Two errors each: an unknown kind and a country that is not an ISO code.
        return "{\"type\": \"LocalAuthority\", \"id\": \"a" + i + "\", \"name\": {\"ar\": \"بلدية " + i
                + "\", \"fr\": \"Commune " + i + "\"}, \"kind\": \"village\", \"country\": \"Tunisia\"}";
    }

    @Test
    void the_heap_is_the_bounded_one() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    @Test
    void ten_thousand_bad_records_in_a_stream_give_exact_counts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.ndjson");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < RECORDS; i++) {
                w.write(record(i));
                w.write('\n');
            }
        }
        assertExactCounts(Validator.builder().build().validate(file));
    }

    @Test
    void ten_thousand_bad_records_in_a_document_give_exact_counts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"jisr\": \"1.0\", \"records\": [\n");
            for (int i = 0; i < RECORDS; i++) {
                w.write(i == 0 ? "" : ",\n");
                w.write(record(i));
            }
            w.write("\n]}\n");
        }
        ValidationReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = Validator.builder().build().validate(in, "bad.json");
        }
        assertExactCounts(report);
    }

    private static void assertExactCounts(ValidationReport report) {
        assertThat(report.records()).isEqualTo(RECORDS);
        assertThat(report.countsByCode()).containsEntry("schema.not-in-codelist", (long) RECORDS)
                .containsEntry("schema.shape", (long) RECORDS);
        assertThat(report.errors()).isEqualTo(2L * RECORDS);
        assertThat(report.findings()).hasSize(2 * ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        assertThat(report.isSampled()).isTrue();
    }
}
