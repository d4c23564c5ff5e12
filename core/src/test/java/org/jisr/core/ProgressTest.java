package org.jisr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProgressListener}: when validation and conversion call it, and with what. */
class ProgressTest {

    private static final int RECORDS = 2_500;

    @TempDir
    static Path dir;
    private static Path stream;

    @BeforeAll
    static void a_stream_of_many_records() throws IOException {
        List<JisrRecord> records = IntStream.range(0, RECORDS)
                .mapToObj(i -> (JisrRecord) Organization.builder("org-" + i)
                        .name(MultilingualText.of("fr", "Association " + i, "ar", "جمعية " + i))
                        .kind(OrganizationKind.ASSOCIATION).build())
                .toList();
        stream = dir.resolve("many.ndjson");
        Files.writeString(stream, JisrJson.create().toNdjson(ExchangeDocument.of(records)));
    }

    @Test
    void validation_calls_every_thousand_records_then_once_at_the_end_with_the_whole_size() throws IOException {
        List<Progress> calls = new ArrayList<>();

        ValidationReport report = Validator.builder().build().validate(stream, ExchangeForm.STREAM, calls::add);

        assertThat(report.records()).isEqualTo(RECORDS);
        // The file is under 1 MiB: only record counts trigger calls.
        assertThat(Files.size(stream)).isLessThan(ProgressListener.BYTE_INTERVAL);
        assertThat(calls).extracting(Progress::records).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(calls).extracting(Progress::done).containsExactly(false, false, true);
        Progress last = calls.get(calls.size() - 1);
        assertThat(last.input()).isEqualTo(stream.toString());
        assertThat(last.totalBytes()).isEqualTo(Files.size(stream));
        assertThat(last.bytes()).isEqualTo(Files.size(stream));
        assertThat(last.fraction()).hasValue(1.0);
        assertThat(calls.get(0).bytes()).isPositive().isLessThanOrEqualTo(last.bytes());
    }

    @Test
    void conversion_and_adapter_validation_call_the_same_way() throws IOException {
        Jisr jisr = Jisr.builder().build();
        List<Progress> converting = new ArrayList<>();

        ConversionReport report = jisr.convert(stream, null, dir.resolve("many.json"), null, false, converting::add);

        assertThat(report.written()).isTrue();
        assertThat(converting).extracting(Progress::records).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(converting.get(converting.size() - 1).done()).isTrue();
        assertThat(converting.get(converting.size() - 1).bytes()).isEqualTo(Files.size(stream));

        List<Progress> validating = new ArrayList<>();
        assertThat(jisr.validate(dir.resolve("many.json"), null, validating::add).records()).isEqualTo(RECORDS);
        assertThat(validating).extracting(Progress::records).containsExactly(1_000L, 2_000L, 2_500L);
    }

    @Test
    void a_large_input_is_also_reported_by_bytes() throws IOException {
        // Few records, each large: bytes, not records, make the calls.
        String big = "x".repeat(600_000);
        List<JisrRecord> records = IntStream.range(0, 4)
                .mapToObj(i -> (JisrRecord) Organization.builder("org-" + i)
                        .name(MultilingualText.of("fr", big)).kind(OrganizationKind.ASSOCIATION).build())
                .toList();
        Path large = dir.resolve("large.ndjson");
        Files.writeString(large, JisrJson.create().toNdjson(ExchangeDocument.of(records)));
        List<Progress> calls = new ArrayList<>();

        Validator.builder().build().validate(large, ExchangeForm.STREAM, calls::add);

        assertThat(calls.size()).isGreaterThan(1);
        assertThat(calls.subList(0, calls.size() - 1)).allSatisfy(p -> assertThat(p.done()).isFalse());
        assertThat(calls.get(calls.size() - 1).done()).isTrue();
        assertThat(calls).extracting(Progress::bytes).isSorted();
    }

    @Test
    void an_unknown_size_has_no_fraction_and_counts_are_checked() {
        assertThat(new Progress("in", 3, 10, -1, false).fraction()).isEmpty();
        assertThat(new Progress("in", 3, 5, 10, false).fraction()).hasValue(0.5);
        assertThatThrownBy(() -> new Progress("in", -1, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
