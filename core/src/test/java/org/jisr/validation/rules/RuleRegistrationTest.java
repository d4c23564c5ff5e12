package org.jisr.validation.rules;

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
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.jisr.validation.Rule;
import org.junit.jupiter.api.Test;

/** Jisr's rules are registered both ways: META-INF/services for the class path, provides for the module path. */
class RuleRegistrationTest {

    private static final List<String> BUILT_IN = List.of(
            "org.jisr.validation.internal.rules.UniqueIdsRule",
            "org.jisr.validation.internal.rules.ReferencesResolveRule",
            "org.jisr.validation.internal.rules.ParentEventPeriodRule",
            "org.jisr.validation.internal.rules.PartnershipPartiesRule",
            "org.jisr.validation.internal.rules.PlausibleDatesRule",
            "org.jisr.validation.internal.rules.LanguageConsistencyRule");

    private static Path coreClasses() throws URISyntaxException {
        return Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void service_loader_finds_jisrs_rules_and_the_users_on_the_class_path() {
        List<String> found = new ArrayList<>();
        ServiceLoader.load(Rule.class).stream().forEach(p -> found.add(p.type().getName()));

        assertThat(found).containsAll(BUILT_IN).contains("org.jisr.validation.sample.EventTitleInFrenchRule");
    }

    @Test
    void the_services_file_and_the_provides_clause_name_the_same_rules() throws Exception {
        Path classes = coreClasses();
        List<String> services = Files.readAllLines(classes.resolve("META-INF/services/org.jisr.validation.Rule")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(Rule.class.getName()))
                .flatMap(p -> p.providers().stream()).toList();

        assertThat(services).containsExactlyElementsOf(BUILT_IN);
        assertThat(provided).containsExactlyElementsOf(BUILT_IN);
    }

    @Test
    void service_loader_finds_jisrs_rules_on_the_module_path() throws Exception {
        ModuleLayer layer = coreOnTheModulePath();

        List<String> found = new ArrayList<>();
        ClassLoader loader = layer.findLoader("org.jisr.core");
        Class<?> service = Class.forName(Rule.class.getName(), false, loader);
        ServiceLoader.load(layer, service).stream().forEach(p -> found.add(p.type().getName()));

        assertThat(found).containsExactlyInAnyOrderElementsOf(BUILT_IN);
        assertThat(layer.findModule("org.jisr.core").orElseThrow().getDescriptor().isAutomatic()).isFalse();
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
            boolean testLibrary = name.startsWith("junit-") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
                    || name.startsWith("assertj") || name.startsWith("jqwik") || name.startsWith("archunit")
                    || name.startsWith("byte-buddy") || name.startsWith("surefire") || name.startsWith("common-")
                    || name.startsWith("test-classes") || name.startsWith("junit5");
            if (p.equals(core) || testLibrary || !Files.exists(p) || (Files.isDirectory(p) && !Files.exists(p.resolve("module-info.class")))) {
                continue;
            }
            path.add(p);
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("org.jisr.core"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader().getParent());
    }
}
