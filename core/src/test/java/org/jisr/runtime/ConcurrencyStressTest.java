package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jisr.core.ProgressListener;
import org.jisr.runtime.fixtures.NamesAdapter;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link Validator}, and one {@link Jisr} runtime, shared by 8 threads that validate (and
 * convert) the same documents at once, each thread in an order of its own, give exactly the
 * reports — and the bytes — of a sequential run. The documents: the examples, the 18 invalid
 * examples, and documents generated from the flagship by seeded mutations (a character dropped,
 * a line repeated, a value changed), so that all four layers report. Bounded by a fixed number
 * of rounds, not by time.
 */
class ConcurrencyStressTest {

    private static final int THREADS = 8;
    /** Rounds of the validator's test; the runtime's, which also converts, does one. */
    private static final int ROUNDS = 2;

    @Test
    void one_validator_shared_by_eight_threads_gives_the_sequential_reports() throws Exception {
        Map<String, String> documents = documents();
        Validator validator = Validator.builder().build();
        Map<String, String> expected = new LinkedHashMap<>();
        documents.forEach((name, text) -> expected.put(name, fingerprint(validator.validateText(text, name))));

        Map<String, List<String>> seen = inParallel(new ArrayList<>(documents.keySet()), ROUNDS,
                name -> fingerprint(validator.validateText(documents.get(name), name)));

        assertThat(new java.util.HashSet<>(expected.values())).as("the documents give varied reports").hasSizeGreaterThan(15)
                .anyMatch(f -> f.contains("schema.")).anyMatch(f -> f.contains("rule."))
                .anyMatch(f -> f.contains("syntax."));
        seen.forEach((name, fingerprints) -> assertThat(fingerprints).as(name).hasSize(THREADS * ROUNDS)
                .containsOnly(expected.get(name)));
    }

    @Test
    void one_runtime_validates_and_converts_from_eight_threads_as_it_does_alone(@TempDir Path work) throws Exception {
        Map<String, String> documents = new LinkedHashMap<>(documents());
        documents.keySet().removeIf(name -> name.startsWith("mutated-") && !name.matches("mutated-[0-5]\\.json"));
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> d : documents.entrySet()) {
            files.put(d.getKey(), Files.writeString(work.resolve(d.getKey()), d.getValue()));
        }
        StringBuilder names = new StringBuilder(NamesAdapter.HEADER + "\n");
        for (int i = 1; i <= 200; i++) {
            names.append("org-name-").append(i).append(";Association illustrative ").append(i).append('\n');
        }
        files.put("partners.names", Files.writeString(work.resolve("partners.names"), names));
        Jisr jisr = Jisr.builder().adapter(new NamesAdapter()).build();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            expected.put(name, task(jisr, files.get(name), work.resolve("sequential-" + name + ".ndjson")));
        }

        Map<String, List<String>> seen = inParallel(new ArrayList<>(files.keySet()), 1, name -> task(jisr, files.get(name),
                work.resolve(Thread.currentThread().getName() + "-" + System.nanoTime() + "-" + name + ".ndjson")));

        assertThat(expected.values()).anyMatch(f -> f.contains("written=true"));
        seen.forEach((name, fingerprints) -> assertThat(fingerprints).as(name).hasSize(THREADS)
                .containsOnly(expected.get(name)));
    }

    /** Validates a file, then converts it to NDJSON: the report, the conversion's findings and the bytes written. */
    private static String task(Jisr jisr, Path file, Path output) {
        ValidationReport validation = jisr.validate(file, null, ProgressListener.NONE);
        String converted;
        try {
            ConversionReport conversion = jisr.convert(file, null, output, "ndjson", false);
            String bytes = conversion.written() ? Files.readString(output, StandardCharsets.UTF_8) : "";
            converted = "written=" + conversion.written() + " read=" + conversion.recordsRead() + " "
                    + conversion.findings().findings() + "\n" + bytes;
        } catch (UnknownFormatException e) {
            converted = "no reader: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fingerprint(validation).replace(file.getParent().toString(), "") + "\n"
                + converted.replace(file.getParent().toString(), "").replace(output.getFileName().toString(), "OUT");
    }

    /** Everything a report says, in order. */
    private static String fingerprint(ValidationReport report) {
        return report.records() + " records, " + report.errors() + " errors: " + report.findings();
    }

    /** A task that may throw. */
    @FunctionalInterface
    private interface Task {
        String run(String name) throws Exception;
    }

    /**
     * Runs the task for every name, {@code rounds} times, on {@link #THREADS} threads released
     * together, each thread in an order of its own; returns what each name gave, every time.
     */
    private static Map<String, List<String>> inParallel(List<String> names, int rounds, Task task) throws Exception {
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<String> order = new ArrayList<>(names);
                Collections.shuffle(order, new Random(t));
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        for (String name : order) {
                            String result = task.run(name);
                            seen.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>())).add(result);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(); // rethrows what a thread threw
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        return seen;
    }

    /** The examples, the invalid examples and 12 seeded mutations of the flagship, by file name. */
    private static Map<String, String> documents() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String name : List.of("workshop-2024-12-10.json", "workshop-2024-12-10.ndjson", "twinnings-fr-tn.json")) {
            documents.put(name, resource("/examples/" + name));
        }
        for (int i = 1; i <= 18; i++) {
            String prefix = String.format("%02d-", i);
            String name = invalidNamed(prefix);
            documents.put(name, resource("/examples/invalid/" + name));
        }
        String flagship = documents.get("workshop-2024-12-10.json");
        Random random = new Random(20241210);
        for (int i = 0; i < 12; i++) {
            documents.put("mutated-" + i + ".json", mutate(flagship, random, i % 3));
        }
        return documents;
    }

    private static String mutate(String text, Random random, int kind) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = 1 + random.nextInt(lines.size() - 2);
        switch (kind) {
            case 0 -> { // a character dropped: mostly syntax or schema findings
                String line = lines.get(at);
                if (!line.isEmpty()) {
                    int c = random.nextInt(line.length());
                    lines.set(at, line.substring(0, c) + line.substring(c + 1));
                }
            }
            case 1 -> lines.add(at, lines.get(at)); // a line repeated: duplicate members, ids
            default -> lines.set(at, lines.get(at).replaceFirst("\"[a-z]+-[a-z0-9-]+\"", "\"changed-" + at + "\""));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String invalidNamed(String prefix) throws IOException {
        for (String line : resource("/examples/invalid/README.md").lines().toList()) {
            int start = line.indexOf("[`" + prefix);
            if (start >= 0) {
                return line.substring(start + 2, line.indexOf('`', start + 2));
            }
        }
        throw new IllegalStateException("no invalid example " + prefix);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcurrencyStressTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
