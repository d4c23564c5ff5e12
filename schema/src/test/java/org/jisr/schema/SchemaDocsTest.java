package org.jisr.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Keeps {@code schema/README.md} equal to what {@link SchemaDocs} renders from the schemas.
 * With {@code -Djisr.updateDocs=true} it rewrites the file first.
 */
class SchemaDocsTest {

    private static final Path README = Path.of(System.getProperty("basedir", "."), "README.md");

    @Test
    void the_committed_reference_is_what_the_schemas_say() throws IOException {
        String rendered = SchemaDocs.render();
        if (Boolean.getBoolean("jisr.updateDocs")) {
            Files.writeString(README, rendered, StandardCharsets.UTF_8);
        }
        assertThat(README).exists();
        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .as("%s is out of date: run ./mvnw -B -pl schema verify -Djisr.updateDocs=true and commit it",
                        README)
                .isEqualTo(rendered);
    }

    @Test
    void every_code_type_is_mapped_to_its_codelist_in_catalog_order() {
        JsonNode defs = SchemaFixtures.schemaTree("defs.schema.json").path("$defs");
        List<String> codeTypes = defs.properties().stream()
                .filter(e -> e.getValue().has("enum"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertThat(SchemaDocs.CODELIST_OF_CODE_TYPE.keySet()).containsExactlyElementsOf(codeTypes);
        assertThat(SchemaDocs.CODELIST_OF_CODE_TYPE.values()).containsExactlyElementsOf(SchemaCatalog.codelistIds());
    }

    @Test
    void the_reference_documents_every_record_value_and_code_type() {
        String rendered = SchemaDocs.render();
        for (String heading : new String[] {
            "### Exchange document", "### Header", "### Stream line", "### Record",
            "### LocalAuthority", "### Organization", "### Partnership", "### Project", "### Event",
            "### MultilingualText", "### Identifier", "### Period", "### Money", "### Place", "### Source",
            "### DocumentLink", "### Involvement", "### Participation", "### Group", "### Outcome",
            "### Funding", "### Extensions", "### ThemeCode", "### IdentifierScheme"}) {
            assertThat(rendered).contains("\n" + heading + "\n");
        }
        assertThat(rendered)
                .contains("[Period](#period)", "[Record](#record)", "](../docs/data-model.md)")
                .contains("| `fr-siren` | pattern `^[0-9]{9}$` |");
        for (String id : SchemaCatalog.codelistIds()) {
            assertThat(rendered).contains("| [`" + id + "`](src/main/resources/org/jisr/schema/1.0/codelists/" + id + ".json) |");
        }
    }
}
