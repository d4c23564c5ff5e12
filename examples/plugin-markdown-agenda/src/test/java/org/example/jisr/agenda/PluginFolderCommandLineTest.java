package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.cli.JisrCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a user of the {@code jisr} command line meets it: its jar in the folder given to
 * {@code --plugins}. Runs in the {@code plugin-folder} Surefire execution, whose class path does
 * not hold the plugin's classes.
 */
class PluginFolderCommandLineTest {

    private static final Path FLAGSHIP = Path.of("../data/workshop-2024-12-10.json");
    private static final Path AGENDA = Path.of("src/test/resources/agenda/agenda-2024.md");

    @TempDir
    static Path work;
    private static Path plugins;
    private static Path jar;

    /** One run of the command line. */
    record Run(int code, String out, String err) {
    }

    private static Run jisr(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JisrCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void drop_the_plugin_jar_in_a_plugin_folder() throws IOException {
        plugins = Files.createDirectories(work.resolve("plugins"));
        jar = plugins.resolve("jisr-example-plugin-markdown-agenda.jar");
        PluginFolderConversionTest.jar(Path.of(System.getProperty("jisr.plugin.classes", "target/classes")), jar);
    }

    @Test
    void formats_lists_the_plugin_with_its_id_version_and_jar() {
        Run r = jisr("formats", "--lang", "en", "--plugins", plugins.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("markdown-agenda\tAgenda de coopération en tableau Markdown\tread, write\t.md .markdown\t1.0.0\t"
                + jar).doesNotContain("could not be loaded");
        Run without = jisr("formats", "--lang", "en");
        assertThat(without.out()).doesNotContain("markdown-agenda");
    }

    @Test
    void formats_with_the_plugin_id_lists_what_it_cannot_carry_in_the_chosen_language() {
        Run r = jisr("formats", "--lang", "ar", "--plugins", plugins.toString(), "markdown-agenda");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        // The twenty limitations docs/writing-an-adapter.md describes; the plugin's classes are only in its jar here.
        int declared = 20;
        assertThat(r.out()).startsWith("markdown-agenda — Agenda de coopération en tableau Markdown")
                .contains("الإصدار: 1.0.0").contains("(" + declared + ")")
                .contains("  Event /description: وصف التظاهرة: لا يحتوي جدول الأجندة على عمود له.")
                .contains(jar.toString());
        assertThat(r.out().lines().filter(l -> l.startsWith("  Event /"))).hasSize(declared);
    }

    @Test
    void validate_reads_an_agenda_through_the_plugin() {
        Run r = jisr("validate", "--lang", "en", "--plugins", plugins.toString(), AGENDA.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Records: 2; errors: 0");
        Run bad = jisr("validate", "--lang", "fr", "--plugins", plugins.toString(), "--format", "markdown-agenda",
                "src/test/resources/agenda/malformed/bad-date.md");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("bad-date.md:").contains("markdown-agenda.bad-date")
                .contains("n'est ni une date");
    }

    @Test
    void inspect_and_demo_use_the_plugin() {
        Run inspect = jisr("inspect", "--lang", "en", "--plugins", plugins.toString(), AGENDA.toString());
        assertThat(inspect.code()).isZero();
        assertThat(inspect.out()).contains("Format: markdown-agenda").contains("Records: 2")
                .contains("of type Event: 2").contains("Languages of the texts: ar, fr")
                .doesNotContain("Exchange format version");

        Path demo = work.resolve("demo");
        Run r = jisr("demo", "--lang", "en", "--plugins", plugins.toString(), demo.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(demo.resolve("markdown-agenda/workshop-2024-12-10.md")
                + ": markdown-agenda, 2 of 18 records written; not carried: 16 whole records (LocalAuthority 11,"
                + " Organization 5); 17 values (")
                .contains(demo.resolve("markdown-agenda/twinnings-fr-tn.md")
                        + ": markdown-agenda, 0 of 19 records written; not carried: 19 whole records"
                        + " (LocalAuthority 12, Partnership 7)");
        assertThat(demo.resolve("markdown-agenda/workshop-2024-12-10.md")).content(StandardCharsets.UTF_8)
                .contains("| 2024-12-10 | 2024-12-10 | Atelier |");
        assertThat(FLAGSHIP).isRegularFile();
    }
}
