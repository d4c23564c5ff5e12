package org.jisr.spi;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jisr.spi.internal.BytesInput;
import org.jisr.spi.internal.PathInput;

/**
 * An input an adapter reads: a file or bytes, with the name findings are reported under. Given
 * by the host; an adapter may open it several times (each stream starts at the beginning) and
 * closes what it opens. Hosts make one with {@link #of(Path)} or {@link #of(String, byte[])};
 * those are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface AdapterInput {

    /**
     * Returns the name findings are reported under (usually the path as given by the user).
     *
     * @return the name
     */
    String name();

    /**
     * Returns the file, when the input is one (a folder for formats made of several files).
     *
     * @return the path, or empty for bytes in memory or a stream
     */
    Optional<Path> path();

    /**
     * Opens the input from its beginning.
     *
     * @return a new stream; the caller closes it
     * @throws org.jisr.core.JisrIOException when it cannot be opened
     */
    InputStream openStream();

    /**
     * Returns the first bytes of the input, for detection, without consuming anything.
     *
     * @param max the most bytes wanted
     * @return up to {@code max} bytes (fewer for a shorter input; none for a folder)
     */
    byte[] peek(int max);

    /**
     * An input reading a file (or a folder, for formats made of several files), named by its
     * path. Nothing is read until an adapter asks; the first bytes are read once for every
     * detection.
     *
     * @param path the file or folder
     * @return the input
     */
    static AdapterInput of(Path path) {
        return new PathInput(path);
    }

    /**
     * An input reading bytes in memory.
     *
     * @param name  the name findings are reported under; its extension helps choosing an adapter
     * @param bytes the content, copied
     * @return the input
     */
    static AdapterInput of(String name, byte[] bytes) {
        return new BytesInput(name, bytes);
    }
}
