package org.jisr.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example data files, found relative to the examples module (the tests' working directory). */
final class ExampleFiles {
    static final Path DATA = Path.of("data");
    static final Path INVALID = DATA.resolve("invalid");
    static final Path WORKSHOP = DATA.resolve("workshop-2024-12-10.json");
    static final Path WORKSHOP_NDJSON = DATA.resolve("workshop-2024-12-10.ndjson");

    private ExampleFiles() {
    }

    static List<Path> validDocuments() {
        return list(DATA, ".json");
    }

    static List<Path> validStreams() {
        return list(DATA, ".ndjson");
    }

    static List<Path> invalidDocuments() {
        return list(INVALID, ".json");
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no " + suffix + " file in " + dir.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
