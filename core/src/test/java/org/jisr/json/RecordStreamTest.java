package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Samples;
import org.junit.jupiter.api.Test;

/** Record streams (NDJSON): one record per line, an optional header on line 1. */
class RecordStreamTest {

    private static final String HEADER = "{\"type\": \"Header\", \"jisr\": \"1.0\", \"id\": \"exchange-1\"}";
    private static final String SOUSSE = record("tn-sousse");
    private static final String SFAX = record("tn-sfax");
    private static final String GABES = record("tn-gabes");

    private final JisrJson json = JisrJson.create();

    @Test
    void a_document_written_as_a_stream_reads_back_equal() {
        ExchangeDocument doc = Samples.document();

        assertThat(json.readStream(utf8(json.toNdjson(doc)))).isEqualTo(doc);
    }

    @Test
    void a_stream_has_one_line_per_record_after_the_header() {
        String ndjson = json.toNdjson(Samples.document());

        assertThat(ndjson).endsWith("\n").doesNotContain("\n\n").doesNotContain("\r");
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(1 + Samples.document().records().size());
        assertThat(lines.get(0)).startsWith("{\"type\":\"Header\",\"jisr\":\"1.0\",");
        assertThat(lines.get(1)).isEqualTo(json.toJsonLine(Samples.localAuthority()));
    }

    @Test
    void the_header_is_optional() {
        try (RecordStreamReader reader = json.openStream(utf8(SOUSSE + "\n" + SFAX + "\n"))) {
            assertThat(reader.header()).isEmpty();
            assertThat(ids(reader)).containsExactly("tn-sousse", "tn-sfax");
        }
    }

    @Test
    void the_header_on_line_1_becomes_the_metadata() {
        try (RecordStreamReader reader = json.openStream(utf8(HEADER + "\n" + SOUSSE + "\n"))) {
            assertThat(reader.header()).hasValueSatisfying(h -> assertThat(h.id()).isEqualTo("exchange-1"));
            assertThat(ids(reader)).containsExactly("tn-sousse");
        }
    }

    @Test
    void a_header_after_line_1_is_refused_with_its_line() {
        String input = SOUSSE + "\n" + SFAX + "\n" + HEADER + "\n";

        InvalidJsonException e = readAll(input);

        assertThat(e.reason()).isEqualTo("a Header may only be the first line of a record stream");
        assertThat(e.pointer()).isEqualTo("/type");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(3, HEADER.indexOf("\"Header\"") + 1);
    }

    @Test
    void an_empty_line_in_the_middle_is_refused_with_its_line() {
        InvalidJsonException e = readAll(HEADER + "\n" + SOUSSE + "\n\n" + SFAX + "\n");

        assertThat(e.reason()).isEqualTo("empty line in a record stream");
        assertThat(e.pointer()).isEmpty();
        assertThat(new int[] {e.line(), e.column()}).containsExactly(3, 1);
    }

    @Test
    void an_empty_first_line_is_refused() {
        InvalidJsonException e = readAll("\n" + SOUSSE + "\n");

        assertThat(e.reason()).isEqualTo("empty line in a record stream");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void the_final_newline_is_optional() {
        ExchangeDocument with = json.readStream(utf8(HEADER + "\n" + SOUSSE + "\n" + SFAX + "\n"));
        ExchangeDocument without = json.readStream(utf8(HEADER + "\n" + SOUSSE + "\n" + SFAX));

        assertThat(without).isEqualTo(with);
        assertThat(with.records()).hasSize(2);
    }

    @Test
    void crlf_line_ends_are_accepted() {
        ExchangeDocument lf = json.readStream(utf8(HEADER + "\n" + SOUSSE + "\n" + SFAX + "\n"));
        ExchangeDocument crlf = json.readStream(utf8(HEADER + "\r\n" + SOUSSE + "\r\n" + SFAX + "\r\n"));

        assertThat(crlf).isEqualTo(lf);
        assertThat(readAll(SOUSSE + "\r\n\r\n" + SFAX).line()).isEqualTo(2);
    }

    @Test
    void an_empty_stream_has_no_header_and_no_records() {
        assertThat(json.readStream(utf8(""))).isEqualTo(ExchangeDocument.of(List.of()));
    }

    @Test
    void an_error_on_line_n_is_reported_on_line_n() {
        String broken = SFAX.replace("\"commune\"", "\"village\"");
        String input = HEADER + "\n" + SOUSSE + "\n" + GABES + "\n" + broken + "\n" + SOUSSE + "\n";

        InvalidJsonException e = readAll(input);

        assertThat(e.reason()).isEqualTo("unknown code \"village\"");
        assertThat(e.pointer()).isEqualTo("/kind");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(4, broken.indexOf("\"village\"") + 1);
    }

    @Test
    void malformed_json_on_line_n_is_reported_on_line_n() {
        String truncated = SFAX.substring(0, 30);

        InvalidJsonException e = readAll(SOUSSE + "\n" + truncated + "\n" + GABES + "\n");

        assertThat(e.reason()).startsWith("malformed JSON: ");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void two_records_on_one_line_are_refused() {
        InvalidJsonException e = readAll(SOUSSE + "\n" + SFAX + " " + GABES + "\n");

        assertThat(e.reason()).isEqualTo("unexpected content after the end of the JSON value");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, SFAX.length() + 2);
    }

    @Test
    void invalid_utf8_is_invalid_json_on_its_line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((SOUSSE + "\n" + SFAX + "\n").getBytes(StandardCharsets.UTF_8));
        String beforeTheBadByte = "{\"type\": \"LocalAuthority\", \"id\": \"x\", \"name\": {\"ar\": \"ب";
        bytes.write(beforeTheBadByte.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("\"}}\n".getBytes(StandardCharsets.UTF_8));
        List<String> read = new ArrayList<>();

        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> {
            try (RecordStreamReader reader = json.openStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                reader.forEachRemaining(r -> read.add(r.id()));
            }
        });

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo("the stream is not valid UTF-8");
        // The column counts characters, as for any error in a line (the Arabic letter is two bytes).
        assertThat(new int[] {e.line(), e.column()}).containsExactly(3, beforeTheBadByte.length() + 1);
        assertThat(read).containsExactly("tn-sousse", "tn-sfax");
    }

    @Test
    void the_reader_streams_record_by_record() {
        DripFeed in = new DripFeed();
        in.offer(HEADER + "\n" + SOUSSE + "\n");

        try (RecordStreamReader reader = json.openStream(in)) {
            assertThat(reader.header()).isPresent();
            assertThat(reader.next().id()).isEqualTo("tn-sousse");
            assertThat(reader.lineNumber()).isEqualTo(2);

            in.offer(SFAX + "\n");
            assertThat(reader.next().id()).isEqualTo("tn-sfax");

            in.offer(GABES);
            in.end();
            assertThat(reader.next().id()).isEqualTo("tn-gabes");
            assertThat(reader.hasNext()).isFalse();
            assertThat(catchThrowableOfType(NoSuchElementException.class, reader::next)).isNotNull();
        }
    }

    @Test
    void a_stream_writer_with_empty_metadata_writes_no_header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (RecordStreamWriter writer = json.openStreamWriter(out, DocumentMetadata.EMPTY)) {
            writer.write(Samples.localAuthority());
            writer.write(Samples.event());
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                json.toJsonLine(Samples.localAuthority()) + "\n" + json.toJsonLine(Samples.event()) + "\n");
    }

    @Test
    void a_stream_writer_with_metadata_writes_the_header_first() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (RecordStreamWriter writer = json.openStreamWriter(out, Samples.metadata())) {
            writer.write(Samples.localAuthority());
        }

        ExchangeDocument read = json.readStream(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read).isEqualTo(new ExchangeDocument(Samples.metadata(), List.of(Samples.localAuthority())));
    }

    @Test
    void a_document_without_metadata_becomes_a_stream_without_header() {
        ExchangeDocument doc = ExchangeDocument.of(List.of(Samples.project()));

        assertThat(json.toNdjson(doc)).isEqualTo(json.toJsonLine(Samples.project()) + "\n");
    }

    @Test
    void a_single_record_reads_from_its_line() {
        JisrRecord record = json.readRecord(json.toJsonLine(Samples.partnership()));

        assertThat(record).isEqualTo(Samples.partnership());
    }

    // ---- helpers

    private static String record(String id) {
        return "{\"type\": \"LocalAuthority\", \"id\": \"" + id + "\", \"name\": {\"fr\": \"" + id
                + "\"}, \"kind\": \"commune\", \"country\": \"TN\"}";
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(RecordStreamReader reader) {
        List<String> ids = new ArrayList<>();
        reader.forEachRemaining(r -> ids.add(((LocalAuthority) r).id()));
        return ids;
    }

    private InvalidJsonException readAll(String input) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> json.readStream(utf8(input)));
        assertThat(e).as("reading %s", input).isNotNull();
        return e;
    }

    /**
     * An input that holds only what the test has offered so far. Reading past it fails the test:
     * a reader that slurped its input, or read ahead of the line it needs, would hit that.
     */
    private static final class DripFeed extends InputStream {
        private final Queue<byte[]> chunks = new ArrayDeque<>();
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        void offer(String text) {
            chunks.add(text.getBytes(StandardCharsets.UTF_8));
        }

        void end() {
            ended = true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (position == current.length) {
                if (chunks.isEmpty()) {
                    if (ended) {
                        return -1;
                    }
                    throw new AssertionError("the reader asked for input that does not exist yet");
                }
                current = chunks.remove();
                position = 0;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }
    }
}
