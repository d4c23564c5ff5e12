package org.jisr.spi;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An input an adapter reads: a file or bytes, with the name findings are reported under. Given
 * by the host; an adapter may open it several times (each stream starts at the beginning) and
 * closes what it opens.
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
}
