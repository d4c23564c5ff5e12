package org.jisr.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The exchange files of a folder, as {@link ExchangeFiles} and {@link ExchangeFileTests} run them:
 * the regular files directly in the folder whose names end in {@code .json}, {@code .ndjson} or
 * {@code .jsonl} (any case), sorted by name. A folder that is missing or holds no such file is a
 * mistake in the test, not a pass: it fails loudly.
 */
final class ExchangeFolder {

    /** The endings of the file names the validator knows. */
    static final List<String> ENDINGS = List.of(".json", ".ndjson", ".jsonl");

    private ExchangeFolder() {
    }

    /**
     * Lists the exchange files of a folder.
     *
     * @param folder the folder, relative to the working directory unless absolute
     * @param user   who asks, for the messages ({@code @ExchangeFiles})
     * @return the files, sorted by name, at least one
     * @throws PreconditionViolationException when the folder is missing, is not a folder, or
     *                                        holds no exchange file
     */
    static List<Path> files(Path folder, String user) {
        if (!Files.exists(folder)) {
            throw new PreconditionViolationException(user + ": the folder " + folder + " does not exist (looked for "
                    + folder.toAbsolutePath().normalize() + ")");
        }
        if (!Files.isDirectory(folder)) {
            throw new PreconditionViolationException(user + ": " + folder + " is a file, not a folder");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(ExchangeFolder::isExchangeFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(user + ": could not list the folder " + folder, e);
        }
        if (files.isEmpty()) {
            throw new PreconditionViolationException(user + ": the folder " + folder
                    + " holds no exchange file (names ending in .json, .ndjson or .jsonl)");
        }
        return files;
    }

    private static boolean isExchangeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }
}
