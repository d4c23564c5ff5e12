package org.jisr.testkit.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Writes what the naughty strings gave, one line per adapter and field, to the file named by the
 * system property {@code jisr.tck.naughtyStringsReport} when it is set: how many strings came
 * back unchanged, and the codes of the findings that explained the others. Nothing otherwise
 * (the contract tests write nothing to the standard streams).
 */
final class NaughtyStringsReport {

    static final String PROPERTY = "jisr.tck.naughtyStringsReport";

    private NaughtyStringsReport() {
    }

    static synchronized void add(String adapter, String field, int strings, int changed, Map<String, Integer> codes,
            int problems) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        String line = adapter + "\t" + field + "\t" + (strings - changed) + "/" + strings + " unchanged\t"
                + codes + (problems > 0 ? "\t" + problems + " PROBLEMS" : "") + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
