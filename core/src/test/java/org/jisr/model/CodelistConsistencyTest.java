package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jisr.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A code exists in three places — the codelist file (with its labels), the schema's enum, and
 * the Java enum — and the three must say the same codes in the same order.
 */
class CodelistConsistencyTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Arguments> codeTypes() {
        return Stream.of(
                Arguments.of("themes", "ThemeCode", Theme.class),
                Arguments.of("authority-kinds", "AuthorityKind", AuthorityKind.class),
                Arguments.of("organization-kinds", "OrganizationKind", OrganizationKind.class),
                Arguments.of("partnership-kinds", "PartnershipKind", PartnershipKind.class),
                Arguments.of("partnership-statuses", "PartnershipStatus", PartnershipStatus.class),
                Arguments.of("project-statuses", "ProjectStatus", ProjectStatus.class),
                Arguments.of("event-kinds", "EventKind", EventKind.class),
                Arguments.of("event-statuses", "EventStatus", EventStatus.class),
                Arguments.of("participant-roles", "ParticipantRole", ParticipantRole.class),
                Arguments.of("attendance-modes", "AttendanceMode", AttendanceMode.class),
                Arguments.of("outcome-kinds", "OutcomeKind", OutcomeKind.class),
                Arguments.of("document-kinds", "DocumentKind", DocumentKind.class),
                Arguments.of("funding-instruments", "FundingInstrument", FundingInstrument.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeTypes")
    void codelist_schema_enum_and_java_enum_agree(String codelist, String schemaDef, Class<? extends Coded> javaEnum)
            throws IOException {
        List<String> javaCodes = Arrays.stream(javaEnum.getEnumConstants()).map(Coded::code).toList();
        assertThat(codelistCodes(codelist)).as("codelist %s", codelist).isEqualTo(javaCodes);
        assertThat(schemaEnum(schemaDef)).as("schema $defs/%s", schemaDef).isEqualTo(javaCodes);
    }

    @Test
    void every_codelist_is_checked_here() {
        List<String> covered = codeTypes().map(a -> (String) a.get()[0]).toList();
        List<String> all = new ArrayList<>(SchemaCatalog.codelistIds());
        all.remove("identifier-schemes");
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void identifier_schemes_agree_with_the_schema_and_the_identifier_constants() throws IOException, IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : Identifier.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        List<String> listed = codelistCodes("identifier-schemes");
        assertThat(schemaEnum("IdentifierScheme")).isEqualTo(listed);
        assertThat(constants).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void record_type_names_agree_with_the_record_schema() throws IOException {
        JsonNode schema;
        try (InputStream in = SchemaCatalog.openSchema("record.schema.json")) {
            schema = MAPPER.readTree(in);
        }
        List<String> names = new ArrayList<>();
        schema.path("properties").path("type").path("enum").forEach(n -> names.add(n.stringValue()));
        assertThat(names).containsExactlyElementsOf(Arrays.stream(RecordType.values()).map(RecordType::jsonName).toList());
    }

    private static List<String> codelistCodes(String id) throws IOException {
        try (InputStream in = SchemaCatalog.openCodelist(id)) {
            List<String> codes = new ArrayList<>();
            MAPPER.readTree(in).path("entries").forEach(e -> codes.add(e.path("code").stringValue()));
            return codes;
        }
    }

    private static List<String> schemaEnum(String def) throws IOException {
        try (InputStream in = SchemaCatalog.openSchema("defs.schema.json")) {
            List<String> codes = new ArrayList<>();
            MAPPER.readTree(in).path("$defs").path(def).path("enum").forEach(n -> codes.add(n.stringValue()));
            return codes;
        }
    }
}
