package org.jisr.testkit.broken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.PluginProblem;
import org.jisr.runtime.PluginProblem.Kind;
import org.jisr.runtime.Selection;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Direction;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that hang, each in a jar of its own in a real plugin folder, next to the well-behaved
 * one, with a time limit of one second per call: discovery gives up on a constructor or a
 * {@code descriptor()} that never returns; a call that never returns in use — a CPU loop, a
 * sleep deaf to interrupts, a blocking socket read — is reported as {@code adapter.timed-out},
 * leaves no output, and disables its adapter; the well-behaved adapter keeps working in the same
 * runtime. (A plugin that allocates without bound is tested in a JVM with a small heap, by the
 * CLI's tests.)
 */
class PluginFaultsTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final String PKG = "org.jisr.testkit.broken.";

    @TempDir
    static Path plugins;

    private static Jisr jisr;

    @BeforeAll
    static void writePlugins() throws IOException {
        PluginJar.write(plugins.resolve("00-well-behaved.jar"), WellBehavedAdapter.class);
        PluginJar.write(plugins.resolve("10-hanging-constructor.jar"), HangingConstructorAdapter.class);
        PluginJar.write(plugins.resolve("11-hanging-descriptor.jar"), HangingDescriptorAdapter.class);
        // Kafka Connect's "missing class": the service file names a class the jar does not have.
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("12-missing-class.jar")))) {
            jar.putNextEntry(new JarEntry("META-INF/services/org.jisr.spi.Adapter"));
            jar.write((PKG + "MissingAdapter\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        PluginJar.write(plugins.resolve("20-blocking-reader.jar"), BlockingReaderAdapter.class);
        PluginJar.write(plugins.resolve("21-sleeping-reader.jar"), SleepingReaderAdapter.class);
        PluginJar.write(plugins.resolve("22-hanging-writer.jar"), HangingWriterAdapter.class);
        PluginJar.write(plugins.resolve("23-hanging-close.jar"), HangingCloseAdapter.class);
        jisr = Jisr.builder().discoverAdapters(false).pluginFolder(plugins).adapterCallTimeout(LIMIT).build();
    }

    @Test
    void discovery_gives_up_on_a_constructor_or_descriptor_that_never_returns() {
        assertThat(jisr.problems()).extracting(PluginProblem::kind, PluginProblem::diagnosis).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.TIMED_OUT, "The adapter “" + PKG + "HangingConstructorAdapter” "
                        + "did not return from constructor() within 1 s: it was stopped and disabled for the rest of "
                        + "this run; what it read or wrote may be incomplete."),
                org.assertj.core.groups.Tuple.tuple(Kind.TIMED_OUT, "The adapter “" + PKG + "HangingDescriptorAdapter” "
                        + "did not return from descriptor() within 1 s: it was stopped and disabled for the rest of "
                        + "this run; what it read or wrote may be incomplete."),
                org.assertj.core.groups.Tuple.tuple(Kind.PROVIDER_NOT_LOADABLE,
                        PKG + "MissingAdapter: cannot be loaded: class not found"));
        assertThat(jisr.adapters()).extracting(AdapterInfo::id).containsExactly(BlockingReaderAdapter.ID,
                HangingCloseAdapter.ID, HangingWriterAdapter.ID, SleepingReaderAdapter.ID, WellBehavedAdapter.ID);
        assertThat(jisr.adapterCallTimeout()).isEqualTo(LIMIT);
    }

    @Test
    void a_timed_out_problem_reads_in_french_and_arabic_too() {
        PluginProblem problem = jisr.problems().stream().filter(p -> p.kind() == Kind.TIMED_OUT).findFirst()
                .orElseThrow();

        assertThat(problem.diagnosis(FindingMessages.of("fr"))).contains("n’a pas répondu à").contains("en 1 s");
        assertThat(problem.diagnosis(FindingMessages.of("ar"))).contains("خلال 1 ث");
    }

    @Test
    void a_detect_that_loops_is_stopped_and_the_other_adapters_are_chosen(@TempDir Path work) throws Exception {
        Path folder = Files.createDirectory(work.resolve("plugins"));
        PluginJar.write(folder.resolve("a.jar"), WellBehavedAdapter.class);
        PluginJar.write(folder.resolve("b.jar"), HangingDetectAdapter.class);
        Jisr runtime = Jisr.builder().discoverAdapters(false).pluginFolder(folder).adapterCallTimeout(LIMIT).build();
        AdapterInput input = AdapterInput.of("partners.well-behaved", "A\n".getBytes(StandardCharsets.UTF_8));

        Selection first = runtime.selection(input, Direction.READ);
        Selection second = runtime.selection(input, Direction.READ);

        assertThat(first.chosen()).get().extracting(AdapterInfo::id).isEqualTo(WellBehavedAdapter.ID);
        assertThat(first.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.timed-out");
            assertThat(f.parameters()).isEqualTo(Map.of("adapter", HangingDetectAdapter.ID, "operation", "detect",
                    "seconds", "1"));
            assertThat(f.location().file()).isEqualTo("partners.well-behaved");
        });
        // Disabled: not asked again, and said once.
        assertThat(second.chosen()).get().extracting(AdapterInfo::id).isEqualTo(WellBehavedAdapter.ID);
        assertThat(second.findings()).isEmpty();
        assertThat(second.candidates()).filteredOn(c -> c.adapter().id().equals(HangingDetectAdapter.ID))
                .singleElement().satisfies(c -> {
                    assertThat(c.detection().confidence()).isZero();
                    assertThat(c.detection().reason()).contains("disabled after detect()");
                });
        // The CPU loop was interrupted: its thread ends.
        for (Thread t : workers("HangingDetectAdapter")) {
            t.join(10_000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }

    @Test
    void a_reader_that_sleeps_forever_is_stopped_nothing_is_written_and_the_adapter_is_disabled(@TempDir Path work)
            throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "Cités Unies France\nCFAD Sousse\n");
        Path output = Files.writeString(work.resolve("out.well-behaved"), "previous content\n");

        ConversionReport hung = jisr.convert(input, SleepingReaderAdapter.ID, output, WellBehavedAdapter.ID, false);
        ConversionReport again = jisr.convert(input, SleepingReaderAdapter.ID, output, WellBehavedAdapter.ID, false);
        Path other = work.resolve("other.well-behaved");
        ConversionReport good = jisr.convert(input, WellBehavedAdapter.ID, other, WellBehavedAdapter.ID, false);

        assertThat(hung.written()).isFalse();
        assertThat(codesAndOperations(hung)).containsExactly("adapter.timed-out next");
        assertThat(again.written()).isFalse();
        assertThat(codesAndOperations(again)).containsExactly("adapter.disabled openReader");
        assertThat(only(again).parameters()).containsEntry("fault", "next");
        assertThat(output).hasContent("previous content");
        assertThat(good.written()).isTrue();
        assertThat(other).hasContent("Cités Unies France\nCFAD Sousse");
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void a_reader_blocked_in_a_socket_read_is_stopped(@TempDir Path work) throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "A\n");
        Path output = work.resolve("out.well-behaved");

        ConversionReport report = jisr.convert(input, BlockingReaderAdapter.ID, output, WellBehavedAdapter.ID, false);

        assertThat(report.written()).isFalse();
        assertThat(codesAndOperations(report)).containsExactly("adapter.timed-out openReader");
        assertThat(output).doesNotExist();
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void a_writer_that_hangs_in_write_or_close_leaves_no_output(@TempDir Path work) throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "Cités Unies France\nCFAD Sousse\nVille de Sousse\n");
        Path inWrite = Files.writeString(work.resolve("a." + HangingWriterAdapter.ID), "previous content\n");
        Path inClose = work.resolve("b." + HangingCloseAdapter.ID);

        ConversionReport write = jisr.convert(input, WellBehavedAdapter.ID, inWrite, HangingWriterAdapter.ID, false);
        ConversionReport close = jisr.convert(input, WellBehavedAdapter.ID, inClose, HangingCloseAdapter.ID, false);

        assertThat(write.written()).isFalse();
        assertThat(codesAndOperations(write)).containsExactly("adapter.timed-out write");
        assertThat(inWrite).hasContent("previous content");
        assertThat(close.written()).isFalse();
        assertThat(codesAndOperations(close)).containsExactly("adapter.timed-out close");
        assertThat(inClose).doesNotExist();
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void a_validation_through_a_hanging_reader_ends_with_the_finding(@TempDir Path work) throws IOException {
        Path folder = Files.createDirectory(work.resolve("plugins"));
        PluginJar.write(folder.resolve("a.jar"), SleepingReaderAdapter.class);
        Jisr runtime = Jisr.builder().discoverAdapters(false).pluginFolder(folder).adapterCallTimeout(LIMIT).build();
        Path input = Files.writeString(work.resolve("in.txt"), "Cités Unies France\nCFAD Sousse\n");

        var report = runtime.validate(input, SleepingReaderAdapter.ID, org.jisr.core.ProgressListener.NONE);

        assertThat(report.findings()).extracting(Finding::code).contains("adapter.timed-out");
        assertThat(report.records()).isEqualTo(1);
    }

    private static List<String> codesAndOperations(ConversionReport report) {
        return report.findings().findings().stream().map(f -> f.code() + " " + f.parameters().get("operation"))
                .toList();
    }

    private static Finding only(ConversionReport report) {
        assertThat(report.findings().findings()).hasSize(1);
        return report.findings().findings().get(0);
    }

    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static List<Thread> workers(String provider) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("jisr-adapter-") && t.getName().contains("-" + provider + "-"))
                .toList();
    }
}
