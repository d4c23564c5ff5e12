package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.spi.Adapter;
import org.junit.jupiter.api.Test;

/**
 * The adapter is registered both ways, and each way works: {@code META-INF/services} on the class
 * path, {@code provides} in the module descriptor on the module path — where ical4j and what it
 * needs are modules too.
 */
class RegistrationTest {

    @Test
    void service_loader_finds_it_on_the_class_path_and_jisr_lists_it() {
        assertThat(ServiceLoader.load(Adapter.class).stream().map(ServiceLoader.Provider::type))
                .contains(IcsAdapter.class);
        assertThat(Jisr.builder().build().adapters()).extracting(AdapterInfo::id).contains(IcsAdapter.ID);
    }

    @Test
    void service_loader_finds_it_on_the_module_path() throws Exception {
        // The adapter's compiled classes, and the jars (or, in a reactor build, the compiled
        // classes of Jisr's own modules) it needs.
        Path classes = Path.of("target/classes").toAbsolutePath();
        Path[] modulePath = Stream.concat(Stream.of(classes), Stream.of(System.getProperty("java.class.path")
                        .split(File.pathSeparator)).map(p -> Path.of(p).toAbsolutePath())
                        .filter(p -> !p.equals(classes))
                        .filter(p -> p.toString().endsWith(".jar") || Files.exists(p.resolve("module-info.class"))))
                .toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(modulePath);
        ModuleDescriptor module = finder.find("org.jisr.adapter.ics").orElseThrow().descriptor();
        assertThat(module.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.jisr.spi.Adapter");
            assertThat(p.providers()).containsExactly(IcsAdapter.class.getName());
        });
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.jisr.adapter.ics");

        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("org.jisr.adapter.ics"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("org.jisr.core").loadClass("org.jisr.spi.Adapter");

        List<String> providers = ServiceLoader.load(layer, spi).stream()
                .map(p -> p.type().getName() + " in " + p.type().getModule().getName()).toList();

        assertThat(providers).contains(IcsAdapter.class.getName() + " in org.jisr.adapter.ics");
        assertThat(Files.exists(classes.resolve("module-info.class"))).isTrue();
    }
}
