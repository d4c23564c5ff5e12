package org.example.jisr.agenda;

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
import org.jisr.spi.Adapter;
import org.junit.jupiter.api.Test;

/**
 * The adapter is registered both ways, and each way works: {@code META-INF/services} on the class
 * path, {@code provides} in the module descriptor on the module path.
 */
class RegistrationTest {

    @Test
    void service_loader_finds_it_on_the_class_path() {
        assertThat(ServiceLoader.load(Adapter.class).stream().map(ServiceLoader.Provider::type))
                .contains(MarkdownAgendaAdapter.class);
        assertThat(ServiceLoader.load(Adapter.class).stream().map(ServiceLoader.Provider::get)
                .filter(a -> a.descriptor().id().equals(MarkdownAgendaAdapter.ID))).hasSize(1);
    }

    @Test
    void service_loader_finds_it_on_the_module_path() throws Exception {
        // A module layer of the plugin's compiled classes and the jars it needs: the plugin is a
        // named module there, and only its `provides` clause can make it a service provider.
        Path classes = Path.of("target/classes");
        Path[] modulePath = Stream.concat(Stream.of(classes), Stream.of(System.getProperty("java.class.path")
                        .split(File.pathSeparator)).map(Path::of).filter(p -> p.toString().endsWith(".jar")))
                .toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(modulePath);
        ModuleDescriptor plugin = finder.find("org.example.jisr.agenda").orElseThrow().descriptor();
        assertThat(plugin.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.jisr.spi.Adapter");
            assertThat(p.providers()).containsExactly("org.example.jisr.agenda.MarkdownAgendaAdapter");
        });

        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("org.example.jisr.agenda"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("org.jisr.core").loadClass("org.jisr.spi.Adapter");

        List<String> providers = ServiceLoader.load(layer, spi).stream()
                .map(p -> p.type().getName() + " in " + p.type().getModule().getName()).toList();

        assertThat(providers).contains("org.example.jisr.agenda.MarkdownAgendaAdapter in org.example.jisr.agenda");
        assertThat(Files.exists(classes.resolve("module-info.class"))).isTrue();
    }
}
