package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it, {@code java -jar jisr-cli-<version>-all.jar}, after the
 * package phase (Failsafe): its manifest names the main class, its merged service files still
 * list core's adapters and rules, and the exit codes are those of the in-process tests.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("jisr.cli.jar", "target/jisr-cli-all.jar"));

    @TempDir
    Path tmp;

    /** One run of the jar: exit code and both streams. */
    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_runs_version_validate_formats_and_demo() throws Exception {
        assertThat(JAR).isRegularFile();

        Run version = java("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("jisr " + org.jisr.core.JisrVersion.library());

        Run valid = java("validate", "--lang", "en", JisrCliTest.FLAGSHIP);
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).contains("Records: 18; errors: 0");
        assertThat(valid.err()).isEmpty();

        // Core's rules are found through the merged service files: a duplicate id breaks a rule.
        Path duplicate = Files.writeString(tmp.resolve("duplicate.json"), Files.readString(Path.of(JisrCliTest.FLAGSHIP))
                .replace("\"id\": \"org-cfad\"", "\"id\": \"org-cites-unies-france\""));
        Run invalid = java("validate", "--lang", "en", duplicate.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).contains("error rule.duplicate-id");

        Run missing = java("validate", "--lang", "en", "missing.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("jisr: missing.json: no such file." + System.lineSeparator());

        Run unknown = java("validate", "--bogus", JisrCliTest.FLAGSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).hasLineCount(1).doesNotContain("Exception");

        Run formats = java("formats", "--lang", "en");
        assertThat(formats.out()).contains("json\t").contains("ndjson\t").contains("built-in");

        Run demo = java("demo", "--lang", "en");
        assertThat(demo.code()).isZero();
        assertThat(tmp.resolve("jisr-demo/report.html")).isRegularFile();
        assertThat(tmp.resolve("jisr-demo/ndjson/workshop-2024-12-10.ndjson")).isRegularFile();
    }
}
