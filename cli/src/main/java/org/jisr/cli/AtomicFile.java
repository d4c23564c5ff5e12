package org.jisr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in its folder, moved into place once complete: a failure
 * never leaves a half-written file, and an existing file stays as it was until the new one is
 * whole — as conversions write theirs.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.write(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
