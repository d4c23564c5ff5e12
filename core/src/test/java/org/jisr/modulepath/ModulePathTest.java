package org.jisr.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Tests run on the class path; this one runs core as a named module, with its dependencies on
 * the module path, in a JVM of its own: the model layer must be found through {@code provides}
 * and Hibernate Validator must reach the model without core opening any package.
 */
class ModulePathTest {

    @Test
    void the_model_layer_works_on_the_module_path() throws Exception {
        Path core = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String modulePath = String.join(File.pathSeparator, moduleClosure(core, "org.jisr.core"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath,
                "--add-modules", "org.jisr.core", "-cp", testClasses.toString(), ModulePathMain.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output).contains("named=true",
                "model.identifier-check-digit /records/0/identifiers/0/value",
                "model.text-not-arabic-script /records/0/name/ar");
    }

    /** The module path entries of a module and of everything it requires, found on this test's class path. */
    private static Set<String> moduleClosure(Path root, String rootModule) {
        Map<String, Path> byName = new HashMap<>();
        byName.put(rootModule, root);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            try {
                for (ModuleReference m : ModuleFinder.of(path).findAll()) {
                    byName.putIfAbsent(m.descriptor().name(), path);
                }
            } catch (FindException notAModule) {
                // test classes and the like: not needed by core
            }
        }
        ModuleFinder finder = ModuleFinder.of(byName.values().toArray(Path[]::new));
        Set<String> entries = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(rootModule));
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name) || !byName.containsKey(name)) {
                continue; // a JDK module
            }
            entries.add(byName.get(name).toString());
            ModuleDescriptor descriptor = finder.find(name).orElseThrow().descriptor();
            for (ModuleDescriptor.Requires r : descriptor.requires()) {
                if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    todo.push(r.name());
                }
            }
        }
        return entries;
    }
}
