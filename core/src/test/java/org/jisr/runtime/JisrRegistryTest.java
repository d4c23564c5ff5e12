package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jisr.runtime.PluginProblem.Kind;
import org.jisr.runtime.fixtures.NamesAdapter;
import org.jisr.runtime.fixtures.internal.CoreNamesAdapter;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Direction;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/** The registry of a {@link Jisr} runtime, with small real adapters of the test sources. */
class JisrRegistryTest {

    /** Another adapter of the names format with a chosen id, of a class of its own. */
    static final class Renamed extends NamesAdapter {
        Renamed(String id) {
            super(id);
        }
    }

    @Test
    void adapters_registered_in_META_INF_services_are_found_on_the_class_path() {
        Jisr jisr = Jisr.builder().build();

        AdapterInfo names = jisr.adapter("names").orElseThrow();
        assertThat(names.origin()).isEqualTo(AdapterInfo.CLASS_PATH);
        assertThat(names.isBuiltIn()).isFalse();
        assertThat(names.providerClass()).isEqualTo(NamesAdapter.class.getName());
        assertThat(names.descriptor().extensions()).containsExactly("names");
        assertThat(jisr.problems()).isEmpty();
    }

    @Test
    void the_service_file_itself_is_read_by_ServiceLoader() {
        // The registry must see what ServiceLoader sees, no more, no less.
        assertThat(ServiceLoader.load(Adapter.class).stream().map(p -> p.type().getName()))
                .contains(NamesAdapter.class.getName(), CoreNamesAdapter.class.getName());
    }

    @Test
    void an_adapter_of_an_internal_package_of_jisr_is_built_in() {
        Jisr jisr = Jisr.builder().build();

        AdapterInfo core = jisr.adapter("names-core").orElseThrow();

        assertThat(core.origin()).isEqualTo(AdapterInfo.BUILT_IN);
        assertThat(core.isBuiltIn()).isTrue();
    }

    @Test
    void adapters_are_listed_by_id_and_found_by_id() {
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(new Renamed("zeta")).adapter(new NamesAdapter())
                .adapter(new Renamed("alpha")).build();

        assertThat(jisr.adapters()).extracting(AdapterInfo::id).containsExactly("alpha", "names", "zeta");
        assertThat(jisr.adapter("zeta")).get().extracting(AdapterInfo::origin).isEqualTo(AdapterInfo.ADDED);
        assertThat(jisr.adapter("nothing")).isEmpty();
    }

    @Test
    void without_discovery_only_the_adapters_added_are_there() {
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(new NamesAdapter()).build();

        assertThat(jisr.adapters()).extracting(AdapterInfo::id).containsExactly("names");
    }

    @Test
    void an_adapter_added_to_the_builder_is_not_loaded_again_from_the_class_path() {
        NamesAdapter mine = new NamesAdapter();

        Jisr jisr = Jisr.builder().adapter(mine).build();

        assertThat(jisr.adapter("names")).get().extracting(AdapterInfo::origin).isEqualTo(AdapterInfo.ADDED);
        assertThat(jisr.problems()).isEmpty();
    }

    @Test
    void a_duplicate_id_is_refused_and_the_diagnosis_names_both_classes() {
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(new NamesAdapter()).adapter(new Renamed("names"))
                .build();

        assertThat(jisr.adapter("names")).get().extracting(AdapterInfo::providerClass)
                .isEqualTo(NamesAdapter.class.getName());
        assertThat(jisr.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_ID);
            assertThat(p.source()).isEqualTo(Renamed.class.getName());
            assertThat(p.origin()).isEqualTo(AdapterInfo.ADDED);
            assertThat(p.diagnosis()).isEqualTo(Renamed.class.getName() + ": duplicate id 'names' (also "
                    + NamesAdapter.class.getName() + ")");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void a_built_in_adapter_keeps_its_id_against_an_adapter_registered_before_it() {
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(new Renamed("names-core"))
                .adapter(new CoreNamesAdapter()).build();

        assertThat(jisr.adapter("names-core")).get().extracting(AdapterInfo::providerClass)
                .isEqualTo(CoreNamesAdapter.class.getName());
        assertThat(jisr.problems()).singleElement().extracting(PluginProblem::diagnosis).isEqualTo(
                Renamed.class.getName() + ": duplicate id 'names-core' (also " + CoreNamesAdapter.class.getName() + ")");
    }

    @Test
    void a_problem_is_a_finding_of_the_adapter_layer_with_a_diagnosis_in_three_languages() {
        PluginProblem problem = Jisr.builder().discoverAdapters(false).adapter(new NamesAdapter())
                .adapter(new Renamed("names")).build().problems().get(0);

        assertThat(problem.toFinding().code()).isEqualTo("adapter.duplicate-id");
        assertThat(problem.toFinding().layer()).isEqualTo(Layer.ADAPTER);
        assertThat(problem.toFinding().location().file()).isEqualTo(AdapterInfo.ADDED);
        assertThat(problem.diagnosis(FindingMessages.of("fr"))).isEqualTo(Renamed.class.getName()
                + " : identifiant « names » en double (aussi " + NamesAdapter.class.getName() + ")");
        assertThat(problem.diagnosis(FindingMessages.of("ar"))).startsWith(Renamed.class.getName())
                .contains("«names»", "مكرّر", NamesAdapter.class.getName());
    }

    @Test
    void every_adapter_with_an_excluded_id_is_left_out_without_a_problem() {
        Jisr jisr = Jisr.builder().exclude("names-core").adapter(new Renamed("names-core")).build();

        assertThat(jisr.adapter("names-core")).isEmpty();
        assertThat(jisr.adapters()).extracting(AdapterInfo::providerClass)
                .doesNotContain(CoreNamesAdapter.class.getName(), Renamed.class.getName())
                .contains(NamesAdapter.class.getName());
        assertThat(jisr.problems()).isEmpty();
        assertThat(jisr.excluded()).containsExactly("names-core");
    }

    @Test
    void pinning_an_excluded_id_unexcludes_it_and_excluding_a_pinned_id_unpins_it() {
        Jisr pinnedLast = Jisr.builder().exclude("names").pin("names").build();
        Jisr excludedLast = Jisr.builder().pin("names").exclude("names").build();

        assertThat(pinnedLast.pinned()).containsExactly("names");
        assertThat(pinnedLast.excluded()).isEmpty();
        assertThat(pinnedLast.adapter("names")).isPresent();
        assertThat(excludedLast.pinned()).isEmpty();
        assertThat(excludedLast.adapter("names")).isEmpty();
    }

    @Test
    void rebuild_starts_from_the_settings_and_leaves_the_runtime_unchanged() {
        ClassLoader loader = getClass().getClassLoader();
        Path plugins = Path.of("no-such-plugin-folder");
        Validator validator = Validator.builder().build();
        Jisr first = Jisr.builder().classLoader(loader).pluginFolder(plugins).pin("names").exclude("names-core")
                .adapter(new Renamed("extra")).validator(validator).build();

        Jisr second = first.rebuild().pin("extra").build();
        Jisr third = first.rebuild().pluginFolder(null).exclude("extra").build();

        assertThat(second.classLoader()).isSameAs(loader);
        assertThat(second.pluginFolder()).contains(plugins);
        assertThat(second.pinned()).containsExactly("names", "extra");
        assertThat(second.excluded()).containsExactly("names-core");
        assertThat(second.adapters()).extracting(AdapterInfo::id).contains("extra", "names").doesNotContain("names-core");
        assertThat(second.validator()).isSameAs(validator);
        assertThat(second.problems()).extracting(PluginProblem::kind).containsExactly(Kind.UNREADABLE_PLUGIN);
        assertThat(third.adapter("extra")).isEmpty();
        assertThat(third.pluginFolder()).isEmpty();
        assertThat(third.problems()).isEmpty();
        assertThat(first.pinned()).containsExactly("names");
        assertThat(first.excluded()).containsExactly("names-core");
        assertThat(first.adapter("extra")).isPresent();
    }

    @Test
    void a_missing_plugin_folder_is_a_problem_not_a_failure() {
        Path missing = Path.of("no-such-plugin-folder");

        Jisr jisr = Jisr.builder().pluginFolder(missing).build();

        assertThat(jisr.problems()).singleElement().extracting(PluginProblem::diagnosis)
                .isEqualTo("no-such-plugin-folder: cannot be read as a plugin: no such folder");
        assertThat(jisr.adapter("names")).isPresent();
    }

    @Test
    void the_default_validator_is_built_once_and_uses_the_runtime_class_loader() {
        Jisr jisr = Jisr.builder().discoverAdapters(false).build();

        assertThat(jisr.validator()).isSameAs(jisr.validator());
        assertThat(jisr.validator().validateText("{", "a.json").isValid()).isFalse();
    }

    @Test
    void one_runtime_serves_several_threads_at_once() throws Exception {
        Jisr jisr = Jisr.builder().build();
        AdapterInput input = AdapterInput.of("export.names",
                (NamesAdapter.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> jisr.select(input, Direction.READ).orElseThrow().id()
                        + "@" + System.identityHashCode(jisr.validator())));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> answer : answers) {
                distinct.add(answer.get());
            }
            // Every thread chose the same adapter and got the same validator, built once.
            assertThat(distinct).containsExactly("names@" + System.identityHashCode(jisr.validator()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_adapter_given_out_is_guarded_and_keeps_the_descriptor_read_at_discovery() {
        NamesAdapter raw = new NamesAdapter();
        AdapterInfo info = Jisr.builder().discoverAdapters(false).adapter(raw).build().adapter("names").orElseThrow();

        assertThat(info.adapter()).isNotSameAs(raw);
        assertThat(info.adapter().descriptor()).isSameAs(raw.descriptor());
        // Giving a guarded adapter back to a builder does not guard it twice.
        AdapterInfo again = Jisr.builder().discoverAdapters(false).adapter(info.adapter()).build().adapter("names")
                .orElseThrow();
        assertThat(again.providerClass()).isEqualTo(NamesAdapter.class.getName());
    }
}
