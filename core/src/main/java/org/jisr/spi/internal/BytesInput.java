package org.jisr.spi.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jisr.spi.AdapterInput;

/** Bytes in memory as an adapter input, under a name. Immutable (the bytes are copied) and thread-safe. */
public final class BytesInput implements AdapterInput {

    private final String name;
    private final byte[] bytes;

    /**
     * Creates the input.
     *
     * @param name  the name findings are reported under; its extension helps choosing an adapter
     * @param bytes the content, copied
     */
    public BytesInput(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = bytes.clone();
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
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] peek(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        return Arrays.copyOf(bytes, Math.min(max, bytes.length));
    }

    @Override
    public String toString() {
        return name;
    }
}
