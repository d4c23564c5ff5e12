package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jisr} launcher with its class-data-sharing archive, on a copy of the repository's
 * layout (the launcher, the built jar, the bundled examples) in a temporary folder: what it prints
 * is what {@code java -jar} prints, whether the archive is new, in use, unreadable or stale.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("jisr.cli.jar", "target/jisr-cli-all.jar"));
    private static final String EXAMPLE = "workshop-2024-12-10";

    @TempDir
    Path tmp;

    /** One run: exit code and both streams. */
    record Run(int code, String out, String err) {
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        // The launcher runs the java on the PATH: make it this test's java.
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + System.getenv("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the run ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run launcher(Path root, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", root.resolve("jisr").toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    @Test
    void the_launcher_prints_what_the_jar_prints_with_a_new_a_used_a_broken_and_a_stale_archive()
            throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Path.of("../jisr"), root.resolve("jisr"));
        Path jar = Files.copy(JAR, Files.createDirectories(root.resolve("cli/target")).resolve(JAR.getFileName()));
        Path data = Files.createDirectories(root.resolve("examples/data"));
        for (String suffix : List.of(".json", ".ndjson")) {
            Files.copy(Path.of("../examples/data", EXAMPLE + suffix), data.resolve(EXAMPLE + suffix));
        }
        Path archive = jar.resolveSibling(JAR.getFileName().toString().replace(".jar", ".jsa"));
        String[] validate = {"validate", "--lang", "en", JisrCliTest.FLAGSHIP};
        List<String> plain = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        plain.addAll(List.of(validate));
        Run expected = run(plain, Map.of());
        assertThat(expected.out()).contains("Records: 18; errors: 0");

        // First run: the launcher makes the archive, then runs the command with it.
        assertThat(launcher(root, Map.of(), validate)).isEqualTo(expected);
        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).as("the training run made an archive").isPositive();

        // The archive is in use: Jisr's own classes come from it, not from the jar.
        Path classes = tmp.resolve("classes.log");
        Run logged = launcher(root, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classes), validate);
        assertThat(logged.out()).isEqualTo(expected.out());
        assertThat(Files.readString(classes)).containsPattern("org\\.jisr\\.cli\\.JisrCli source: shared objects file");

        // An archive the JVM cannot read is ignored, silently.
        Files.writeString(archive, "not an archive");
        assertThat(launcher(root, Map.of(), validate)).isEqualTo(expected);

        // An archive older than the jar (a rebuilt jar): the archive is made again.
        Files.setLastModifiedTime(archive,
                FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        assertThat(launcher(root, Map.of(), validate)).isEqualTo(expected);
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
        assertThat(Files.size(archive)).as("a new archive").isGreaterThan(1_000_000);

        // Exit codes and standard error pass through unchanged.
        Run missing = launcher(root, Map.of(), "validate", "--lang", "en", "missing.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("jisr: missing.json: no such file." + System.lineSeparator());
    }
    @Test
    void the_launcher_sets_a_memory_policy_unless_the_user_chose_a_collector_or_a_heap_size() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Path.of("../jisr"), root.resolve("jisr"));
        Files.copy(JAR, Files.createDirectories(root.resolve("cli/target")).resolve(JAR.getFileName()));
        String flags = "-XX:+PrintCommandLineFlags";

        // Nothing chosen: the serial collector and a 192 MB heap, 64 MB young, touched at start.
        String chosen = launcher(root, Map.of("JAVA_TOOL_OPTIONS", flags), "--version").out();
        assertThat(chosen).contains("-XX:+UseSerialGC", "-XX:InitialHeapSize=201326592", "-XX:NewSize=67108864",
                "-XX:+AlwaysPreTouch");

        // A heap size (here in JDK_JAVA_OPTIONS, as benchmarks/run.sh gives it): the heap is the
        // user's, the collector still the serial one.
        String sized = launcher(root, Map.of("JAVA_TOOL_OPTIONS", flags, "JDK_JAVA_OPTIONS", "-Xmx64m"), "--version")
                .out();
        assertThat(sized).contains("-XX:+UseSerialGC", "-XX:MaxHeapSize=67108864")
                .doesNotContain("-XX:+AlwaysPreTouch", "-XX:NewSize=67108864");

        // A collector (here in JAVA_OPTS, which the launcher passes on): nothing of the policy.
        String collector = launcher(root, Map.of("JAVA_OPTS", "-XX:+UseParallelGC " + flags), "--version").out();
        assertThat(collector).contains("-XX:+UseParallelGC")
                .doesNotContain("-XX:+UseSerialGC", "-XX:+AlwaysPreTouch", "-XX:NewSize=67108864");

        // A share of the RAM: the heap is the user's.
        String share = launcher(root, Map.of("JAVA_OPTS", "-XX:MaxRAMPercentage=10 " + flags), "--version").out();
        assertThat(share).contains("-XX:+UseSerialGC", "-XX:MaxRAMPercentage=10")
                .doesNotContain("-XX:+AlwaysPreTouch", "-XX:InitialHeapSize=201326592");
    }
}
