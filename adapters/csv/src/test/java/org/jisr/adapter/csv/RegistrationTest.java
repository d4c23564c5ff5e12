package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.jisr.runtime.Jisr;
import org.jisr.spi.Adapter;
import org.junit.jupiter.api.Test;

/** The CSV adapters are registered both ways, and the runtime finds them. */
class RegistrationTest {

    @Test
    void service_loader_and_the_runtime_find_both_profiles_on_the_class_path() {
        assertThat(ServiceLoader.load(Adapter.class).stream().map(ServiceLoader.Provider::type))
                .contains(CsvFrAdapter.class, CsvTnAdapter.class);
        Jisr jisr = Jisr.builder().build();
        assertThat(jisr.problems()).isEmpty();
        assertThat(jisr.adapter("csv-fr")).isPresent();
        assertThat(jisr.adapter("csv-tn")).isPresent();
    }

    @Test
    void service_loader_finds_both_profiles_on_the_module_path() throws Exception {
        Path classes = Path.of("target/classes");
        Path[] modulePath = Stream.concat(Stream.of(classes), Stream.of(System.getProperty("java.class.path")
                        .split(File.pathSeparator)).map(Path::of).filter(p -> p.toString().endsWith(".jar")))
                .toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(modulePath);
        ModuleDescriptor module = finder.find("org.jisr.adapter.csv").orElseThrow().descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.jisr.adapter.tabular", "org.jisr.adapter.csv",
                        "org.jisr.adapter.tabular.internal");
        assertThat(module.exports()).filteredOn(e -> e.source().endsWith(".internal"))
                .allSatisfy(e -> assertThat(e.targets()).containsExactly("org.jisr.adapter.xlsx"));

        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("org.jisr.adapter.csv"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("org.jisr.core").loadClass("org.jisr.spi.Adapter");
        List<String> providers = ServiceLoader.load(layer, spi).stream().map(p -> p.type().getName()).toList();

        assertThat(providers).contains(CsvFrAdapter.class.getName(), CsvTnAdapter.class.getName());
    }
}
