package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.Direction;
import org.jisr.spi.SpiVersion;
import org.junit.jupiter.api.Test;

/** The canonical adapters are registered both ways, and say what they are. */
class AdapterRegistrationTest {

    private static final List<String> BUILT_IN = List.of(JsonDocumentAdapter.class.getName(),
            NdjsonAdapter.class.getName());

    private static Path coreClasses() throws URISyntaxException {
        return Path.of(Adapter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void service_loader_finds_them_on_the_class_path() {
        List<String> found = new ArrayList<>();
        ServiceLoader.load(Adapter.class).stream().forEach(p -> found.add(p.type().getName()));

        assertThat(found).containsAll(BUILT_IN);
    }

    @Test
    void the_services_file_and_the_provides_clause_name_the_same_adapters() throws Exception {
        Path classes = coreClasses();
        List<String> services = Files.readAllLines(classes.resolve("META-INF/services/org.jisr.spi.Adapter")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(Adapter.class.getName()))
                .flatMap(p -> p.providers().stream()).toList();

        assertThat(services).containsExactlyElementsOf(BUILT_IN);
        assertThat(provided).containsExactlyElementsOf(BUILT_IN);
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .doesNotContain(JsonDocumentAdapter.class.getPackageName());
    }

    @Test
    void service_loader_finds_them_on_the_module_path() throws Exception {
        ModuleLayer layer = coreOnTheModulePath();
        ClassLoader loader = layer.findLoader("org.jisr.core");
        Class<?> service = Class.forName(Adapter.class.getName(), false, loader);

        List<String> found = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(layer, service).stream().forEach(p -> {
            found.add(p.type().getName());
            try {
                Object adapter = p.get();
                Object descriptor = service.getMethod("descriptor").invoke(adapter);
                ids.add((String) descriptor.getClass().getMethod("id").invoke(descriptor));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(found).containsExactlyInAnyOrderElementsOf(BUILT_IN);
        assertThat(ids).containsExactlyInAnyOrder("json", "ndjson");
        assertThat(layer.findModule("org.jisr.core").orElseThrow().getDescriptor().isAutomatic()).isFalse();
    }

    @Test
    void the_json_adapter_describes_itself() {
        AdapterDescriptor d = new JsonDocumentAdapter().descriptor();

        assertThat(d.id()).isEqualTo("json");
        assertThat(d.name()).isEqualTo("Jisr exchange document (JSON)");
        assertThat(d.mediaTypes()).containsExactly("application/vnd.jisr+json", "application/json");
        assertThat(d.extensions()).containsExactly("json");
        assertCarriesEverything(d);
    }

    @Test
    void the_ndjson_adapter_describes_itself() {
        AdapterDescriptor d = new NdjsonAdapter().descriptor();

        assertThat(d.id()).isEqualTo("ndjson");
        assertThat(d.name()).isEqualTo("Jisr record stream (NDJSON)");
        assertThat(d.mediaTypes()).containsExactly("application/vnd.jisr+x-ndjson", "application/x-ndjson");
        assertThat(d.extensions()).containsExactly("ndjson", "jsonl");
        assertCarriesEverything(d);
    }

    private static void assertCarriesEverything(AdapterDescriptor d) {
        assertThat(d.directions()).containsExactlyInAnyOrder(Direction.READ, Direction.WRITE);
        assertThat(d.recordTypes()).isEqualTo(EnumSet.allOf(RecordType.class));
        assertThat(d.limitations()).isEmpty();
        assertThat(d.spiVersion()).isEqualTo(SpiVersion.CURRENT);
        assertThat(d.version()).isNotBlank();
    }

    /**
     * Core's classes and its runtime dependencies from the test class path, as a module layer of
     * their own (test libraries and the test classes stay out).
     */
    private static ModuleLayer coreOnTheModulePath() throws URISyntaxException, IOException {
        Path core = coreClasses();
        List<Path> path = new ArrayList<>();
        path.add(core);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            boolean testLibrary = name.startsWith("junit-") || name.startsWith("opentest4j")
                    || name.startsWith("apiguardian") || name.startsWith("assertj") || name.startsWith("jqwik")
                    || name.startsWith("archunit") || name.startsWith("byte-buddy") || name.startsWith("surefire")
                    || name.startsWith("common-") || name.startsWith("test-classes") || name.startsWith("junit5");
            if (p.equals(core) || testLibrary || !Files.exists(p)
                    || (Files.isDirectory(p) && !Files.exists(p.resolve("module-info.class")))) {
                continue;
            }
            path.add(p);
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("org.jisr.core"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader().getParent());
    }
}
