package org.jisr.testkit.broken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.jisr.model.JisrRecord;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.PluginProblem;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.validation.FindingMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken providers on the class path: this module's test resources register some in
 * {@code META-INF/services/org.jisr.spi.Adapter}, next to the well-behaved adapter and a class
 * that does not exist. Discovery isolates each one with exactly its diagnosis, and the good
 * adapter works.
 */
class ClassPathIsolationTest {

    private static final String PKG = "org.jisr.testkit.broken.";

    @Test
    void each_broken_provider_on_the_class_path_gives_exactly_its_diagnosis() {
        Jisr jisr = Jisr.builder().build();

        assertThat(jisr.problems()).extracting(PluginProblem::diagnosis).containsExactlyInAnyOrder(
                PKG + "ThrowingConstructorAdapter: constructor failed: java.lang.IllegalStateException: "
                        + "broken on purpose: constructor",
                PKG + "NoPublicConstructorAdapter: needs a public no-arg constructor",
                PKG + "ThrowingDescriptorAdapter: descriptor() failed: java.lang.IllegalStateException: "
                        + "broken on purpose: descriptor",
                PKG + "NotAnAdapter: cannot be loaded: not an implementation of org.jisr.spi.Adapter",
                PKG + "DuplicateIdAdapter: duplicate id 'well-behaved' (also " + PKG + "WellBehavedAdapter)",
                PKG + "FutureSpiAdapter: targets SPI version 2, this Jisr supports 1",
                PKG + "NoSuchAdapter: cannot be loaded: class not found");
        assertThat(jisr.problems()).extracting(PluginProblem::origin).containsOnly(AdapterInfo.CLASS_PATH);
    }

    @Test
    void the_good_adapter_next_to_them_is_registered_and_reads() {
        Jisr jisr = Jisr.builder().build();
        AdapterInput input = AdapterInput.of("partners.well-behaved",
                "Cités Unies France\nVille de Sousse\n".getBytes(StandardCharsets.UTF_8));

        AdapterInfo chosen = jisr.select(input, Direction.READ).orElseThrow();
        RecordingContext context = new RecordingContext();
        List<JisrRecord> records = new ArrayList<>();
        try (RecordReader reader = chosen.adapter().openReader(input, context)) {
            for (Optional<JisrRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }

        assertThat(chosen.providerClass()).isEqualTo(WellBehavedAdapter.class.getName());
        assertThat(chosen.origin()).isEqualTo(AdapterInfo.CLASS_PATH);
        assertThat(records).extracting(JisrRecord::id).containsExactly("line-1", "line-2");
        assertThat(context.findings).isEmpty();
    }

    @Test
    void discovery_gives_the_same_diagnoses_every_time() {
        // A second runtime meets classes the first one already loaded (and failed to create).
        List<String> first = Jisr.builder().build().problems().stream().map(PluginProblem::diagnosis).toList();
        List<String> second = Jisr.builder().build().problems().stream().map(PluginProblem::diagnosis).toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_static_initializer_that_failed_before_is_still_diagnosed(@TempDir Path services) throws Exception {
        // The class path of a class loader of its own, so that this test is the first to
        // initialise the class there: the first discovery meets ExceptionInInitializerError,
        // the second NoClassDefFoundError ("Could not initialize class").
        Path file = services.resolve("META-INF/services/org.jisr.spi.Adapter");
        Files.createDirectories(file.getParent());
        Files.writeString(file, FailingStaticInitializerAdapter.class.getName() + "\n");
        URL classes = WellBehavedAdapter.class.getProtectionDomain().getCodeSource().getLocation();
        try (OwnClassPath loader = new OwnClassPath(new URL[] {classes, services.toUri().toURL()})) {
            List<String> first = Jisr.builder().classLoader(loader).build().problems().stream()
                    .map(PluginProblem::diagnosis).toList();
            List<String> second = Jisr.builder().classLoader(loader).build().problems().stream()
                    .map(PluginProblem::diagnosis).toList();

            String provider = FailingStaticInitializerAdapter.class.getName();
            assertThat(first).containsExactly(provider + ": static initializer failed: java.lang.IllegalStateException: "
                    + "broken on purpose: static initializer");
            assertThat(second).containsExactly(provider + ": static initializer failed: java.lang.NoClassDefFoundError: "
                    + "Could not initialize class " + provider);
        }
    }

    /**
     * A class loader that defines this package's classes itself and reads only its own service
     * files; everything else comes from the test's class path.
     */
    private static final class OwnClassPath extends URLClassLoader {
        OwnClassPath(URL[] urls) {
            super(urls, ClassPathIsolationTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PKG)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
        }
    }

    @Test
    void the_diagnoses_exist_in_french_and_arabic() {
        PluginProblem noConstructor = Jisr.builder().build().problems().stream()
                .filter(p -> p.kind() == PluginProblem.Kind.NO_PUBLIC_CONSTRUCTOR).findFirst().orElseThrow();

        assertThat(noConstructor.diagnosis(FindingMessages.of("fr")))
                .isEqualTo(PKG + "NoPublicConstructorAdapter : nécessite un constructeur public sans argument");
        assertThat(noConstructor.diagnosis(FindingMessages.of("ar")))
                .isEqualTo(PKG + "NoPublicConstructorAdapter: يحتاج إلى مُنشئ عامّ بلا وسائط");
    }
}
