package org.jisr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.benchmarks.CorpusGenerator.Form;
import org.jisr.json.JisrJson;
import org.jisr.json.RecordStreamReader;
import org.jisr.model.RecordType;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The corpus is what it says: valid when it says 0 %, exactly the announced records invalid at
 * 1 %, every record invalid at 100 %, the same bytes on every run. Small sizes only: the real
 * Validator checks each corpus.
 */
class CorpusGeneratorTest {

    private static final Pattern RECORD_INDEX = Pattern.compile("^/records/(\\d+)");

    @TempDir
    Path dir;

    private final Validator validator = Validator.builder().samplesPerCode(1_000_000).build();

    @ParameterizedTest
    @EnumSource(Form.class)
    void the_valid_corpus_has_no_error_and_every_record_type(Form form) throws IOException {
        Path file = write(300, 0, form);

        ValidationReport report = validator.validate(file);

        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(report.records()).isEqualTo(300);
        if (form == Form.NDJSON) {
            Set<RecordType> types = EnumSet.noneOf(RecordType.class);
            try (RecordStreamReader reader = JisrJson.create().openStream(Files.newInputStream(file))) {
                reader.forEachRemaining(r -> types.add(r.type()));
            }
            assertThat(types).containsExactlyInAnyOrder(RecordType.values());
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void one_percent_invalid_makes_exactly_the_announced_records_invalid(Form form) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(800, 1);
        Path file = write(800, 1, form);

        ValidationReport report = validator.validate(file);

        Set<Long> invalid = recordsWithErrors(report, form);
        assertThat(generator.invalidCount()).isEqualTo(8);
        assertThat(invalid).hasSize(8);
        for (long i : invalid) {
            assertThat(generator.isInvalid(i)).as("record %d", i).isTrue();
        }
    }

    @Test
    void every_record_of_the_all_invalid_corpus_has_an_error_and_the_errors_spread_over_layers()
            throws IOException {
        Path file = write(140, 100, Form.NDJSON);

        ValidationReport report = validator.validate(file);

        assertThat(recordsWithErrors(report, Form.NDJSON)).hasSize(140);
        Set<String> codes = new TreeSet<>();
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> codes.add(f.code()));
        assertThat(codes).contains("schema.required", "schema.not-in-codelist", "schema.unknown-property",
                "model.text-not-arabic-script", "model.period-order", "rule.unresolved-reference",
                "rule.duplicate-id");
    }

    @Test
    void the_same_arguments_give_the_same_bytes_and_records_of_about_800_bytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new CorpusGenerator(500, 1).write(first, Form.NDJSON);
        new CorpusGenerator(500, 1).write(second, Form.NDJSON);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(first.size() / 500).isBetween(700, 1000);
    }

    @Test
    void file_names_say_size_invalid_share_and_form() {
        assertThat(CorpusGenerator.fileName(1_000_000, 1, Form.NDJSON)).isEqualTo("corpus-1m-1pct.ndjson");
        assertThat(CorpusGenerator.fileName(10_000, 0, Form.DOCUMENT)).isEqualTo("corpus-10k-0pct.json");
        assertThat(CorpusGenerator.fileName(123, 100, Form.DOCUMENT)).isEqualTo("corpus-123-100pct.json");
    }

    private Path write(long records, int percent, Form form) {
        Path file = dir.resolve(CorpusGenerator.fileName(records, percent, form));
        new CorpusGenerator(records, percent).writeTo(file, form);
        return file;
    }

    /** The indexes of the records with at least one error: from the line of a stream (line 1 is the header), the pointer of a document. */
    private static Set<Long> recordsWithErrors(ValidationReport report, Form form) {
        Set<Long> out = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            if (form == Form.NDJSON) {
                out.add((long) f.location().line() - 2);
            } else {
                Matcher m = RECORD_INDEX.matcher(f.location().pointer());
                assertThat(m.find()).as("pointer of %s", f).isTrue();
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }
}
