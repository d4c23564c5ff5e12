package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.jisr.validation.Rule;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The example rule is registered both ways, and each way works: {@code META-INF/services} on the
 * class path, {@code provides} in the module descriptor on the module path, where its messages
 * must render too.
 */
class RuleRegistrationTest {

    @Test
    void a_validator_finds_the_rule_on_the_class_path() {
        assertThat(ServiceLoader.load(Rule.class).stream().map(ServiceLoader.Provider::type))
                .contains(BilingualEventTitlesRule.class);
        assertThat(Validator.builder().build().rules()).map(Rule::id).contains(BilingualEventTitlesRule.ID);
    }

    @Test
    void a_validator_finds_the_rule_on_the_module_path_and_renders_its_messages() throws Exception {
        // A module layer of the examples' compiled classes and the jars they need: org.jisr.examples
        // is a named module there, and only its `provides` clause can make the rule a provider.
        Path[] modulePath = Stream.concat(Stream.of(Path.of("target/classes")), Stream.of(System.getProperty(
                        "java.class.path").split(File.pathSeparator)).map(Path::of)
                        .filter(p -> p.toString().endsWith(".jar")))
                .toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(modulePath);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("org.jisr.examples"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.jisr.examples");

        Class<?> validatorClass = loader.loadClass("org.jisr.validation.Validator");
        Object builder = validatorClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("classLoader", ClassLoader.class).invoke(builder, loader);
        Object validator = builder.getClass().getMethod("build").invoke(builder);
        List<?> rules = (List<?>) validatorClass.getMethod("rules").invoke(validator);
        assertThat(rules).anySatisfy(rule -> {
            assertThat(rule.getClass().getName()).isEqualTo(BilingualEventTitlesRule.class.getName());
            assertThat(rule.getClass().getModule().getName()).isEqualTo("org.jisr.examples");
        });

        Class<?> messagesClass = loader.loadClass("org.jisr.validation.FindingMessages");
        Class<?> typeClass = loader.loadClass("org.jisr.validation.FindingType");
        Object type = loader.loadClass(BilingualEventTitlesRule.class.getName()).getField("TITLE_LANGUAGE_MISSING")
                .get(null);
        Object arabic = messagesClass.getMethod("of", String.class).invoke(null, "ar");
        Object rendered = messagesClass.getMethod("render", typeClass, Map.class)
                .invoke(arabic, type, Map.of("language", "fr"));
        assertThat(rendered).isEqualTo("لا يتضمن العنوان نصا بلغة «fr»: تُنشر كل تظاهرة بالفرنسية (fr) وبالعربية (ar).");
    }
}
