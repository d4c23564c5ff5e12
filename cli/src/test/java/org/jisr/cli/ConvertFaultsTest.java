package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jisr.testkit.broken.AllocatingReaderAdapter;
import org.jisr.testkit.broken.PluginJar;
import org.jisr.testkit.broken.SleepingReaderAdapter;
import org.jisr.testkit.broken.ThrowingWriterAdapter;
import org.jisr.testkit.broken.WellBehavedAdapter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during {@code jisr convert} and {@code jisr validate}, as a user meets them: a plugin
 * that hangs, throws or runs out of memory (real plugin jars through {@code --plugins}), and a
 * run killed with SIGKILL or stopped with SIGTERM part-way through writing. Whatever happens, the
 * output file is absent or keeps its previous content, and no temporary file is left where it
 * could be taken for output. The kill tests run {@code JisrCli.main} in a JVM of their own,
 * started from this test's class path; "part-way" is when the temporary output has grown, not
 * a time.
 */
class ConvertFaultsTest {

    private static final String PREVIOUS = "previous content\n";

    @TempDir
    Path tmp;

    @Test
    void a_plugin_that_hangs_ends_the_run_with_a_finding(@TempDir Path plugins) throws IOException {
        PluginJar.write(plugins.resolve("sleeping.jar"), SleepingReaderAdapter.class);
        PluginJar.write(plugins.resolve("well-behaved.jar"), WellBehavedAdapter.class);
        Path input = Files.writeString(tmp.resolve("in.txt"), "Cités Unies France\nCFAD Sousse\n");
        Path output = Files.writeString(tmp.resolve("out.well-behaved"), PREVIOUS);

        JisrCliTest.Run r = JisrCliTest.run("convert", "--lang", "en", "--plugins", plugins.toString(),
                "--adapter-timeout", "1", "--from", SleepingReaderAdapter.ID, "--to", WellBehavedAdapter.ID,
                input.toString(), output.toString());

        // convert validates its input first: the reader hangs there, and nothing is converted.
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("adapter.timed-out").contains("did not return from next() within 1 s");
        assertThat(r.err()).contains("nothing written").doesNotContain("Exception");
        assertThat(output).hasContent(PREVIOUS.strip());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_writer_that_throws_part_way_leaves_the_previous_output(@TempDir Path plugins) throws IOException {
        PluginJar.write(plugins.resolve("throwing.jar"), ThrowingWriterAdapter.class);
        Path output = Files.writeString(tmp.resolve("out." + ThrowingWriterAdapter.ID), PREVIOUS);

        JisrCliTest.Run r = JisrCliTest.run("convert", "--lang", "en", "--plugins", plugins.toString(), "--to",
                ThrowingWriterAdapter.ID, JisrCliTest.FLAGSHIP, output.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("adapter.failed").contains("write()");
        assertThat(output).hasContent(PREVIOUS.strip());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void an_adapter_timeout_that_is_not_a_positive_number_is_a_usage_error() {
        JisrCliTest.Run r = JisrCliTest.run("formats", "--lang", "en", "--adapter-timeout", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--adapter-timeout").contains("SECONDS > 0");
    }

    @Test
    void a_plugin_that_runs_out_of_memory_is_reported_and_the_next_file_is_validated(@TempDir Path plugins)
            throws Exception {
        PluginJar.write(plugins.resolve("allocating.jar"), AllocatingReaderAdapter.class);
        PluginJar.write(plugins.resolve("well-behaved.jar"), WellBehavedAdapter.class);
        Path hungry = Files.writeString(tmp.resolve("a." + AllocatingReaderAdapter.ID), "Cités Unies France\nCFAD\n");
        Path fine = Files.writeString(tmp.resolve("b." + WellBehavedAdapter.ID), "Cités Unies France\n");

        Process p = java(List.of("-Xmx64m"), "validate", "--lang", "en", "--plugins", plugins.toString(),
                hungry.toString(), fine.toString());

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        String out = Files.readString(tmp.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out + err).isEqualTo(1);
        assertThat(out).contains("adapter.out-of-memory").contains("ran out of memory in next()");
        // The second file was read too, by the well-behaved plugin: one record each.
        assertThat(out).contains("Records: 2; errors: 1;");
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    }

    @Test
    void running_out_of_memory_in_trusted_code_is_one_line_not_a_stack_trace(@TempDir Path jars) throws Exception {
        // On the class path the same adapter is trusted code, called directly: its OutOfMemoryError
        // is not isolated, and reaches the command line, which must still end with one line.
        Path allocating = jars.resolve("allocating.jar");
        PluginJar.write(allocating, AllocatingReaderAdapter.class);
        Path hungry = Files.writeString(tmp.resolve("a." + AllocatingReaderAdapter.ID), "Cités Unies France\nCFAD\n");

        Process p = java(List.of("-Xmx64m"), allocating, "validate", "--lang", "en", hungry.toString());

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        String err = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(JisrCli.USAGE);
        assertThat(err).contains("out of memory (the Java heap holds at most").contains("JDK_JAVA_OPTIONS=-Xmx1g")
                .doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    }

    @Test
    void a_run_killed_part_way_leaves_the_previous_output_and_the_next_run_cleans_up() throws Exception {
        Path input = largeInput();
        Path output = Files.writeString(tmp.resolve("out.json"), PREVIOUS);

        Process p = java(List.of(), "convert", "--quiet", "--to", "json", input.toString(), output.toString());
        Path temporary = waitForGrowingTemporary(p, "out.json");
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).hasContent(PREVIOUS.strip());
        // The leftover is hidden and named after the target: .out.json.<random>.tmp
        assertThat(temporary).exists();
        assertThat(temporary.getFileName().toString()).startsWith(".out.json.").endsWith(".tmp");

        // The next run to the same target deletes it (no process holds its lock any more).
        Path small = Files.writeString(tmp.resolve("small.ndjson"), header() + organization(1));
        JisrCliTest.Run next = JisrCliTest.run("convert", "--quiet", "--to", "json", small.toString(),
                output.toString());
        assertThat(next.code()).as(next.out() + next.err()).isZero();
        assertThat(temporary).doesNotExist();
        assertThat(Files.readString(output)).contains("org-generated-1");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_run_stopped_with_sigterm_part_way_deletes_its_temporary_file() throws Exception {
        Path input = largeInput();
        Path output = tmp.resolve("out.json");

        Process p = java(List.of(), "convert", "--quiet", "--to", "json", input.toString(), output.toString());
        Path temporary = waitForGrowingTemporary(p, "out.json");
        p.destroy(); // SIGTERM: the shutdown hook deletes the temporary file
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).doesNotExist();
        assertThat(temporary).doesNotExist();
        assertThat(temporaryFiles()).isEmpty();
    }

    /** Starts {@code JisrCli.main} in a JVM of its own, from this test's class path. */
    private Process java(List<String> jvmOptions, String... args) throws IOException {
        return java(jvmOptions, null, args);
    }

    /** Starts {@code JisrCli.main} in a JVM of its own, with one more jar on the class path when not {@code null}. */
    private Process java(List<String> jvmOptions, @Nullable Path extraJar, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path")
                + (extraJar == null ? "" : java.io.File.pathSeparator + extraJar);
        command.addAll(List.of("-cp", classPath, JisrCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
    }

    /**
     * Waits until the run has written part of its output: its temporary file holds more than
     * 64 KiB. Fails if the run ends first (the input is then too small for this machine).
     */
    private Path waitForGrowingTemporary(Process p, String target) throws Exception {
        while (true) {
            Optional<Path> temporary = temporaryFiles().stream()
                    .filter(f -> f.getFileName().toString().startsWith("." + target + ".")).findFirst();
            if (temporary.isPresent() && size(temporary.get()) > 64 * 1024) {
                return temporary.get();
            }
            assertThat(p.isAlive()).as("the run is still going (%s)", Files.readString(tmp.resolve("stderr.txt")))
                    .isTrue();
            Thread.sleep(2);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /**
     * An NDJSON stream of the flagship's header and 30,000 generated associations (illustrative,
     * named {@code Association illustrative <n>}): long enough to convert that the test meets it
     * part-way.
     */
    private Path largeInput() throws IOException {
        Path file = tmp.resolve("large.ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header());
            for (int n = 1; n <= 30_000; n++) {
                out.write(organization(n));
            }
        }
        return file;
    }

    private static String header() throws IOException {
        Path example = Path.of(JisrCliTest.FLAGSHIP.replace(".json", ".ndjson"));
        return Files.readAllLines(example, StandardCharsets.UTF_8).get(0) + "\n";
    }

    private static String organization(int n) {
        return "{\"type\":\"Organization\",\"id\":\"org-generated-" + n + "\",\"name\":{\"fr\":\"Association illustrative "
                + n + "\"},\"kind\":\"association\",\"country\":\"TN\"}\n";
    }
}
