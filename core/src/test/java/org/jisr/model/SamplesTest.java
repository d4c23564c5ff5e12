package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The round-trip tests rely on {@link Samples#document()} using every record type and every
 * value type with every optional part set. This keeps that true as the model grows.
 */
class SamplesTest {

    @Test
    void the_sample_document_sets_every_component_of_every_model_record() throws ReflectiveOperationException {
        Map<Class<?>, Set<String>> set = new HashMap<>();
        walk(Samples.document(), set);

        Set<Class<?>> modelRecords = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.jisr.model").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .collect(Collectors.toSet());
        assertThat(set.keySet()).as("model records used").containsExactlyInAnyOrderElementsOf(modelRecords);
        for (Class<?> type : modelRecords) {
            Set<String> all = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                all.add(component.getName());
            }
            assertThat(set.get(type)).as("components of %s set at least once", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(all);
        }
    }

    private static void walk(Object value, Map<Class<?>, Set<String>> set) throws ReflectiveOperationException {
        if (value instanceof Record r) {
            Set<String> components = set.computeIfAbsent(r.getClass(), k -> new HashSet<>());
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                Object v = component.getAccessor().invoke(r);
                if (isSet(v)) {
                    components.add(component.getName());
                }
                if (v != null) {
                    walk(v, set);
                }
            }
        } else if (value instanceof Collection<?> c) {
            for (Object element : c) {
                walk(element, set);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Object element : m.values()) {
                walk(element, set);
            }
        }
    }

    private static boolean isSet(Object value) {
        return value != null
                && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof Map<?, ?> m && m.isEmpty())
                && !(value instanceof Extensions e && e.isEmpty());
    }
}
