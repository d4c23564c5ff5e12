package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Codes are the frozen vocabulary of the format: exactly those of docs/data-model.md. */
class CodesTest {

    /** The codes listed in docs/data-model.md (themes are listed only in their codelist file). */
    private static final Map<Class<?>, List<String>> CONTRACT = Map.ofEntries(
            Map.entry(AuthorityKind.class, List.of("commune", "departement", "region", "epci", "governorate",
                    "delegation", "district", "other")),
            Map.entry(OrganizationKind.class, List.of("association", "ministry", "government-department", "public-agency",
                    "federation-of-authorities", "training-centre", "ngo", "company", "international-organization",
                    "embassy", "other")),
            Map.entry(PartnershipKind.class, List.of("twinning", "cooperation-agreement", "friendship-pact",
                    "memorandum-of-understanding", "other")),
            Map.entry(PartnershipStatus.class, List.of("planned", "negotiating", "active", "dormant", "suspended", "ended")),
            Map.entry(ProjectStatus.class, List.of("planned", "ongoing", "completed", "cancelled", "suspended")),
            Map.entry(EventKind.class, List.of("workshop", "visit", "delegation", "seminar", "training", "conference",
                    "signing", "meeting", "other")),
            Map.entry(EventStatus.class, List.of("scheduled", "held", "cancelled", "postponed")),
            Map.entry(AttendanceMode.class, List.of("in-person", "online", "hybrid")),
            Map.entry(ParticipantRole.class, List.of("organizer", "co-organizer", "host", "participant",
                    "visiting-delegation", "speaker", "technical-support", "funder", "lead", "partner", "beneficiary",
                    "observer")),
            Map.entry(OutcomeKind.class, List.of("agreement", "commitment", "recommendation", "decision", "other")),
            Map.entry(DocumentKind.class, List.of("agreement-text", "report", "minutes", "press-release", "programme",
                    "other")),
            Map.entry(FundingInstrument.class, List.of("grant", "loan", "in-kind", "co-financing", "other")));

    /** Every enum of codes in the model, found in the compiled classes rather than listed by hand. */
    private static final List<Class<?>> CODE_ENUMS = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.jisr.model").stream()
            .filter(JavaClass::isEnum)
            .filter(c -> c.isAssignableTo(Coded.class))
            .<Class<?>>map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .toList();

    static Stream<Class<?>> codeEnums() {
        return CODE_ENUMS.stream();
    }

    @Test
    void every_codelist_of_the_contract_has_its_enum_and_themes_too() {
        assertThat(codeEnums().collect(Collectors.toSet()))
                .containsAll(CONTRACT.keySet())
                .contains(Theme.class)
                .hasSize(CONTRACT.size() + 1);
    }

    @ParameterizedTest
    @MethodSource("codeEnums")
    void from_code_round_trips_every_constant(Class<?> type) throws ReflectiveOperationException {
        Method typedFromCode = type.getMethod("fromCode", String.class);
        for (Coded constant : constants(type)) {
            assertThat(fromCode(type, constant.code())).as(constant.code()).containsSame(constant);
            assertThat(typedFromCode.invoke(null, constant.code())).isEqualTo(Optional.of(constant));
        }
        assertThat(fromCode(type, "no-such-code")).isEmpty();
        assertThat(typedFromCode.invoke(null, "no-such-code")).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("codeEnums")
    void codes_are_unique_lower_case_kebab_case(Class<?> type) {
        List<String> codes = constants(type).stream().map(Coded::code).toList();

        assertThat(codes).doesNotHaveDuplicates().isNotEmpty()
                .allSatisfy(code -> assertThat(code).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
    }

    @ParameterizedTest
    @MethodSource("codeEnums")
    void codes_are_case_sensitive(Class<?> type) {
        for (Coded constant : constants(type)) {
            assertThat(fromCode(type, constant.code().toUpperCase(Locale.ROOT))).isEmpty();
        }
    }

    @Test
    void codes_are_those_of_the_contract() {
        CONTRACT.forEach((type, codes) ->
                assertThat(constants(type)).extracting(Coded::code).as(type.getSimpleName()).containsExactlyElementsOf(codes));
    }

    @Test
    void group_actor_kinds_do_not_clash_between_the_two_codelists() {
        Set<String> authority = Stream.of(AuthorityKind.values()).map(Coded::code).collect(Collectors.toSet());
        Set<String> organization = Stream.of(OrganizationKind.values()).map(Coded::code).collect(Collectors.toSet());

        // "other" is in both: a group of "other" actors is fine either way.
        assertThat(authority).filteredOn(organization::contains).containsExactly("other");
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void record_types_are_found_by_their_json_name(RecordType type) {
        assertThat(RecordType.fromJsonName(type.jsonName())).contains(type);
        assertThat(type.javaType().getSimpleName()).isEqualTo(type.jsonName());
    }

    @Test
    void unknown_json_names_are_not_record_types() {
        assertThat(RecordType.fromJsonName("Header")).isEmpty();
        assertThat(RecordType.fromJsonName("localAuthority")).isEmpty();
        assertThat(RecordType.fromJsonName("")).isEmpty();
        assertThat(Samples.document().records()).allSatisfy(r -> assertThat(r.type().javaType()).isSameAs(r.getClass()));
    }

    private static List<Coded> constants(Class<?> type) {
        return Stream.of(type.getEnumConstants()).map(Coded.class::cast).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Coded> fromCode(Class<?> type, String code) {
        Optional<? extends Coded> found = Coded.fromCode((Class) type, code);
        return found.map(Coded.class::cast);
    }
}
