package org.jisr.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.spi.AdapterInput;

/** A file as an adapter's input, named as the user gave it. Immutable; opened afresh on each call. */
public final class FileInput implements AdapterInput {

    private final Path file;

    /**
     * Creates the input.
     *
     * @param file the file (or folder)
     */
    public FileInput(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public Optional<Path> path() {
        return Optional.of(file);
    }

    @Override
    public InputStream openStream() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new JisrIOException("could not open " + file, e);
        }
    }

    /** The first bytes; none for a folder or a file that cannot be read (reading it will say why). */
    @Override
    public byte[] peek(int max) {
        if (max <= 0 || !Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max);
            return bytes.length == max ? bytes : Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
