package org.jisr.runtime.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jisr.spi.AdapterOutput;
import org.jspecify.annotations.Nullable;

/**
 * A target file written atomically: the writer writes a temporary file next to the target (same
 * folder, so same file system), which {@link #commit()} moves over the target and
 * {@link #discard()} deletes. Until the commit the target is untouched. Not thread-safe.
 *
 * <p>The temporary file is named {@code .<target name>.<random>.tmp} — hidden, named after the
 * target, so that a user who sees one knows what it is, and no tool takes it for the output.
 * What happens to it when the run does not end normally:
 * <ul>
 * <li>an exception, a failing adapter, an error finding: {@link #discard()} deletes it;</li>
 * <li>the JVM is asked to stop (SIGTERM, Ctrl-C, {@code System.exit}): a shutdown hook deletes
 *     the temporary files of the runs still going;</li>
 * <li>the JVM is killed (SIGKILL, a crash, a power cut): the file stays; the next run writing the
 *     same target deletes it. A run holds a lock on its temporary file for its whole life (the
 *     operating system drops it when the process dies), so a leftover is told from the file of a
 *     run still going, in this process or another, by whether it can be locked. An empty file
 *     younger than a minute is left alone too, in case its run has created it but not locked it
 *     yet.</li>
 * </ul>
 */
final class AtomicTarget implements AdapterOutput {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The temporary files of the runs going on in this JVM, deleted by the shutdown hook. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Duration YOUNG = Duration.ofMinutes(1);
    private static volatile boolean hooked;

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final @Nullable FileLock lock;
    private boolean opened;
    private boolean finished;

    private AtomicTarget(Path target, Path temporary, FileChannel channel, @Nullable FileLock lock) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Deletes what killed runs left for this target, then creates the temporary file, locked, with
     * the permissions a new file gets in that folder.
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
        sweep(folder, name.toString());
        hook();
        while (true) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // another run picked the same name: pick again
            }
            LIVE.add(temporary);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | UnsupportedOperationException e) {
                lock = null; // a file system without locks: the file is still written atomically
            }
            return new AtomicTarget(target, temporary, channel, lock);
        }
    }

    /** Deletes the temporary files of this target that no run holds any more. */
    static void sweep(Path folder, String name) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9a-z]{1,13}\\.tmp");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + escapeGlob(name) + ".*.tmp")) {
            for (Path leftover : entries) {
                if (ours.matcher(leftover.getFileName().toString()).matches() && !LIVE.contains(leftover)) {
                    deleteIfAbandoned(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder that cannot be listed fails later, in create.
        }
    }

    private static void deleteIfAbandoned(Path leftover) {
        try (FileChannel channel = FileChannel.open(leftover, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return; // another process's run is writing it
            }
            if (channel.size() == 0
                    && Files.getLastModifiedTime(leftover).toInstant().isAfter(Instant.now().minus(YOUNG))) {
                return; // perhaps created, not yet locked, by a run starting now
            }
            Files.deleteIfExists(leftover);
        } catch (OverlappingFileLockException e) {
            // A run of this JVM holds it.
        } catch (IOException | RuntimeException e) {
            // Not ours to delete after all (permissions, gone already).
        }
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Installs, once, the shutdown hook that deletes the temporary files of runs still going. */
    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (LIVE) {
            if (hooked) {
                return;
            }
            Thread cleaner = new Thread(() -> {
                for (Path temporary : LIVE) {
                    try {
                        Files.deleteIfExists(temporary);
                    } catch (IOException | RuntimeException e) {
                        // The JVM is stopping: the next run cleans what is left.
                    }
                }
            }, "jisr-delete-temporary-outputs");
            try {
                Runtime.getRuntime().addShutdownHook(cleaner);
            } catch (IllegalStateException | SecurityException e) {
                // Already shutting down, or not allowed: the next run cleans up instead.
            }
            hooked = true;
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

    /**
     * Returns a stream into the temporary file. Closing it flushes it but keeps the file open
     * and locked until the commit or discard, so that no other run takes it for a leftover.
     */
    @Override
    public OutputStream openStream() {
        if (opened) {
            throw new IllegalStateException("the output is opened once");
        }
        opened = true;
        OutputStream out = Channels.newOutputStream(channel);
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (!finished) {
                    flush();
                }
            }
        };
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
        // On disk before the rename, so that a crash cannot leave an empty target behind.
        channel.force(true);
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
        release();
    }

    /**
     * Deletes the temporary file.
     *
     * @throws IOException when it cannot be deleted
     */
    void discard() throws IOException {
        try {
            Files.deleteIfExists(temporary); // while still locked, so that no sweep meets it half-gone
        } finally {
            release();
        }
    }

    /** Closes the file (which drops the lock); it is no longer this JVM's to delete at exit. */
    private void release() throws IOException {
        LIVE.remove(temporary);
        if (finished) {
            return;
        }
        finished = true;
        try {
            FileLock held = lock;
            if (held != null && held.isValid()) {
                held.release();
            }
        } finally {
            channel.close();
        }
    }
}
