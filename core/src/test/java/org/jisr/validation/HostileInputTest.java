package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made hostile inputs (issue 10), each giving its expected, located finding — never an
 * {@code OutOfMemoryError}, a {@code StackOverflowError} or an exception — in a JVM with a 256 MB
 * heap (surefire execution "bounded-heap" in core/pom.xml). Big inputs are generated while they
 * are read, never stored: a 100 MB string and a gigabyte of spaces go through the validator as
 * streams. docs/security.md lists these cases and what Jisr answers.
 */
@Tag("bounded-heap")
class HostileInputTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final int DEEP = 100_000;
    private static final String RECORD_START = "{\"type\": \"LocalAuthority\", \"id\": \"a\", \"name\": {\"fr\": \"";

    /** A stream of {@code prefix}, then {@code count} times {@code unit}, then {@code suffix}, made as it is read. */
    static InputStream generated(String prefix, String unit, long count, String suffix) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
                new Repeating(unit.getBytes(StandardCharsets.UTF_8), count),
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
    }

    /** {@code count} copies of a few bytes, without holding them. */
    private static final class Repeating extends InputStream {
        private final byte[] unit;
        private final long total;
        private long position;

        Repeating(byte[] unit, long count) {
            this.unit = unit;
            this.total = unit.length * count;
        }

        @Override
        public int read() {
            return position < total ? unit[(int) (position++ % unit.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            if (unit.length == 1) {
                java.util.Arrays.fill(b, off, off + n, unit[0]);
            } else {
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) ((position + i) % unit.length)];
                }
            }
            position += n;
            return n;
        }
    }

    private static ValidationReport validate(InputStream in, String name, ExchangeForm form) throws IOException {
        try (InputStream closing = in) {
            return VALIDATOR.validate(closing, name, form);
        }
    }

    private static Finding only(ValidationReport report, String code) {
        List<Finding> found = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as("%s in %s", code, report.findings()).hasSize(1);
        return found.get(0);
    }

    private static void limit(Finding f, String limit, long maximum) {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.parameters()).isEqualTo(Map.of("limit", limit, "maximum", String.valueOf(maximum)));
    }

    @Test
    void the_heap_is_the_bounded_one() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    @Test
    void arrays_nested_100_000_deep_in_a_document_stop_at_the_nesting_limit() throws IOException {
        ValidationReport report = validate(generated("{\"jisr\": \"1.0\", \"records\": [", "[", DEEP, ""),
                "deep.json", ExchangeForm.DOCUMENT);
        Finding f = only(report, "syntax.limit-exceeded");
        limit(f, "maxNestingDepth", 64);
        assertThat(f.location().line()).isEqualTo(1);
        assertThat(f.location().column()).isPositive();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void objects_nested_100_000_deep_in_a_document_stop_at_the_nesting_limit() throws IOException {
        ValidationReport report = validate(generated("{\"jisr\": \"1.0\", \"records\": [", "{\"a\":", DEEP, ""),
                "deep.json", ExchangeForm.DOCUMENT);
        limit(only(report, "syntax.limit-exceeded"), "maxNestingDepth", 64);
    }

    @Test
    void nesting_100_000_deep_in_a_record_stream_line_stops_at_the_nesting_limit_on_its_line() throws IOException {
        String first = RECORD_START + "Tunis\"}, \"kind\": \"municipality\", \"country\": \"TN\"}\n";
        ValidationReport arrays = validate(generated(first, "[", DEEP, "\n"), "deep.ndjson", ExchangeForm.STREAM);
        Finding f = only(arrays, "syntax.limit-exceeded");
        limit(f, "maxNestingDepth", 64);
        assertThat(f.location().line()).isEqualTo(2);

        ValidationReport objects = validate(generated(first, "{\"a\":", DEEP, "\n"), "deep.ndjson",
                ExchangeForm.STREAM);
        assertThat(only(objects, "syntax.limit-exceeded").location().line()).isEqualTo(2);
    }

    @Test
    void a_100_mb_string_stops_at_the_string_limit_where_it_starts() throws IOException {
        long length = 100L * 1024 * 1024;
        ValidationReport report = validate(generated("{\"jisr\": \"1.0\", \"records\": [\n" + RECORD_START, "x", length,
                "\"}}]}"), "long.json", ExchangeForm.DOCUMENT);
        Finding f = only(report, "syntax.limit-exceeded");
        limit(f, "maxStringLength", ReadLimits.DEFAULTS.maxStringLength());
        // Jackson's constraint exceptions carry no location: the validator gives the last line it
        // knows, the document's first (the json adapter, which has its parser, gives line 2).
        assertThat(f.location().line()).isPositive();
    }

    @Test
    void a_100_mb_string_in_a_record_stream_is_a_line_over_the_limit() throws IOException {
        long length = 100L * 1024 * 1024;
        ValidationReport report = validate(generated(RECORD_START, "x", length, "\"}}\n"), "long.ndjson",
                ExchangeForm.STREAM);
        limit(only(report, "syntax.limit-exceeded"), "maxLineLength", ReadLimits.DEFAULTS.maxLineLength());
    }

    /**
     * A gigabyte of spaces is a document with no value: {@code syntax.empty-input}, the finding of
     * an empty or blank input, after reading it all (it is under {@code maxDocumentBytes}). As a
     * record stream it is one line far over {@code maxLineLength}. Both run at the speed of reading
     * the bytes (see docs/security.md for the times measured).
     */
    @Test
    void a_gigabyte_of_spaces_is_an_empty_document_and_a_line_too_long() throws IOException {
        long gigabyte = 1L << 30;
        ValidationReport document = validate(generated("", " ", gigabyte, ""), "spaces.json", ExchangeForm.DOCUMENT);
        assertThat(document.findings()).extracting(Finding::code).containsExactly("syntax.empty-input");

        ValidationReport stream = validate(generated("", " ", gigabyte, ""), "spaces.ndjson", ExchangeForm.STREAM);
        limit(only(stream, "syntax.limit-exceeded"), "maxLineLength", ReadLimits.DEFAULTS.maxLineLength());
    }

    @Test
    void duplicate_member_names_are_refused_at_the_top_in_a_record_and_in_a_stream() throws IOException {
        String record = RECORD_START + "Tunis\"}, \"kind\": \"municipality\", \"country\": \"TN\"}";
        ValidationReport top = validate(generated("{\"jisr\": \"1.0\",\n\"jisr\": \"1.0\", \"records\": [" + record + "]}",
                "", 0, ""), "top.json", ExchangeForm.DOCUMENT);
        Finding atTop = only(top, "syntax.duplicate-key");
        assertThat(atTop.location().line()).isEqualTo(2);

        String twice = record.replace("\"kind\": \"municipality\"", "\"kind\": \"municipality\", \"kind\": \"commune\"");
        ValidationReport inRecord = validate(generated("{\"jisr\": \"1.0\", \"records\": [\n" + twice + "]}", "", 0, ""),
                "record.json", ExchangeForm.DOCUMENT);
        Finding inside = only(inRecord, "syntax.duplicate-key");
        assertThat(inside.location().line()).isEqualTo(2);
        assertThat(inside.location().pointer()).startsWith("/records/0");

        ValidationReport stream = validate(generated(record + "\n" + twice + "\n", "", 0, ""), "twice.ndjson",
                ExchangeForm.STREAM);
        assertThat(only(stream, "syntax.duplicate-key").location().line()).isEqualTo(2);
    }

    @Test
    void a_right_to_left_override_in_a_municipality_name_is_named_with_its_code_point_and_index() throws Exception {
        Path example = Path.of(Objects.requireNonNull(getClass().getResource("/examples/twinnings-fr-tn.json")).toURI());
        String text = Files.readString(example, StandardCharsets.UTF_8);
        assertThat(text).contains("\"ar\": \"سوسة\"");
        String spoofed = text.replace("\"ar\": \"سوسة\"", "\"ar\": \"سو\u202Eسة\"");
        ValidationReport report = validate(new ByteArrayInputStream(spoofed.getBytes(StandardCharsets.UTF_8)),
                "spoofed.json", ExchangeForm.DOCUMENT);

        Finding f = only(report, "model.text-bidi-control");
        assertThat(f.parameters()).containsEntry("codePoint", "U+202E").containsEntry("index", "3")
                .containsEntry("language", "ar");
        assertThat(f.location().pointer()).endsWith("/name/ar");
        assertThat(f.location().line()).isEqualTo(lineOf(spoofed, "\u202E"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void the_json_adapters_stop_at_the_same_limits_when_they_convert(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.json");
        try (InputStream in = generated("{\"jisr\": \"1.0\", \"records\": [", "[", DEEP, "")) {
            Files.copy(in, deep);
        }
        Path lines = dir.resolve("deep.ndjson");
        // The deep value is inside a record, where the reader must parse it: a line that is not a
        // record at all is skipped without being parsed further.
        try (InputStream in = generated(RECORD_START + "Tunis\"}, \"kind\": \"municipality\", \"country\": \"TN\"}\n"
                + "{\"type\": \"LocalAuthority\", \"id\": \"b\", \"extensions\": {\"x\": ", "{\"a\":", DEEP, "\n")) {
            Files.copy(in, lines);
        }
        Jisr jisr = Jisr.builder().build();
        ConversionReport document = jisr.convert(deep, null, dir.resolve("out1.ndjson"), null, false);
        assertThat(document.findings().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
            assertThat(f.parameters()).isEqualTo(Map.of("limit", "maxNestingDepth", "maximum", "64"));
            assertThat(f.location().line()).isEqualTo(1);
        });
        assertThat(document.findings().findings()).extracting(Finding::code).doesNotContain("adapter.failed");
        ConversionReport stream = jisr.convert(lines, null, dir.resolve("out2.json"), null, false);
        List<Finding> lines2 = stream.findings().findings().stream()
                .filter(f -> f.code().equals("syntax.limit-exceeded")).toList();
        assertThat(lines2).as("%s", stream.findings().findings()).hasSize(1);
        assertThat(lines2.get(0).parameters()).isEqualTo(Map.of("limit", "maxNestingDepth", "maximum", "64"));
        assertThat(lines2.get(0).location().line()).isEqualTo(2);
        assertThat(stream.findings().findings()).extracting(Finding::code).doesNotContain("adapter.failed");
    }
}
