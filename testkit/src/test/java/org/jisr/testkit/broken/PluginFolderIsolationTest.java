package org.jisr.testkit.broken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.PluginProblem;
import org.jisr.runtime.PluginProblem.Kind;
import org.jisr.runtime.Selection;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken adapter of the library in a plugin folder, each in a jar of its own (so in a class
 * loader of its own), next to the well-behaved one, a corrupt jar, a jar without adapter, a
 * plugin made of two jars and a file that is no jar. Discovery reports each broken provider with
 * exactly its diagnosis; the good adapters are registered and work; those that fail in use fail
 * into findings.
 */
class PluginFolderIsolationTest {

    @TempDir
    static Path plugins;

    private static Jisr jisr;

    private static String jar(String name) {
        return plugins.resolve(name).toString();
    }

    @BeforeAll
    static void writePlugins() throws IOException {
        PluginJar.write(plugins.resolve("00-well-behaved.jar"), WellBehavedAdapter.class);
        PluginJar.write(plugins.resolve("10-throwing-constructor.jar"), ThrowingConstructorAdapter.class);
        PluginJar.write(plugins.resolve("11-failing-static-initializer.jar"), FailingStaticInitializerAdapter.class);
        PluginJar.write(plugins.resolve("12-no-public-constructor.jar"), NoPublicConstructorAdapter.class);
        PluginJar.write(plugins.resolve("13-throwing-descriptor.jar"), ThrowingDescriptorAdapter.class);
        PluginJar.write(plugins.resolve("14-null-descriptor.jar"), NullDescriptorAdapter.class);
        PluginJar.write(plugins.resolve("15-invalid-id.jar"), InvalidIdAdapter.class);
        PluginJar.write(plugins.resolve("16-future-spi.jar"), FutureSpiAdapter.class);
        PluginJar.write(plugins.resolve("17-duplicate-id.jar"), DuplicateIdAdapter.class);
        PluginJar.write(plugins.resolve("18-not-an-adapter.jar"), NotAnAdapter.class);
        PluginJar.write(plugins.resolve("20-in-use.jar"), ThrowingDetectAdapter.class, ThrowingReaderAdapter.class,
                ThrowingWriterAdapter.class, EndlessReaderAdapter.class);
        Files.write(plugins.resolve("30-corrupt.jar"), "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.UTF_8));
        try (JarOutputStream empty = new JarOutputStream(Files.newOutputStream(plugins.resolve("31-no-adapter.jar")))) {
            empty.putNextEntry(new JarEntry("README.txt"));
            empty.write("no adapter here".getBytes(StandardCharsets.UTF_8));
            empty.closeEntry();
        }
        Files.writeString(plugins.resolve("32-notes.txt"), "not a jar: ignored");
        // A plugin with a library: the service file in one jar, the classes in another.
        Path twoJars = Files.createDirectory(plugins.resolve("40-two-jars"));
        try (JarOutputStream services = new JarOutputStream(Files.newOutputStream(twoJars.resolve("a-services.jar")))) {
            services.putNextEntry(new JarEntry("META-INF/services/org.jisr.spi.Adapter"));
            services.write(LonelyAdapter.class.getName().getBytes(StandardCharsets.UTF_8));
            services.closeEntry();
        }
        PluginJar.write(twoJars.resolve("b-library.jar"), LonelyAdapter.class);
        jisr = Jisr.builder().discoverAdapters(false).pluginFolder(plugins).build();
    }

    @Test
    void each_broken_provider_gives_exactly_its_diagnosis() {
        String pkg = "org.jisr.testkit.broken.";

        assertThat(jisr.problems()).extracting(PluginProblem::diagnosis).containsExactlyInAnyOrder(
                pkg + "ThrowingConstructorAdapter: constructor failed: java.lang.IllegalStateException: "
                        + "broken on purpose: constructor",
                pkg + "FailingStaticInitializerAdapter: static initializer failed: java.lang.IllegalStateException: "
                        + "broken on purpose: static initializer",
                pkg + "NoPublicConstructorAdapter: needs a public no-arg constructor",
                pkg + "ThrowingDescriptorAdapter: descriptor() failed: java.lang.IllegalStateException: "
                        + "broken on purpose: descriptor",
                pkg + "NullDescriptorAdapter: invalid descriptor: descriptor() returned null",
                pkg + "InvalidIdAdapter: invalid descriptor: an adapter id is lower-case kebab-case: Broken_Id",
                pkg + "FutureSpiAdapter: targets SPI version 2, this Jisr supports 1",
                pkg + "DuplicateIdAdapter: duplicate id 'well-behaved' (also " + pkg + "WellBehavedAdapter)",
                pkg + "NotAnAdapter: cannot be loaded: not an implementation of org.jisr.spi.Adapter",
                jar("30-corrupt.jar") + ": cannot be read as a plugin: java.util.zip.ZipException: "
                        + "zip END header not found",
                jar("31-no-adapter.jar") + ": declares no adapter (no META-INF/services/org.jisr.spi.Adapter)");
    }

    @Test
    void each_problem_names_its_kind_and_the_plugin_it_comes_from() {
        Map<Kind, String> origins = new java.util.EnumMap<>(Kind.class);
        jisr.problems().forEach(p -> origins.put(p.kind(), p.origin()));

        assertThat(origins).containsEntry(Kind.CONSTRUCTOR_FAILED, jar("10-throwing-constructor.jar"))
                .containsEntry(Kind.STATIC_INITIALIZER_FAILED, jar("11-failing-static-initializer.jar"))
                .containsEntry(Kind.NO_PUBLIC_CONSTRUCTOR, jar("12-no-public-constructor.jar"))
                .containsEntry(Kind.DESCRIPTOR_FAILED, jar("13-throwing-descriptor.jar"))
                .containsEntry(Kind.UNSUPPORTED_SPI_VERSION, jar("16-future-spi.jar"))
                .containsEntry(Kind.DUPLICATE_ID, jar("17-duplicate-id.jar"))
                .containsEntry(Kind.PROVIDER_NOT_LOADABLE, jar("18-not-an-adapter.jar"))
                .containsEntry(Kind.UNREADABLE_PLUGIN, jar("30-corrupt.jar"))
                .containsEntry(Kind.PLUGIN_WITHOUT_ADAPTER, jar("31-no-adapter.jar"));
        assertThat(jisr.problems()).filteredOn(p -> p.kind() == Kind.INVALID_DESCRIPTOR)
                .extracting(PluginProblem::origin)
                .containsExactlyInAnyOrder(jar("14-null-descriptor.jar"), jar("15-invalid-id.jar"));
    }

    @Test
    void the_good_adapters_are_registered_with_their_plugin_as_origin() {
        assertThat(jisr.adapters()).extracting(AdapterInfo::id).containsExactly(EndlessReaderAdapter.ID, "lonely",
                ThrowingDetectAdapter.ID, ThrowingReaderAdapter.ID, ThrowingWriterAdapter.ID, WellBehavedAdapter.ID);
        assertThat(jisr.adapter(WellBehavedAdapter.ID)).get().satisfies(a -> {
            assertThat(a.origin()).isEqualTo(jar("00-well-behaved.jar"));
            assertThat(a.providerClass()).isEqualTo(WellBehavedAdapter.class.getName());
            assertThat(a.isBuiltIn()).isFalse();
        });
        assertThat(jisr.adapter("lonely")).get().extracting(AdapterInfo::origin).isEqualTo(jar("40-two-jars"));
    }

    @Test
    void the_well_behaved_adapter_still_reads_and_writes(@TempDir Path work) throws IOException {
        Path file = Files.writeString(work.resolve("partners.well-behaved"), "Cités Unies France\n\nCFAD Sousse\n");
        AdapterInput input = AdapterInput.of(file);
        AdapterInfo chosen = jisr.select(input, Direction.READ).orElseThrow();
        RecordingContext context = new RecordingContext();

        List<JisrRecord> records = readAll(chosen, input, context);
        Path out = work.resolve("copy.well-behaved");
        try (RecordWriter writer = chosen.adapter().openWriter(output(out), context)) {
            writer.begin(DocumentMetadata.EMPTY);
            records.forEach(writer::write);
        }

        assertThat(chosen.id()).isEqualTo(WellBehavedAdapter.ID);
        assertThat(records).extracting(JisrRecord::id).containsExactly("line-1", "line-3");
        assertThat(Files.readString(out)).isEqualTo("Cités Unies France\nCFAD Sousse\n");
        assertThat(context.findings).isEmpty();
    }

    @Test
    void an_adapter_whose_detect_throws_is_passed_over_with_a_finding() {
        AdapterInput input = AdapterInput.of("partners." + ThrowingDetectAdapter.ID, new byte[] {'x'});

        Selection selection = jisr.selection(input, Direction.READ);

        assertThat(selection.chosen()).isEmpty();
        assertThat(selection.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.failed");
            assertThat(f.parameters()).containsEntry("adapter", ThrowingDetectAdapter.ID)
                    .containsEntry("operation", "detect")
                    .containsEntry("error", "java.lang.IllegalStateException: broken on purpose: detect");
        });
    }

    @Test
    void a_reader_that_throws_keeps_what_it_read_and_reports_the_rest() {
        AdapterInput input = AdapterInput.of("partners.txt",
                "Cités Unies France\nCFAD Sousse\nVille de Sousse\n".getBytes(StandardCharsets.UTF_8));
        RecordingContext context = new RecordingContext();

        List<JisrRecord> records = readAll(jisr.adapter(ThrowingReaderAdapter.ID).orElseThrow(), input, context);

        assertThat(records).extracting(JisrRecord::id).containsExactly("line-1");
        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.failed");
            assertThat(f.parameters()).containsEntry("adapter", ThrowingReaderAdapter.ID)
                    .containsEntry("operation", "next")
                    .containsEntry("error", "java.lang.IllegalStateException: broken on purpose: next");
            assertThat(f.location().file()).isEqualTo("partners.txt");
        });
    }

    @Test
    void a_writer_that_throws_is_reported_and_stopped(@TempDir Path work) {
        RecordingContext context = new RecordingContext();
        List<JisrRecord> records = readAll(jisr.adapter(WellBehavedAdapter.ID).orElseThrow(),
                AdapterInput.of("in.txt", "A\nB\n".getBytes(StandardCharsets.UTF_8)), context);

        try (RecordWriter writer = jisr.adapter(ThrowingWriterAdapter.ID).orElseThrow().adapter()
                .openWriter(output(work.resolve("out.txt")), context)) {
            writer.begin(DocumentMetadata.EMPTY);
            records.forEach(writer::write);
        }

        assertThat(context.findings).extracting(Finding::code, f -> f.parameters().get("operation"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adapter.failed", "write"));
    }

    @Test
    void a_reader_that_never_ends_is_stopped_at_the_record_limit() {
        RecordingContext context = new RecordingContext(1_000);

        List<JisrRecord> records = readAll(jisr.adapter(EndlessReaderAdapter.ID).orElseThrow(),
                AdapterInput.of("anything", new byte[0]), context);

        assertThat(records).hasSize(1_000);
        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
            assertThat(f.parameters()).containsEntry("limit", "maxRecords").containsEntry("maximum", "1000");
        });
    }

    @Test
    void each_plugin_has_a_class_loader_of_its_own(@TempDir Path second) {
        // The same class in two plugins is two classes: the second one's id clashes, naming both.
        PluginJar.write(second.resolve("a.jar"), WellBehavedAdapter.class);
        PluginJar.write(second.resolve("b.jar"), WellBehavedAdapter.class);

        Jisr twice = Jisr.builder().discoverAdapters(false).pluginFolder(second).build();

        assertThat(twice.adapter(WellBehavedAdapter.ID)).get().extracting(AdapterInfo::origin)
                .isEqualTo(second.resolve("a.jar").toString());
        assertThat(twice.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_ID);
            assertThat(p.origin()).isEqualTo(second.resolve("b.jar").toString());
            assertThat(p.diagnosis()).isEqualTo(WellBehavedAdapter.class.getName() + ": duplicate id 'well-behaved' (also "
                    + WellBehavedAdapter.class.getName() + " in " + second.resolve("a.jar") + ")");
        });
    }

    private static List<JisrRecord> readAll(AdapterInfo adapter, AdapterInput input, RecordingContext context) {
        List<JisrRecord> records = new ArrayList<>();
        try (RecordReader reader = adapter.adapter().openReader(input, context)) {
            for (Optional<JisrRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    private static AdapterOutput output(Path file) {
        return new AdapterOutput() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public Optional<Path> path() {
                return Optional.of(file);
            }

            @Override
            public OutputStream openStream() {
                try {
                    return Files.newOutputStream(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

}
