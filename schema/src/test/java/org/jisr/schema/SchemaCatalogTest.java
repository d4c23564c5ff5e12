package org.jisr.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaCatalogTest {

    static java.util.List<String> schemaNames() {
        return SchemaCatalog.schemaNames();
    }

    @Test
    void names_the_schemas_in_a_fixed_order() {
        assertThat(SchemaCatalog.schemaNames()).containsExactly(
                "defs.schema.json", "local-authority.schema.json", "organization.schema.json",
                "partnership.schema.json", "project.schema.json", "event.schema.json", "record.schema.json",
                "header.schema.json", "exchange.schema.json", "ndjson-record.schema.json");
        assertThat(SchemaCatalog.SCHEMA_VERSION).isEqualTo("1.0");
        assertThat(SchemaCatalog.BASE_URI).isEqualTo("https://jisr.org/schema/1.0/");
    }

    @Test
    void names_the_codelists_in_a_fixed_order() {
        assertThat(SchemaCatalog.codelistIds()).containsExactly(
                "themes", "authority-kinds", "organization-kinds", "partnership-kinds", "partnership-statuses",
                "project-statuses", "event-kinds", "event-statuses", "participant-roles", "attendance-modes",
                "outcome-kinds", "document-kinds", "funding-instruments", "identifier-schemes");
    }

    @Test
    void its_lists_cannot_be_changed() {
        assertThatThrownBy(() -> SchemaCatalog.schemaNames().add("x.schema.json"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SchemaCatalog.codelistIds().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void opens_every_listed_schema(String name) throws IOException {
        try (InputStream in = SchemaCatalog.openSchema(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(SchemaFixtures.read(text).path("$id").asString()).isEqualTo(SchemaCatalog.BASE_URI + name);
        }
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void gives_the_class_path_resource_of_every_schema(String name) {
        String path = SchemaCatalog.resourcePath(name);
        assertThat(path).isEqualTo("org/jisr/schema/1.0/" + name).doesNotStartWith("/");
        assertThat(SchemaCatalog.class.getClassLoader().getResource(path)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void maps_every_schema_to_its_id_and_back(String name) {
        URI id = SchemaCatalog.schemaUri(name);
        assertThat(id).hasToString("https://jisr.org/schema/1.0/" + name);
        assertThat(SchemaCatalog.schemaNameFor(id)).contains(name);
        assertThat(SchemaCatalog.schemaNameFor(URI.create(id + "#/$defs/Anything"))).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://jisr.org/schema/1.0/unknown.schema.json",
        "https://jisr.org/schema/2.0/defs.schema.json",
        "https://example.org/schema/1.0/defs.schema.json",
        "defs.schema.json",
        "urn:jisr:defs"})
    void finds_no_schema_for_other_uris(String uri) {
        assertThat(SchemaCatalog.schemaNameFor(URI.create(uri))).isEmpty();
    }

    @Test
    void refuses_an_unknown_schema_name_and_lists_the_known_ones() {
        for (Runnable call : new Runnable[] {
            () -> SchemaCatalog.openSchema("events.schema.json"),
            () -> SchemaCatalog.schemaUri("events.schema.json"),
            () -> SchemaCatalog.resourcePath("events.schema.json")}) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'events.schema.json'")
                    .hasMessageContaining("event.schema.json")
                    .hasMessageContaining("ndjson-record.schema.json");
        }
    }

    @Test
    void refuses_an_unknown_codelist_id_and_lists_the_known_ones() {
        assertThatThrownBy(() -> SchemaCatalog.openCodelist("theme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'theme'")
                .hasMessageContaining("themes")
                .hasMessageContaining("identifier-schemes");
    }

    @Test
    void does_not_resolve_paths_outside_the_catalog() {
        assertThatThrownBy(() -> SchemaCatalog.openSchema("../../../../module-info.class"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemaCatalog.openCodelist("../defs.schema"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_null() {
        assertThatNullPointerException().isThrownBy(() -> SchemaCatalog.openSchema(null));
        assertThatNullPointerException().isThrownBy(() -> SchemaCatalog.openCodelist(null));
        assertThatNullPointerException().isThrownBy(() -> SchemaCatalog.schemaUri(null));
        assertThatNullPointerException().isThrownBy(() -> SchemaCatalog.resourcePath(null));
        assertThatNullPointerException().isThrownBy(() -> SchemaCatalog.schemaNameFor(null));
    }

    @ParameterizedTest
    @MethodSource("org.jisr.schema.SchemaCatalog#codelistIds")
    void every_listed_codelist_opens_and_names_itself(String id) throws IOException {
        try (InputStream in = SchemaCatalog.openCodelist(id)) {
            assertThat(SchemaFixtures.MAPPER.readTree(in).path("id").stringValue("")).isEqualTo(id);
        }
    }

    @Test
    void the_codelist_schema_opens_and_is_not_an_exchange_schema() throws IOException {
        try (InputStream in = SchemaCatalog.openCodelistSchema()) {
            assertThat(SchemaFixtures.MAPPER.readTree(in).path("$id").stringValue(""))
                    .isEqualTo(SchemaCatalog.BASE_URI + SchemaCatalog.CODELIST_SCHEMA);
        }
        assertThat(SchemaCatalog.schemaNames()).doesNotContain(SchemaCatalog.CODELIST_SCHEMA);
    }

    @Test
    void the_report_schema_opens_and_is_not_an_exchange_schema() throws IOException {
        try (InputStream in = SchemaCatalog.openReportSchema()) {
            assertThat(SchemaFixtures.MAPPER.readTree(in).path("$id").stringValue(""))
                    .isEqualTo(SchemaCatalog.BASE_URI + SchemaCatalog.REPORT_SCHEMA)
                    .isEqualTo("https://jisr.org/schema/1.0/report.schema.json");
        }
        assertThat(SchemaCatalog.schemaNames()).doesNotContain(SchemaCatalog.REPORT_SCHEMA);
        assertThat(SchemaCatalog.schemaNameFor(URI.create(SchemaCatalog.BASE_URI + SchemaCatalog.REPORT_SCHEMA)))
                .as("the report schema is not an exchange schema")
                .isEmpty();
    }
}
