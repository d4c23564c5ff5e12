package org.jisr.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jisr.spi.AdapterInput;

/** Bytes in memory as an adapter's input, under a name. Immutable. */
public final class BytesInput implements AdapterInput {

    private final String name;
    private final byte[] bytes;

    /**
     * Creates the input.
     *
     * @param name  the name findings give (its extension helps detection)
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
        return Arrays.copyOf(bytes, Math.max(0, Math.min(max, bytes.length)));
    }

    @Override
    public String toString() {
        return name;
    }
}
