package org.jisr.testkit.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jisr.spi.AdapterOutput;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AdapterOutput} into memory that keeps track of its stream: whether a writer opened
 * it, whether it closed it, and what was written. Opening it a second time is refused, as the SPI
 * allows a writer to open its output once; writing after closing fails with an
 * {@link IOException}.
 *
 * <p>{@link #path()} is always empty. Thread-safe.
 *
 * @since 0.1
 */
public final class RecordingOutput implements AdapterOutput {

    private final String name;
    private @Nullable TrackedStream stream;

    private RecordingOutput(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Creates an output.
     *
     * @param name the name of the target ({@code agenda.md})
     * @return the output
     */
    public static RecordingOutput named(String name) {
        return new RecordingOutput(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Path> path() {
        return Optional.empty();
    }

    /**
     * Opens the output.
     *
     * @throws IllegalStateException when it was opened before
     */
    @Override
    public synchronized OutputStream openStream() {
        if (stream != null) {
            throw new IllegalStateException("the output " + name + " was already opened: a writer opens it once");
        }
        stream = new TrackedStream();
        return stream;
    }

    /**
     * Tells whether a writer opened the output.
     *
     * @return {@code true} once {@link #openStream()} was called
     */
    public synchronized boolean opened() {
        return stream != null;
    }

    /**
     * Tells whether the stream was opened and then closed.
     *
     * @return {@code true} when closed
     */
    public synchronized boolean closed() {
        return stream != null && stream.closed;
    }

    /**
     * Returns what was written so far.
     *
     * @return a copy of the bytes, empty when the output was never opened
     */
    public synchronized byte[] bytes() {
        return stream == null ? new byte[0] : stream.toByteArray();
    }

    /**
     * Returns what was written so far, decoded as UTF-8.
     *
     * @return the text
     */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** A stream that remembers whether it was closed and refuses writes afterwards. */
    private static final class TrackedStream extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile boolean closed;

        @Override
        public synchronized void write(int b) throws IOException {
            ensureOpen();
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            ensureOpen();
            bytes.write(b, off, len);
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("the stream is closed");
            }
        }

        synchronized byte[] toByteArray() {
            return bytes.toByteArray();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
