package org.jisr.spi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.spi.AdapterInput;

/**
 * A file (or folder) as an adapter input, named by its path as given. The first bytes are read
 * once, on the first {@link #peek}, and kept for the detections that follow; a file that cannot
 * be read peeks as empty (reading it then reports why). Thread-safe.
 */
public final class PathInput implements AdapterInput {

    /** The most bytes kept for {@link #peek}; larger peeks read the file again. */
    private static final int PEEK_CACHE = 64 * 1024;

    private final Path path;
    private volatile byte[] head;

    /**
     * Creates the input.
     *
     * @param path the file or folder
     */
    public PathInput(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public Optional<Path> path() {
        return Optional.of(path);
    }

    @Override
    public InputStream openStream() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new JisrIOException("cannot open " + path, e);
        }
    }

    @Override
    public byte[] peek(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        byte[] cached = head;
        if (cached == null) {
            cached = read(PEEK_CACHE);
            head = cached;
        }
        if (max <= cached.length || cached.length < PEEK_CACHE) {
            return Arrays.copyOf(cached, Math.min(max, cached.length));
        }
        return read(max);
    }

    private byte[] read(int max) {
        if (Files.isDirectory(path)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
