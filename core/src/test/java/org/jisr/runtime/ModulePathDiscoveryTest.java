package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jisr.model.Event;
import org.jisr.runtime.modular.ModularAdapter;
import org.jisr.spi.Adapter;
import org.junit.jupiter.api.Test;

/**
 * Discovery through {@code provides} on the module path. Surefire runs the tests on the class
 * path, so the test makes a module layer of its own: {@code org.jisr.core} (its compiled classes,
 * with their {@code module-info}), its dependencies as modules, and a module
 * {@code org.jisr.test.modular} made of {@link ModularAdapter} alone, whose descriptor says only
 * {@code requires org.jisr.core; provides org.jisr.spi.Adapter with …ModularAdapter}. No service
 * file names that adapter. The Jisr of that layer is a named module, as in an application on the
 * module path, and is driven by reflection because its classes are not the test's.
 */
class ModulePathDiscoveryTest {

    private static final String MODULE = "org.jisr.test.modular";
    private static final String PACKAGE = ModularAdapter.class.getPackageName();

    @Test
    void an_adapter_declared_with_provides_is_found_in_a_module_layer() throws Exception {
        ModuleLayer layer = layer();
        ClassLoader coreLoader = layer.findLoader("org.jisr.core");
        Class<?> jisrType = coreLoader.loadClass(Jisr.class.getName());
        assertThat(jisrType.getModule().isNamed()).isTrue();

        Object builder = jisrType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("classLoader", ClassLoader.class).invoke(builder, coreLoader);
        Object jisr = builder.getClass().getMethod("build").invoke(builder);
        List<?> adapters = (List<?>) jisrType.getMethod("adapters").invoke(jisr);
        List<?> problems = (List<?>) jisrType.getMethod("problems").invoke(jisr);

        List<String> found = new ArrayList<>();
        for (Object info : adapters) {
            Class<?> infoType = info.getClass();
            found.add(infoType.getMethod("id").invoke(info) + " " + infoType.getMethod("providerClass").invoke(info)
                    + " " + infoType.getMethod("origin").invoke(info));
        }
        // Found by both ServiceLoader passes (the class loader and Jisr's layer), registered once.
        assertThat(found).containsOnlyOnce("modular-lines " + ModularAdapter.class.getName() + " module path");
        assertThat(found).noneMatch(f -> f.startsWith("names"));
        assertThat(problems).isEmpty();
    }

    /** A layer over the platform: Jisr and its dependencies as modules, and the adapter's module. */
    private static ModuleLayer layer() throws Exception {
        List<Path> modules = new ArrayList<>();
        modules.add(location(Event.class)); // core's classes, with module-info.class
        for (String entry : testClassPath()) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") || Files.isRegularFile(path.resolve("module-info.class"))) {
                if (!path.equals(modules.get(0))) {
                    modules.add(path);
                }
            }
        }
        ModuleFinder finder = ModuleFinder.compose(adapterModule(location(ModularAdapter.class)),
                ModuleFinder.of(modules.toArray(Path[]::new)));
        Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("org.jisr.core", MODULE));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    private static List<String> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The module of {@link ModularAdapter}: its package of the test classes, and a descriptor. */
    private static ModuleFinder adapterModule(Path testClasses) {
        ModuleDescriptor descriptor = ModuleDescriptor.newModule(MODULE).requires("org.jisr.core")
                .packages(Set.of(PACKAGE))
                .provides(Adapter.class.getName(), List.of(ModularAdapter.class.getName())).build();
        Path packageFolder = testClasses.resolve(PACKAGE.replace('.', '/'));
        ModuleReference reference = new ModuleReference(descriptor, packageFolder.toUri()) {
            @Override
            public ModuleReader open() {
                return new ModuleReader() {
                    @Override
                    public Optional<URI> find(String name) {
                        Path file = testClasses.resolve(name);
                        return name.startsWith(PACKAGE.replace('.', '/') + "/") && Files.isRegularFile(file)
                                ? Optional.of(file.toUri()) : Optional.empty();
                    }

                    @Override
                    public Stream<String> list() throws IOException {
                        try (Stream<Path> files = Files.list(packageFolder)) {
                            return files.map(f -> testClasses.relativize(f).toString().replace(File.separatorChar, '/'))
                                    .toList().stream();
                        }
                    }

                    @Override
                    public void close() {
                        // nothing open
                    }
                };
            }
        };
        return new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return name.equals(MODULE) ? Optional.of(reference) : Optional.empty();
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.of(reference);
            }
        };
    }
}
