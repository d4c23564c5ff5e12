package org.jisr.spi;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an adapter writes. The host makes writing atomic: the stream goes to a temporary file
 * that replaces the target only when the writer closes without error.
 *
 * @since 0.1
 */
public interface AdapterOutput {

    /**
     * Returns the name of the target, as given by the user.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the target file (or folder, for formats made of several files), when there is one.
     *
     * @return the path, or empty when writing to a stream
     */
    Optional<Path> path();

    /**
     * Opens the output; called at most once by a writer.
     *
     * @return the stream; the writer closes it
     * @throws org.jisr.core.JisrIOException when it cannot be opened
     */
    OutputStream openStream();
}
