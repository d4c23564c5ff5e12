package org.jisr.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Checks on the schema files themselves, independent of any instance. */
class SchemaFilesTest {

    private static final Path SCHEMA_SOURCES =
            Path.of(System.getProperty("basedir", "."), "src/main/resources", SchemaCatalog.RESOURCE_DIRECTORY);

    /** The two schemas that only dispatch on {@code type}; the schema they select refuses unknown properties. */
    private static final Set<String> DISPATCHERS = Set.of("record.schema.json", "ndjson-record.schema.json");

    /** The one place where anything goes: the data of an extension namespace. */
    private static final String EXTENSION_VALUES = "/$defs/Extensions/additionalProperties";

    static List<String> schemaNames() {
        return SchemaCatalog.schemaNames();
    }

    /**
     * Every JSON Schema that follows the house rules checked here: the exchange format's and the
     * validation report's. The codelist schema has its own checks in {@link CodelistsTest}.
     */
    static List<String> schemaFiles() {
        List<String> files = new ArrayList<>(SchemaCatalog.schemaNames());
        files.add(SchemaCatalog.REPORT_SCHEMA);
        return files;
    }

    @Test
    void the_catalog_lists_exactly_the_schema_files_in_the_sources() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMA_SOURCES)) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
            List<String> expected = new ArrayList<>(SchemaCatalog.schemaNames());
            expected.add(SchemaCatalog.CODELIST_SCHEMA);
            expected.add(SchemaCatalog.REPORT_SCHEMA);
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void declares_draft_2020_12_and_its_own_id(String name) {
        JsonNode schema = SchemaFixtures.schemaTree(name);
        assertThat(schema.path("$schema").asString()).isEqualTo(SchemaFixtures.META_SCHEMA_2020_12);
        assertThat(schema.path("$id").asString()).isEqualTo("https://jisr.org/schema/1.0/" + name);
        if (SchemaCatalog.schemaNames().contains(name)) {
            assertThat(SchemaCatalog.schemaUri(name)).hasToString("https://jisr.org/schema/1.0/" + name);
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void is_valid_against_the_2020_12_meta_schema(String name) {
        Schema metaSchema = SchemaFixtures.REGISTRY.getSchema(SchemaLocation.of(SchemaFixtures.META_SCHEMA_2020_12));
        assertThat(metaSchema.validate(SchemaFixtures.read("{\"type\": \"strnig\"}")))
                .as("the meta-schema check must be able to fail")
                .isNotEmpty();

        assertThat(metaSchema.validate(SchemaFixtures.schemaTree(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void documents_itself_every_definition_and_every_property(String name) {
        assertThat(undocumented(SchemaFixtures.schemaTree(name)))
                .as("schema nodes of %s without a title or a description", name)
                .isEmpty();
    }

    @Test
    void the_documentation_check_finds_a_property_without_a_description() {
        JsonNode schema = SchemaFixtures.read("""
                {"title": "t", "description": "d",
                 "$defs": {"A": {"title": "A", "description": "d",
                                 "properties": {"x": {"title": "X"},
                                                "y": {"title": "Y", "description": "d",
                                                      "items": {"properties": {"z": {"description": "d"}}}}}}}}
                """);
        assertThat(undocumented(schema)).containsExactly("/$defs/A/properties/x", "/$defs/A/properties/y/items/properties/z");
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void every_ref_is_relative_and_points_at_an_existing_node(String name) {
        List<String> refs = new ArrayList<>();
        collectRefs(SchemaFixtures.schemaTree(name), refs);

        for (String ref : refs) {
            assertThat(URI.create(ref).isAbsolute()).as("$ref %s in %s is relative", ref, name).isFalse();
            URI target = URI.create(SchemaCatalog.BASE_URI + name).resolve(ref);
            // A reference within the file itself (#/$defs/…), or into one of the catalog's schemas.
            Optional<String> file = ref.startsWith("#") ? Optional.of(name) : SchemaCatalog.schemaNameFor(target);
            assertThat(file).as("$ref %s in %s names a schema of the catalog", ref, name).isPresent();
            String pointer = target.getFragment() == null ? "" : target.getFragment();
            assertThat(SchemaFixtures.schemaTree(file.orElseThrow()).at(pointer).isMissingNode())
                    .as("$ref %s in %s points at an existing node", ref, name)
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void compiles_in_networknt_with_every_ref_resolved(String name) {
        assertThat(SchemaFixtures.compiled(name).getId()).isEqualTo(SchemaCatalog.BASE_URI + name);
    }

    @Test
    void networknt_refuses_a_schema_whose_ref_does_not_resolve() {
        Schema broken = SchemaFixtures.REGISTRY.getSchema(SchemaFixtures.read("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://jisr.org/schema/1.0/broken.schema.json",
                 "properties": {"a": {"$ref": "defs.schema.json#/$defs/NoSuchType"}}}
                """));
        assertThatThrownBy(broken::initializeValidators).isInstanceOf(SchemaException.class);
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void never_accepts_null(String name) {
        List<String> nullTypes = new ArrayList<>();
        walk(SchemaFixtures.schemaTree(name), "", (pointer, node) -> {
            JsonNode type = node.path("type");
            boolean nullable = type.isArray()
                    ? StreamSupport.stream(type.spliterator(), false).anyMatch(t -> "null".equals(t.asString()))
                    : "null".equals(type.asString(""));
            if (nullable || node.path("const").isNull()) {
                nullTypes.add(pointer);
            }
        });
        assertThat(nullTypes).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void refuses_unknown_properties_in_every_object_it_declares(String name) {
        List<String> open = new ArrayList<>();
        walk(SchemaFixtures.schemaTree(name), "", (pointer, node) -> {
            if (!"object".equals(node.path("type").asString(""))
                    || (pointer.isEmpty() && DISPATCHERS.contains(name))
                    || pointer.equals(EXTENSION_VALUES)) {
                return;
            }
            JsonNode additional = node.path("additionalProperties");
            boolean closed = additional.isBoolean() && !additional.asBoolean();
            // A map (MultilingualText, Extensions) declares no properties and gives its values a
            // schema; every other object refuses what it does not declare.
            boolean map = additional.isObject() && !node.has("properties");
            if (!closed && !map) {
                open.add(pointer);
            }
        });
        assertThat(open).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void optional_arrays_are_omitted_rather_than_empty(String name) {
        List<String> mayBeEmpty = new ArrayList<>();
        walk(SchemaFixtures.schemaTree(name), "", (pointer, node) -> {
            Set<String> required = StreamSupport.stream(node.path("required").spliterator(), false)
                    .map(JsonNode::asString)
                    .collect(Collectors.toSet());
            for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                boolean array = "array".equals(property.getValue().path("type").asString(""));
                if (array && !required.contains(property.getKey())
                        && property.getValue().path("minItems").asInt(0) < 1) {
                    mayBeEmpty.add(pointer + "/properties/" + property.getKey());
                }
            }
        });
        assertThat(mayBeEmpty).isEmpty();
    }

    @Test
    void theme_codes_are_exactly_the_agreed_list_in_order() {
        JsonNode themes = SchemaFixtures.schemaTree("defs.schema.json").at("/$defs/ThemeCode/enum");
        assertThat(StreamSupport.stream(themes.spliterator(), false).map(JsonNode::asString)).containsExactly(
                "decentralized-cooperation", "institutional-capacity", "exchange-of-expertise",
                "local-governance", "climate-change", "sustainability", "clean-transition", "environment",
                "energy-management", "ecological-alternatives", "waste-management", "flood-risk",
                "wastewater-rainwater", "drinking-water", "coastal-management", "territorial-planning",
                "heritage-culture", "local-economic-development", "tourism", "mobility", "education-youth",
                "health", "digital", "gender-equality", "social-inclusion", "agriculture-food", "other");
    }

    @Test
    void there_is_one_code_type_per_codelist_with_unique_kebab_case_codes() {
        JsonNode defs = SchemaFixtures.schemaTree("defs.schema.json").path("$defs");
        List<String> codeTypes = defs.properties().stream()
                .filter(e -> e.getValue().has("enum"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertThat(codeTypes).containsExactly(
                "ThemeCode", "AuthorityKind", "OrganizationKind", "PartnershipKind", "PartnershipStatus",
                "ProjectStatus", "EventKind", "EventStatus", "ParticipantRole", "AttendanceMode", "OutcomeKind",
                "DocumentKind", "FundingInstrument", "IdentifierScheme");
        for (String codeType : codeTypes) {
            List<String> codes = StreamSupport.stream(defs.path(codeType).path("enum").spliterator(), false)
                    .map(JsonNode::asString)
                    .collect(Collectors.toList());
            assertThat(codes).as(codeType).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(c -> c.matches("[a-z0-9]+(?:-[a-z0-9]+)*"), "is lower-case kebab-case");
        }
    }

    /** JSON Pointers of the schema nodes that must carry a title and a description but lack one. */
    static List<String> undocumented(JsonNode schema) {
        List<String> missing = new ArrayList<>();
        visitDocumented(schema, "", true, missing);
        return missing;
    }

    private static void visitDocumented(JsonNode node, String pointer, boolean mustBeDocumented, List<String> missing) {
        if (!node.isObject()) {
            return;
        }
        if (mustBeDocumented
                && (node.path("title").asString("").isBlank() || node.path("description").asString("").isBlank())) {
            missing.add(pointer);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String here = pointer + "/" + escape(key);
            switch (key) {
                case "$defs":
                case "properties":
                    for (Map.Entry<String, JsonNode> member : value.properties()) {
                        visitDocumented(member.getValue(), here + "/" + escape(member.getKey()), true, missing);
                    }
                    break;
                case "additionalProperties":
                    // The values of a map (MultilingualText, Extensions) are documented like properties.
                    visitDocumented(value, here, true, missing);
                    break;
                case "items":
                case "propertyNames":
                case "then":
                case "else":
                    visitDocumented(value, here, false, missing);
                    break;
                case "allOf":
                case "anyOf":
                case "oneOf":
                    for (int i = 0; i < value.size(); i++) {
                        visitDocumented(value.get(i), here + "/" + i, false, missing);
                    }
                    break;
                default:
                    // "if" and "not" are conditions, not declarations: they need no documentation.
                    break;
            }
        }
    }

    private interface NodeVisitor {
        void visit(String pointer, JsonNode node);
    }

    /** Visits every object node of a schema, with its JSON Pointer. */
    private static void walk(JsonNode node, String pointer, NodeVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(pointer, node);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(entry.getValue(), pointer + "/" + escape(entry.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    private static void collectRefs(JsonNode schema, List<String> refs) {
        walk(schema, "", (pointer, node) -> {
            if (node.path("$ref").isString()) {
                refs.add(node.path("$ref").asString());
            }
        });
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
