package org.jisr.testkit.tck;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;
import org.jisr.spi.AdapterInput;

/**
 * An {@link AdapterInput} over bytes in memory that keeps track of the streams an adapter opens:
 * how many, how many it closed, and how many bytes it read. The contract tests use it to check
 * that readers release what they open and that detection reads only the start of an input.
 *
 * <p>{@link #path()} is always empty: an adapter given a path could open the file behind the
 * tracker's back. Thread-safe.
 *
 * @since 0.1
 */
public final class RecordingInput implements AdapterInput {

    private final String name;
    private final byte[] bytes;
    private final List<TrackedStream> streams = new ArrayList<>();

    private RecordingInput(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = bytes.clone();
    }

    /**
     * Creates an input.
     *
     * @param name  the name findings are reported under ({@code agenda.md})
     * @param bytes the content
     * @return the input
     */
    public static RecordingInput of(String name, byte[] bytes) {
        return new RecordingInput(name, bytes);
    }

    /**
     * Creates an input from a text, encoded in UTF-8.
     *
     * @param name the name findings are reported under
     * @param text the content
     * @return the input
     */
    public static RecordingInput of(String name, String text) {
        return new RecordingInput(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Path> path() {
        return Optional.empty();
    }

    @Override
    public synchronized InputStream openStream() {
        TrackedStream stream = new TrackedStream(bytes);
        streams.add(stream);
        return stream;
    }

    @Override
    public byte[] peek(int max) {
        return Arrays.copyOf(bytes, Math.max(0, Math.min(max, bytes.length)));
    }

    /**
     * Returns the content.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns how many streams were opened.
     *
     * @return the number of calls to {@link #openStream()}
     */
    public synchronized int openedStreams() {
        return streams.size();
    }

    /**
     * Returns how many of the streams opened are not closed.
     *
     * @return the number of streams still open
     */
    public synchronized int unclosedStreams() {
        return (int) streams.stream().filter(s -> !s.closed).count();
    }

    /**
     * Returns the number of bytes read, over all streams.
     *
     * @return the bytes read through {@link #openStream()} (peeking is not counted)
     */
    public synchronized long bytesRead() {
        return streams.stream().mapToLong(s -> s.read).sum();
    }

    /**
     * A stream that remembers whether it was closed and how much was read. It extends
     * {@code InputStream} itself, whose bulk reads ({@code readAllBytes}, {@code transferTo} …)
     * all go through {@link #read(byte[], int, int)}, so that every byte read is counted.
     */
    private static final class TrackedStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private volatile boolean closed;
        private volatile long read;

        TrackedStream(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public synchronized int read() {
            int b = bytes.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = bytes.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }

        @Override
        public synchronized int available() {
            return bytes.available();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
