package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.jisr.model.Event;
import org.jisr.model.Extensions;
import org.jisr.model.GeoPoint;
import org.jisr.model.Involvement;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.ParticipantGroup;
import org.jisr.model.Place;
import org.jisr.model.Reference;
import org.jisr.model.TimeSpan;
import org.jisr.validation.internal.ModelConstraints;
import org.junit.jupiter.api.Test;

/**
 * The programmatic mapping covers the model: a component added to a record later cannot slip
 * past the model layer unchecked. And the layer is registered for both the class path and the
 * module path.
 */
class ModelMappingTest {

    /** Records that hold nothing the model layer checks. */
    private static final Set<Class<?>> UNCHECKED_TYPES = Set.of(Reference.class, GeoPoint.class, Extensions.class,
            Involvement.class);

    /** String components that are no text and no code the model can check: ids, URLs, codes the schema checks. */
    private static final Set<String> UNCHECKED_STRINGS = Set.of("id", "website", "url", "actorKind");

    @Test
    void every_component_of_a_record_is_checked_or_known_to_need_no_check() {
        Set<Class<?>> checkedTypes = new HashSet<>(BeanValidationConstraints.VALUE_CONSTRAINTS.keySet());
        checkedTypes.addAll(BeanValidationConstraints.CASCADES.keySet());
        checkedTypes.addAll(BeanValidationConstraints.STRING_CONSTRAINTS.keySet());
        Set<Class<?>> records = modelRecords();

        assertThat(records).contains(LocalAuthority.class, Event.class, Place.class, ParticipantGroup.class,
                Money.class, TimeSpan.class, MultilingualText.class);
        for (Class<?> type : records) {
            if (BeanValidationConstraints.VALUE_CONSTRAINTS.containsKey(type) || UNCHECKED_TYPES.contains(type)) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                String what = type.getSimpleName() + "." + c.getName();
                Class<?> value = valueClass(c.getGenericType());
                if (value == String.class) {
                    if (!UNCHECKED_STRINGS.contains(c.getName())) {
                        assertThat(BeanValidationConstraints.STRING_CONSTRAINTS.getOrDefault(type, Map.of()))
                                .as(what).containsKey(c.getName());
                    }
                } else if (value.isRecord()) {
                    assertThat(checkedTypes.contains(value) || UNCHECKED_TYPES.contains(value))
                            .as("%s: is %s checked or not?", what, value.getSimpleName()).isTrue();
                    if (checkedTypes.contains(value)) {
                        assertThat(BeanValidationConstraints.CASCADES.getOrDefault(type, List.of())).as(what)
                                .contains(c.getName());
                    }
                }
            }
        }
    }

    /**
     * Hibernate Validator's predefined-scope factory refuses a bean whose type it was not told
     * of: every record type, and every type a cascade reaches, must be among the types named.
     */
    @Test
    void the_validator_is_told_of_every_record_type_and_every_type_a_cascade_reaches() {
        Set<Class<?>> named = BeanValidationConstraints.validatedTypes();
        assertThat(named).contains(JisrRecord.class.getPermittedSubclasses());
        BeanValidationConstraints.CASCADES.forEach((type, accessors) -> {
            for (String accessor : accessors) {
                RecordComponent c = java.util.Arrays.stream(type.getRecordComponents())
                        .filter(r -> r.getName().equals(accessor)).findFirst().orElseThrow();
                assertThat(named).as(type.getSimpleName() + "." + accessor).contains(valueClass(c.getGenericType()));
            }
        });
    }

    @Test
    void every_cascade_and_constraint_names_a_real_accessor() {
        BeanValidationConstraints.CASCADES.forEach((type, accessors) -> assertThat(components(type))
                .as(type.getSimpleName()).containsAll(accessors));
        BeanValidationConstraints.STRING_CONSTRAINTS.forEach((type, constraints) -> assertThat(components(type))
                .as(type.getSimpleName()).containsAll(constraints.keySet()));
    }

    @Test
    void service_loader_finds_the_model_layer_on_the_class_path() {
        assertThat(ServiceLoader.load(ModelConstraints.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(BeanValidationConstraints.class);
    }

    @Test
    void the_module_provides_the_model_layer_too() throws Exception {
        Path classes = Path.of(BeanValidationConstraints.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.provides()).anySatisfy(p -> {
            assertThat(p.service()).isEqualTo(ModelConstraints.class.getName());
            assertThat(p.providers()).containsExactly(BeanValidationConstraints.class.getName());
        });
    }

    private static Set<String> components(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    /** The records of the model, found from the record types through their components. */
    private static Set<Class<?>> modelRecords() {
        Set<Class<?>> found = new HashSet<>();
        java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(JisrRecord.class.getPermittedSubclasses()));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isRecord() && type.getPackage() == JisrRecord.class.getPackage() && found.add(type)) {
                for (RecordComponent c : type.getRecordComponents()) {
                    todo.push(valueClass(c.getGenericType()));
                }
            }
        }
        return found;
    }

    /** The class of a component's value, or of its elements for a list. */
    private static Class<?> valueClass(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return valueClass(p.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return (Class<?>) type;
    }
}
