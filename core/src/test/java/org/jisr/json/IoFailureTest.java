package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures outside the data become {@link JisrIOException}, with the original as the cause. */
class IoFailureTest {

    private final JisrJson json = JisrJson.create();

    @Test
    void a_failing_output_stream_gives_a_jisr_io_exception() {
        IOException disk = new IOException("disk full");

        Throwable thrown = catchThrowable(() -> json.writeDocument(Samples.document(), new FailingOutputStream(disk)));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(disk);
    }

    @Test
    void a_failing_output_stream_gives_a_jisr_io_exception_when_writing_a_stream() {
        IOException disk = new IOException("disk full");

        Throwable thrown = catchThrowable(() -> json.writeStream(Samples.document(), new FailingOutputStream(disk)));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(disk);
    }

    @Test
    void a_stream_writer_reports_a_failing_output_stream() {
        IOException disk = new IOException("disk full");

        Throwable thrown = catchThrowable(() -> {
            try (RecordStreamWriter writer = json.openStreamWriter(new FailingOutputStream(disk), DocumentMetadata.EMPTY)) {
                writer.write(Samples.event());
            }
        });

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(disk);
    }

    @Test
    void an_output_stream_failing_on_flush_gives_a_jisr_io_exception() {
        IOException flush = new IOException("connection reset");
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void flush() throws IOException {
                throw flush;
            }
        };

        assertThat(catchThrowable(() -> json.writeDocument(Samples.document(), out)))
                .isInstanceOf(JisrIOException.class).hasRootCause(flush);
    }

    @Test
    void reading_a_missing_file_gives_a_jisr_io_exception(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        Throwable thrown = catchThrowable(() -> json.readDocument(missing));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasCauseInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void writing_into_a_missing_directory_gives_a_jisr_io_exception(@TempDir Path dir) {
        Path file = dir.resolve("no-such-dir").resolve("out.json");

        Throwable thrown = catchThrowable(() -> json.writeDocument(Samples.document(), file));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void a_document_written_to_a_file_reads_back_equal(@TempDir Path dir) {
        Path file = dir.resolve("exchange.json");

        json.writeDocument(Samples.document(), file);

        assertThat(json.readDocument(file)).isEqualTo(Samples.document());
    }

    @Test
    void an_input_stream_failing_at_once_gives_a_jisr_io_exception() {
        IOException network = new IOException("network down");

        Throwable thrown = catchThrowable(() -> json.readDocument(new FailingInputStream(network)));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(network);
    }

    @Test
    void an_input_stream_failing_midway_gives_a_jisr_io_exception_not_invalid_json() {
        IOException network = new IOException("network down");
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream("{\"jisr\": \"1.0\", \"records\": [".getBytes(StandardCharsets.UTF_8)),
                new FailingInputStream(network));

        Throwable thrown = catchThrowable(() -> json.readDocument(in));

        assertThat(thrown).isInstanceOf(JisrIOException.class).hasRootCause(network);
    }

    @Test
    void bytes_that_do_not_decode_are_invalid_json_not_an_io_failure() {
        byte[] badUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        // Four bytes starting 00 00 00 make Jackson decode UTF-32, whose decoder reports bad data
        // through an IOException.
        byte[] badUtf32 = {0, 0, 0, '{', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

        assertThat(catchThrowable(() -> json.readDocument(new ByteArrayInputStream(badUtf8))))
                .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("malformed JSON: Invalid UTF-8");
        assertThat(catchThrowable(() -> json.readDocument(new ByteArrayInputStream(badUtf32))))
                .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("malformed JSON: Invalid UTF-32 character");
    }

    @Test
    void a_record_stream_over_a_failing_input_gives_a_jisr_io_exception() {
        IOException network = new IOException("network down");

        assertThat(catchThrowable(() -> json.readStream(new FailingInputStream(network))))
                .isInstanceOf(JisrIOException.class).hasRootCause(network);
    }

    @Test
    void reading_a_document_leaves_the_callers_stream_open() {
        CloseRecordingInputStream in = new CloseRecordingInputStream(json.toBytes(ExchangeDocument.of(List.of())));

        json.readDocument(in);

        assertThat(in.closed).as("closed").isFalse();
    }

    @Test
    void reading_a_broken_document_leaves_the_callers_stream_open() {
        CloseRecordingInputStream in = new CloseRecordingInputStream("{\"jisr\": 2}".getBytes(StandardCharsets.UTF_8));

        assertThat(catchThrowable(() -> json.readDocument(in))).isInstanceOf(InvalidJsonException.class);
        assertThat(in.closed).as("closed").isFalse();
    }

    @Test
    void reading_and_writing_whole_streams_leave_the_callers_streams_open() {
        CloseRecordingInputStream in = new CloseRecordingInputStream(
                json.toNdjson(Samples.document()).getBytes(StandardCharsets.UTF_8));
        boolean[] outClosed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed[0] = true;
            }
        };

        json.readStream(in);
        json.writeStream(Samples.document(), out);
        json.writeDocument(Samples.document(), out);

        assertThat(in.closed).isFalse();
        assertThat(outClosed[0]).isFalse();
    }

    @Test
    void closing_a_stream_reader_or_writer_closes_the_stream() {
        CloseRecordingInputStream in = new CloseRecordingInputStream(new byte[0]);
        boolean[] outClosed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed[0] = true;
            }
        };

        json.openStream(in).close();
        json.openStreamWriter(out, DocumentMetadata.EMPTY).close();

        assertThat(in.closed).isTrue();
        assertThat(outClosed[0]).isTrue();
    }

    private static final class FailingOutputStream extends OutputStream {
        private final IOException failure;

        FailingOutputStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public void write(int b) throws IOException {
            throw failure;
        }
    }

    private static final class FailingInputStream extends InputStream {
        private final IOException failure;

        FailingInputStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }

    private static final class CloseRecordingInputStream extends ByteArrayInputStream {
        boolean closed;

        CloseRecordingInputStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
