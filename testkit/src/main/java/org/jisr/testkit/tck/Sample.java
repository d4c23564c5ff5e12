package org.jisr.testkit.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sample file in an adapter's format, given to the {@link AdapterContractTest}: its name (which
 * carries the extension detection may look at) and its bytes.
 *
 * @param name  the file name, such as {@code agenda-2024.md}
 * @param bytes the content
 * @since 0.1
 */
public record Sample(String name, byte[] bytes) {

    /** Creates a sample; the bytes are copied. */
    public Sample {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    /**
     * Reads a sample from a file.
     *
     * @param file the file
     * @return the sample, named after the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Sample of(Path file) {
        try {
            return new Sample(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the sample " + file, e);
        }
    }

    /**
     * Reads a sample from a resource next to a class (usually the test class).
     *
     * @param anchor the class the resource name is relative to
     * @param name   the resource name ({@code agenda.md}, or {@code /samples/agenda.md} from the root)
     * @return the sample, named after the resource's last path segment
     * @throws IllegalArgumentException when there is no such resource
     * @throws UncheckedIOException     when it cannot be read
     */
    public static Sample ofResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " next to " + anchor.getName());
            }
            return new Sample(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the resource " + name, e);
        }
    }

    /**
     * Creates a sample from a text, encoded in UTF-8.
     *
     * @param name the file name
     * @param text the content
     * @return the sample
     */
    public static Sample of(String name, String text) {
        return new Sample(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the content.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns an input over this sample.
     *
     * @return a new input
     */
    public RecordingInput input() {
        return RecordingInput.of(name, bytes);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Sample s && s.name.equals(name) && java.util.Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
