package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Conversion;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.spi.Adapter;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a host meets it: its jar dropped in a plugin folder, found by
 * {@code Jisr.builder().pluginFolder(dir)} and used to convert the flagship example. Runs in a
 * Surefire execution of its own ({@code plugin-folder}) whose class path does not hold the
 * plugin's classes: only the jar makes the adapter known.
 */
class PluginFolderConversionTest {

    private static final Path FLAGSHIP = Path.of("../data/workshop-2024-12-10.json");

    @TempDir
    static Path work;
    private static Jisr jisr;

    @BeforeAll
    static void drop_the_plugin_jar_in_a_plugin_folder() throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(Path.of(System.getProperty("jisr.plugin.classes", "target/classes")),
                plugins.resolve("jisr-example-plugin-markdown-agenda.jar"));
        jisr = Jisr.builder().pluginFolder(plugins).build();
    }

    @Test
    void the_adapter_comes_from_the_jar_alone() {
        assertThatThrownBy(() -> Class.forName("org.example.jisr.agenda.MarkdownAgendaAdapter"))
                .as("the plugin's classes are not on this test's class path").isInstanceOf(ClassNotFoundException.class);

        assertThat(jisr.problems()).isEmpty();
        AdapterInfo agenda = jisr.adapter("markdown-agenda").orElseThrow();
        assertThat(agenda.isBuiltIn()).isFalse();
        assertThat(agenda.origin()).contains("jisr-example-plugin-markdown-agenda.jar");
        assertThat(agenda.providerClass()).isEqualTo("org.example.jisr.agenda.MarkdownAgendaAdapter");
        assertThat(agenda.descriptor().limitations()).hasSize(20);
    }

    @Test
    void converts_the_flagship_events_to_an_agenda_and_reports_all_it_leaves_out() throws IOException {
        Path agenda = work.resolve("agenda.md");

        // No adapter named: Jisr detects json for the input and chooses the plugin for a .md output.
        ConversionReport report = jisr.convert(FLAGSHIP, null, agenda, null, false);

        assertThat(report.from()).isEqualTo("json");
        assertThat(report.to()).isEqualTo("markdown-agenda");
        assertThat(report.written()).isTrue();
        assertThat(report.recordsRead()).isEqualTo(18);
        assertThat(report.recordsWritten()).isEqualTo(2);
        assertThat(Files.readString(agenda)).startsWith("""
                # Atelier sur la coopération décentralisée entre les communes tunisiennes et leurs homologues \
                françaises, Tunis, 10 décembre 2024

                | Date | Fin | Type | Titre (fr) | العنوان (ar) | Lieu | Id |
                |---|---|---|---|---|---|---|
                | 2024-12-09 | 2024-12-11 | Visite de travail | Visite de travail d'une délégation de Cités Unies \
                France en Tunisie [en] Working visit of a Cités Unies France delegation to Tunisia | زيارة عمل وفد عن \
                جمعية أحياء فرنسية متحدة إلى تونس |  | event-cuf-working-visit-2024-12-09 |
                | 2024-12-10 | 2024-12-10 | Atelier | Organisation d'un atelier""");
        assertThat(report.losses()).filteredOn(l -> l.recordId().equals("event-cuf-working-visit-2024-12-09"))
                .extracting(ConversionReport.Loss::pointer)
                .containsExactly("/description", "/status", "/period/timeZone", "/venue/country", "/participants",
                        "/sources");
        assertThat(report.losses()).filteredOn(l -> l.recordId().equals("event-workshop-2024-12-10"))
                .extracting(ConversionReport.Loss::pointer)
                .containsExactly("/description", "/status", "/period/timeZone", "/attendanceMode",
                        "/venue/locality", "/venue/country", "/parent", "/participants", "/themes", "/outcomes",
                        "/sources");
        assertThat(report.losses()).filteredOn(l -> l.pointer().isEmpty()).hasSize(16)
                .allSatisfy(l -> assertThat(l.recordType().jsonName()).isIn("LocalAuthority", "Organization"));
        assertThat(report.losses()).allSatisfy(l -> assertThat(l.adapterId()).isEqualTo("markdown-agenda"));
        assertThat(report.lossCount()).isEqualTo(report.losses().size()).isEqualTo(6 + 11 + 16);
    }

    @Test
    void a_strict_conversion_refuses_to_lose_anything_and_writes_nothing() {
        Path agenda = work.resolve("strict-agenda.md");

        ConversionReport report = jisr.convert(FLAGSHIP, "json", agenda, "markdown-agenda", true);

        assertThat(report.written()).isFalse();
        assertThat(agenda).doesNotExist();
        assertThat(report.findings().errors()).isPositive();
    }

    @Test
    void reads_an_agenda_and_says_where_a_row_is_wrong() throws IOException {
        Path agenda = Files.writeString(work.resolve("agenda-with-a-bad-date.md"), """
                | Date | Fin | Type | Titre (fr) | العنوان (ar) | Lieu | Id |
                |---|---|---|---|---|---|---|
                | 2024-12-09 | 2024-12-11 | Visite de travail | Visite de travail |  |  | event-visit |
                | 10/12/2024 | 10/12/2024 | Atelier | Atelier |  |  | event-workshop |
                """);

        ConversionReport report = Conversion.of(adapter("markdown-agenda"), adapter("ndjson"))
                .run(agenda, work.resolve("events.ndjson"));

        assertThat(report.recordsRead()).isEqualTo(1);
        List<Finding> findings = report.findings().findings().stream()
                .filter(f -> f.code().startsWith("markdown-agenda.")).toList();
        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.code()).isEqualTo("markdown-agenda.bad-date"));
        Finding first = findings.get(0);
        assertThat(first.location()).isEqualTo(Location.of(agenda.toString(), "", 4, 3));
        assertThat(first.parameters()).isEqualTo(Map.of("column", "Date", "value", "10/12/2024"));
        assertThat(first.layer()).isEqualTo(Layer.ADAPTER);
        assertThat(findings.get(1).location().column()).isEqualTo(16);
        // The plugin's own messages, from its own jar, render through the runtime's messages.
        assertThat(jisr.messages("fr").render(first))
                .startsWith("« 10/12/2024 » dans la colonne « Date » n'est ni une date");
        assertThat(jisr.messages("ar").render(first)).contains("10/12/2024").doesNotContain("markdown-agenda.");
    }

    private static Adapter adapter(String id) {
        return jisr.adapter(id).orElseThrow().adapter();
    }

    /** Writes a jar of a folder of classes and resources, as {@code mvn package} does. */
    static void jar(Path classes, Path jar) throws IOException {
        assertThat(classes.resolve("META-INF/services/org.jisr.spi.Adapter")).isRegularFile();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
