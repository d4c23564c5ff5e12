package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jisr.runtime.internal.adapters.Inputs.authority;
import static org.jisr.runtime.internal.adapters.Inputs.readAll;
import static org.jisr.runtime.internal.adapters.Inputs.text;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.Samples;
import org.jisr.runtime.internal.BytesInput;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

/** The ndjson adapter's reader: line by line, a bad line skipped, located findings, never an exception. */
class NdjsonReaderTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final String HEADER = "{\"type\": \"Header\", \"jisr\": \"1.0\", \"id\": \"stream-1\"}";
    private final NdjsonAdapter adapter = new NdjsonAdapter();

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void it_reads_the_flagship_stream_record_by_record_with_its_header() throws Exception {
        AdapterInput input = Inputs.resource("workshop-2024-12-10.ndjson");
        ExchangeDocument expected = JSON.readStream(input.openStream());
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(input, context)) {
            assertThat(reader.metadata()).isEqualTo(expected.metadata());
            assertThat(readAll(reader)).isEqualTo(expected.records());
        }
        assertThat(context.findings).isEmpty();
    }

    @Test
    void the_header_is_known_before_the_first_record_and_a_stream_may_have_none() {
        ExchangeDocument doc = Samples.document();
        byte[] stream = JSON.toNdjson(doc).getBytes(StandardCharsets.UTF_8);

        try (RecordReader reader = adapter.openReader(new BytesInput("s.ndjson", stream), new CollectingContext())) {
            assertThat(reader.metadata()).isEqualTo(doc.metadata());
            assertThat(readAll(reader)).isEqualTo(doc.records());
        }
        try (RecordReader reader = adapter.openReader(text("s.ndjson", lines(authority("a"), authority("b"))),
                new CollectingContext())) {
            assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "b");
        }
    }

    @Test
    void it_does_not_read_far_beyond_the_records_it_returns() {
        String text = IntStream.range(0, 5000).mapToObj(i -> authority("a" + i)).collect(Collectors.joining("\n"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Inputs.Counted input = new Inputs.Counted("big.ndjson", bytes, Long.MAX_VALUE);

        try (RecordReader reader = adapter.openReader(input, new CollectingContext())) {
            assertThat(reader.next()).map(JisrRecord::id).contains("a0");
            assertThat(input.read).as("bytes read for the first record").isLessThan(16 * 1024);
            for (int i = 1; i < 1000; i++) {
                assertThat(reader.next()).isPresent();
            }
            assertThat(input.read).as("bytes read for 1000 records").isLessThan(bytes.length / 3);
            assertThat(readAll(reader)).hasSize(4000);
        }
    }

    @Test
    void a_bad_line_is_reported_on_its_line_and_the_next_lines_are_read() {
        String text = lines(HEADER, authority("a"), authority("b", id -> ", \"colour\": \"blue\""),
                "{\"type\": \"LocalAuthority\", \"id\": \"c\",, }", "not json at all", "[1, 2]", HEADER,
                "{\"type\": \"Spaceship\", \"id\": \"x\"}", authority("z"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("s.ndjson", text), context)) {
            assertThat(reader.metadata().id()).isEqualTo("stream-1");
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "z");
        }

        assertThat(context.codes()).containsOnly("adapter.record-skipped").hasSize(6);
        assertThat(context.findings).extracting(f -> f.location().line()).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(context.findings.get(0).location()).isEqualTo(Location.of("s.ndjson", "/colour", 3,
                authority("b", id -> ", \"colour\": \"blue\"").indexOf("\"blue\"") + 1));
        assertThat(context.findings.get(4).parameters().get("reason")).contains("Header");
    }

    @Test
    void a_bad_header_is_a_problem_of_the_document_and_the_records_are_still_read() {
        String text = lines("{\"type\": \"Header\", \"jisr\": \"2.0\"}", authority("a"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("s.ndjson", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a");
            assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
        }

        assertThat(context.findings).extracting(Finding::code, f -> f.location().pointer(), f -> f.location().line())
                .containsExactly(tuple("adapter.invalid-document", "/jisr", 1));
    }

    @Test
    void a_line_that_is_not_utf8_is_skipped_where_the_bad_byte_is() {
        byte[] good = (authority("a") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"type\": \"LocalAuthority\", \"id\": \"\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length * 2 + bad.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        bytes[good.length + bad.length - 1] = (byte) 0xFF;
        bytes[good.length + bad.length] = '"';
        bytes[good.length + bad.length + 1] = '\n';
        System.arraycopy(good, 0, bytes, good.length + bad.length + 2, good.length);
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(new BytesInput("s.ndjson", bytes), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "a");
        }

        assertThat(context.findings).extracting(Finding::code, f -> f.location().line(), f -> f.location().column())
                .containsExactly(tuple("adapter.record-skipped", 2, 35));
    }

    @Test
    void an_empty_line_is_a_warning_but_a_final_newline_or_crlf_is_not() {
        CollectingContext context = new CollectingContext();
        String text = authority("a") + "\r\n\r\n" + authority("b") + "\n\n";

        try (RecordReader reader = adapter.openReader(text("s.ndjson", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "b");
        }

        assertThat(context.findings).extracting(Finding::code, Finding::severity, f -> f.location().line())
                .containsExactly(tuple("syntax.empty-line", org.jisr.validation.Severity.WARNING, 2));
        assertThat(readAll(adapter.openReader(text("s.ndjson", authority("a")), new CollectingContext()))).hasSize(1);
        assertThat(readAll(adapter.openReader(text("s.ndjson", ""), new CollectingContext()))).isEmpty();
    }

    @Test
    void a_line_longer_than_the_limit_is_skipped_and_the_record_limit_stops_the_reading() {
        ReadLimits limits = new ReadLimits(1 << 20, 64, 1000, 100, 1000, 150, 3);
        String longLine = authority("long", id -> ", \"website\": \"https://example.org/" + "x".repeat(200) + "\"");
        String text = lines(authority("a"), longLine, authority("b"), authority("c"), authority("d"));
        CollectingContext context = new CollectingContext(limits);

        try (RecordReader reader = adapter.openReader(text("s.ndjson", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "b", "c");
        }

        assertThat(context.findings).extracting(Finding::code, Finding::parameters, f -> f.location().line())
                .containsExactly(
                        tuple("syntax.limit-exceeded", Map.of("limit", "maxLineLength", "maximum", "150"), 2),
                        tuple("syntax.limit-exceeded", Map.of("limit", "maxRecords", "maximum", "3"), 5));
    }

    @Test
    void a_failing_input_is_reported_as_unreadable_after_the_records_read_before() {
        String text = IntStream.range(0, 2000).mapToObj(i -> authority("a" + i)).collect(Collectors.joining("\n"));
        Inputs.Counted input = new Inputs.Counted("s.ndjson", text.getBytes(StandardCharsets.UTF_8), 40_000);
        CollectingContext context = new CollectingContext();

        int read;
        try (RecordReader reader = adapter.openReader(input, context)) {
            read = readAll(reader).size();
        }

        assertThat(read).isBetween(100, 1999);
        assertThat(context.findings).extracting(Finding::code).containsExactly("adapter.unreadable-input");
    }

    @Test
    void locate_points_to_a_value_of_the_last_record_read() {
        String b = "{\"type\": \"LocalAuthority\", \"id\": \"b\", \"name\": {\"fr\": \"B\"}, \"kind\": \"commune\", "
                + "\"country\": \"TN\"}";
        String text = lines(HEADER, authority("a"), b);

        try (RecordReader reader = adapter.openReader(text("s.ndjson", text), new CollectingContext())) {
            reader.next();
            reader.next();
            assertThat(reader.locate("")).isEqualTo(Location.of("s.ndjson", "", 3, 1));
            assertThat(reader.locate("/name/fr")).isEqualTo(Location.of("s.ndjson", "/name/fr", 3, b.indexOf("\"B\"") + 1));
            assertThat(reader.locate("/place")).isEqualTo(Location.of("s.ndjson", "/place", 3, 1));
        }
    }
}
