package org.jisr.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.runtime.fixtures.RecordingContext;
import org.jisr.spi.AdapterInput;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

class TextLineReaderTest {

    private static final ReadLimits D = ReadLimits.DEFAULTS;

    @Test
    void lines_end_at_lf_or_crlf_and_are_numbered_from_one() {
        Lines lines = read(bytes("un\r\ndeux\n\ntrois\r\nquatre"), new RecordingContext());

        assertThat(lines.texts).containsExactly("1:un", "2:deux", "3:", "4:trois", "5:quatre");
        assertThat(lines.count).isEqualTo(5);
        assertThat(lines.context.findings()).isEmpty();
    }

    @Test
    void a_final_line_break_ends_the_last_line_and_starts_none() {
        Lines lines = read(bytes("un\n"), new RecordingContext());

        assertThat(lines.texts).containsExactly("1:un");
        assertThat(lines.count).isEqualTo(1);
    }

    @Test
    void an_empty_input_has_no_line() {
        Lines lines = read(new byte[0], new RecordingContext());

        assertThat(lines.texts).isEmpty();
        assertThat(lines.count).isZero();
    }

    @Test
    void a_byte_order_mark_is_skipped_at_the_start_only() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Lines lines = read(concat(bom, bytes("un\r\n"), bom, bytes("deux")), new RecordingContext());

        assertThat(lines.texts).containsExactly("1:un", "2:\uFEFFdeux");
    }

    @Test
    void a_line_of_bad_utf8_is_reported_at_its_first_bad_character_and_skipped() {
        byte[] input = concat(bytes("un\r\nCaf"), new byte[] {(byte) 0xC3, 0x28}, bytes("\r\ntrois\n"));
        Lines lines = read(input, new RecordingContext());

        assertThat(lines.texts).containsExactly("1:un", "3:trois");
        assertThat(lines.context.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("syntax.not-utf8");
            assertThat(f.location()).isEqualTo(Location.of("in.txt", "", 2, 4));
            assertThat(f.parameters()).isEqualTo(Map.of("detail", "line 2 is not valid UTF-8"));
        });
    }

    @Test
    void the_column_of_a_bad_byte_counts_characters_not_bytes() {
        byte[] input = concat(bytes("ب\uD83D\uDE00é"), new byte[] {(byte) 0xFF});
        Lines lines = read(input, new RecordingContext());

        assertThat(lines.context.findings()).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(Location.of("in.txt", "", 1, 4)));
    }

    @Test
    void reading_stops_at_a_line_longer_than_the_limit_in_characters() {
        RecordingContext context = new RecordingContext(limit(5));
        // Five Arabic letters take ten bytes and are within the limit; six are not.
        Lines lines = read(bytes("abcde\nببببب\nabcdef\nabc\n"), context);

        assertThat(lines.texts).containsExactly("1:abcde", "2:ببببب");
        assertThat(lines.count).isEqualTo(3);
        assertThat(context.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
            assertThat(f.location()).isEqualTo(Location.of("in.txt", "", 3, 1));
            assertThat(f.parameters()).isEqualTo(Map.of("limit", "maxLineLength", "maximum", "5"));
        });
    }

    @Test
    void a_line_far_longer_than_the_limit_is_not_kept_in_memory() {
        RecordingContext context = new RecordingContext(limit(10));
        Lines lines = read(bytes("x".repeat(1_000_000) + "\nnext\n"), context);

        assertThat(lines.texts).isEmpty();
        assertThat(context.findings()).extracting(Finding::code).containsExactly("syntax.limit-exceeded");
    }

    @Test
    void an_adapter_may_report_bad_lines_its_own_way() {
        List<String> problems = new ArrayList<>();
        RecordingContext context = new RecordingContext(limit(3));
        AdapterInput input = AdapterInput.of("in.txt", concat(bytes("ok\n"), new byte[] {(byte) 0x80}, bytes("\nlong\n")));
        try (TextLineReader reader = TextLineReader.open(input, context, new TextLineReader.Problems() {
            @Override
            public void notUtf8(int line, int column) {
                problems.add("not UTF-8 " + line + ":" + column);
            }

            @Override
            public void tooLong(int line, int maxLineLength) {
                problems.add("too long " + line + " > " + maxLineLength);
            }
        })) {
            assertThat(reader.next()).contains("ok");
            assertThat(reader.next()).isEmpty();
        }
        assertThat(problems).containsExactly("not UTF-8 2:1", "too long 3 > 3");
        assertThat(context.findings()).isEmpty();
    }

    @Test
    void the_stream_is_closed_at_the_end_after_a_line_too_long_and_by_close() {
        for (String text : List.of("a\nb\n", "abcdefgh\nb\n")) {
            Tracked input = new Tracked(bytes(text));
            TextLineReader reader = TextLineReader.open(input, new RecordingContext(limit(4)));
            while (reader.next().isPresent()) {
                assertThat(input.closed).isFalse();
            }
            assertThat(input.closed).as(text).isTrue();
            reader.close();
        }
        Tracked input = new Tracked(bytes("a\nb\n"));
        try (TextLineReader reader = TextLineReader.open(input, new RecordingContext())) {
            assertThat(reader.next()).contains("a");
        }
        assertThat(input.closed).isTrue();
    }

    @Test
    void an_input_that_cannot_be_opened_throws_a_jisr_io_exception() {
        AdapterInput missing = AdapterInput.of(Path.of("does-not-exist.txt"));

        assertThatThrownBy(() -> TextLineReader.open(missing, new RecordingContext()))
                .isInstanceOf(JisrIOException.class);
    }

    private static ReadLimits limit(int maxLineLength) {
        return new ReadLimits(D.maxDocumentBytes(), D.maxNestingDepth(), D.maxStringLength(), D.maxNumberLength(),
                D.maxNameLength(), maxLineLength, D.maxRecords());
    }

    private record Lines(List<String> texts, int count, RecordingContext context) {
    }

    private static Lines read(byte[] bytes, RecordingContext context) {
        List<String> texts = new ArrayList<>();
        try (TextLineReader reader = TextLineReader.open(AdapterInput.of("in.txt", bytes), context)) {
            Optional<String> line;
            while ((line = reader.next()).isPresent()) {
                texts.add(reader.lineNumber() + ":" + line.get());
            }
            return new Lines(texts, reader.lineNumber(), context);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Bytes whose stream says whether it was closed. */
    private static final class Tracked implements AdapterInput {
        private final AdapterInput bytes;
        boolean closed;

        Tracked(byte[] content) {
            this.bytes = AdapterInput.of("in.txt", content);
        }

        @Override
        public String name() {
            return bytes.name();
        }

        @Override
        public Optional<Path> path() {
            return Optional.empty();
        }

        @Override
        public InputStream openStream() {
            return new java.io.FilterInputStream(bytes.openStream()) {
                @Override
                public void close() throws java.io.IOException {
                    closed = true;
                    super.close();
                }
            };
        }

        @Override
        public byte[] peek(int max) {
            return bytes.peek(max);
        }
    }
}
