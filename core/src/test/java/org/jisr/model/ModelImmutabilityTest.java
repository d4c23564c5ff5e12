package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model values cannot be changed once built: not through their lists, maps or builders. */
class ModelImmutabilityTest {

    static Stream<Record> recordsWithLists() {
        return Stream.of(Samples.localAuthority(), Samples.organization(), Samples.partnership(), Samples.project(),
                Samples.event(), Samples.document(),
                new JsonValue.ArrayValue(List.of(new JsonValue.StringValue("a"), new JsonValue.BooleanValue(true))));
    }

    @ParameterizedTest
    @MethodSource("recordsWithLists")
    void lists_are_copied_on_construction(Record sample) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        List<List<Object>> given = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(sample);
            if (value instanceof List<?> list) {
                assertThat(list).as(components[i].getName()).isNotEmpty();
                List<Object> mutable = new ArrayList<>(list);
                given.add(mutable);
                value = mutable;
            }
            arguments[i] = value;
        }
        Record copy = canonicalConstructor(sample.getClass()).newInstance(arguments);

        given.forEach(List::clear);

        assertThat(copy).isEqualTo(sample);
        assertThat(given).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("recordsWithLists")
    void lists_are_unmodifiable(Record sample) throws ReflectiveOperationException {
        int lists = 0;
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            if (component.getAccessor().invoke(sample) instanceof List<?> list) {
                lists++;
                assertThatThrownBy(list::clear).as(component.getName()).isInstanceOf(UnsupportedOperationException.class);
            }
        }
        assertThat(lists).isPositive();
    }

    @Test
    void maps_are_copied_and_unmodifiable() {
        TreeMap<String, String> texts = new TreeMap<>(Map.of("fr", "Sousse"));
        MultilingualText text = new MultilingualText(texts);
        TreeMap<String, JsonValue> members = new TreeMap<>(Map.of("a", new JsonValue.NumberValue(BigDecimal.ONE)));
        JsonValue.ObjectValue object = new JsonValue.ObjectValue(members);
        TreeMap<String, JsonValue.ObjectValue> namespaces = new TreeMap<>(Map.of("x", object));
        Extensions extensions = new Extensions(namespaces);

        texts.put("ar", "سوسة");
        members.put("b", JsonValue.NullValue.INSTANCE);
        namespaces.clear();

        assertThat(text.texts()).containsOnlyKeys("fr");
        assertThat(object.members()).containsOnlyKeys("a");
        assertThat(extensions.namespaces()).containsOnlyKeys("x");
        assertUnmodifiable(text.texts(), "en", "Sousse");
        assertUnmodifiable(object.members(), "c", JsonValue.NullValue.INSTANCE);
        assertUnmodifiable(extensions.namespaces(), "y", object);
        assertThatThrownBy(() -> text.languages().remove("fr")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void to_builder_then_build_gives_an_equal_record() {
        for (JisrRecord full : Samples.document().records()) {
            assertThat(rebuild(full)).as(full.id()).isEqualTo(full).isNotSameAs(full);
        }
        List<JisrRecord> minimal = List.of(
                LocalAuthority.builder("a").name(MultilingualText.of("fr", "A")).kind(AuthorityKind.COMMUNE).country("FR").build(),
                Organization.builder("o").name(MultilingualText.of("fr", "O")).kind(OrganizationKind.NGO).build(),
                Partnership.builder("p").kind(PartnershipKind.OTHER).party(Reference.to("a")).party(Reference.to("b")).build(),
                Project.builder("j").title(MultilingualText.of("fr", "J")).build(),
                Event.builder("e").kind(EventKind.MEETING).title(MultilingualText.of("fr", "E"))
                        .period(TimeSpan.ofDay(LocalDate.of(2024, 1, 1))).build());
        for (JisrRecord record : minimal) {
            assertThat(rebuild(record)).as(record.id()).isEqualTo(record);
        }
        assertThat(minimal).extracting(JisrRecord::type).containsExactly(RecordType.values());
    }

    @Test
    void a_builder_changed_after_build_leaves_the_record_alone() {
        Event.Builder builder = Samples.event().toBuilder();
        Event built = builder.build();

        builder.theme(Theme.HEALTH).organizer(Reference.to("x")).id("other");

        assertThat(built).isEqualTo(Samples.event());
        assertThat(builder.build().themes()).endsWith(Theme.HEALTH);
    }

    @Test
    void to_builder_makes_changed_copies() {
        Partnership original = Samples.partnership();

        Partnership changed = original.toBuilder().status(PartnershipStatus.ENDED).theme(Theme.TOURISM).build();

        assertThat(changed.status()).isEqualTo(PartnershipStatus.ENDED);
        assertThat(changed.themes()).containsExactly(Theme.DECENTRALIZED_COOPERATION, Theme.WASTE_MANAGEMENT, Theme.TOURISM);
        assertThat(original).isEqualTo(Samples.partnership());
    }

    private static JisrRecord rebuild(JisrRecord record) {
        if (record instanceof LocalAuthority r) {
            return r.toBuilder().build();
        } else if (record instanceof Organization r) {
            return r.toBuilder().build();
        } else if (record instanceof Partnership r) {
            return r.toBuilder().build();
        } else if (record instanceof Project r) {
            return r.toBuilder().build();
        } else if (record instanceof Event r) {
            return r.toBuilder().build();
        }
        throw new AssertionError("a record type without a case here: " + record.getClass());
    }

    private static <K, V> void assertUnmodifiable(SortedMap<K, V> map, K key, V value) {
        assertThatThrownBy(() -> map.put(key, value)).isInstanceOf(UnsupportedOperationException.class);
    }

    @SuppressWarnings("unchecked")
    private static Constructor<Record> canonicalConstructor(Class<? extends Record> type) throws NoSuchMethodException {
        Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return (Constructor<Record>) type.getDeclaredConstructor(types);
    }
}
