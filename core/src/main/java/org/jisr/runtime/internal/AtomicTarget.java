package org.jisr.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.spi.AdapterOutput;
import org.jspecify.annotations.Nullable;

/**
 * A target file written atomically: the writer writes a temporary file next to the target (same
 * folder, so same file system), which {@link #commit()} moves over the target and
 * {@link #discard()} deletes. Until the commit the target is untouched. Not thread-safe.
 */
final class AtomicTarget implements AdapterOutput {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temporary;
    private @Nullable OutputStream stream;
    private boolean opened;

    private AtomicTarget(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * Creates the temporary file, with the permissions a new file gets in that folder.
     *
     * @param target the file to write
     * @return the target
     * @throws IOException when the folder does not exist or cannot be written, or the target is a folder
     */
    static AtomicTarget create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            throw new FileSystemException(target.toString(), null, "not a file");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        while (true) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return new AtomicTarget(target, Files.createFile(temporary));
            } catch (FileAlreadyExistsException e) {
                // Another run picked the same name: pick again.
            }
        }
    }

    @Override
    public String name() {
        return target.toString();
    }

    /**
     * The target, not the temporary file: an adapter writes through {@link #openStream()}, which
     * is what makes the output atomic. A writer that never opens the stream is left to write the
     * target itself.
     */
    @Override
    public Optional<Path> path() {
        return Optional.of(target);
    }

    @Override
    public OutputStream openStream() {
        if (opened) {
            throw new IllegalStateException("the output is opened once");
        }
        opened = true;
        try {
            OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            stream = out;
            return out;
        } catch (IOException e) {
            throw new JisrIOException("could not open " + temporary, e);
        }
    }

    /** The temporary file, for tests and diagnoses. */
    Path temporary() {
        return temporary;
    }

    /**
     * Moves the written file over the target: atomically where the file system can, else by
     * replacing it.
     *
     * @throws IOException when the file cannot be synced or moved; the temporary file stays, for
     *                     {@link #discard()}
     */
    void commit() throws IOException {
        if (!opened) {
            // The writer never opened the stream: it wrote nothing, or wrote at path() itself
            // (a format of several files). Moving an empty file over the target would destroy
            // either; leave the target to the writer.
            discard();
            return;
        }
        closeStream();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            // On disk before the rename, so that a crash cannot leave an empty target behind.
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Replacing an existing file atomically is up to the platform: try once more plainly.
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /**
     * Deletes the temporary file.
     *
     * @throws IOException when it cannot be deleted
     */
    void discard() throws IOException {
        try {
            closeStream();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Closes the stream the writer was given, in case the writer did not. */
    private void closeStream() throws IOException {
        OutputStream out = stream;
        stream = null;
        if (out != null) {
            out.close();
        }
    }
}
