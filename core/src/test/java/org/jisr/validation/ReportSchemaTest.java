package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jisr.schema.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Real JSON reports follow {@code report.schema.json} of the schema module, with the counts they should have. */
class ReportSchemaTest {

    private static Schema reportSchema;

    @BeforeAll
    static void compileTheReportSchema() throws IOException {
        JsonNode tree;
        try (InputStream in = SchemaCatalog.openReportSchema()) {
            tree = ReportFixtures.MAPPER.readTree(in);
        }
        reportSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
        reportSchema.initializeValidators();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void the_report_of_a_bad_document_follows_the_schema_with_its_counts(String language) {
        ValidationReport report = ReportFixtures.badDocumentReport();

        JsonNode json = ReportFixtures.json(report, language);

        assertThat(reportSchema.validate(json)).isEmpty();
        JsonNode summary = json.path("summary");
        assertThat(summary.path("errors").isIntegralNumber()).isTrue();
        assertThat(summary.path("errors").asLong()).isEqualTo(4);
        assertThat(summary.path("warnings").asLong(-1)).isZero();
        assertThat(summary.path("infos").asLong(-1)).isZero();
        assertThat(summary.path("records").asLong()).isEqualTo(3);
        assertThat(summary.path("byCode").path("syntax.duplicate-key").asLong()).isEqualTo(1);
        assertThat(summary.path("byCode").path("schema.unknown-property").asLong()).isEqualTo(1);
        JsonNode findings = json.path("findings");
        assertThat(findings.size()).isEqualTo(4);
        for (JsonNode f : findings.values()) {
            for (String field : List.of("code", "layer", "severity", "message")) {
                assertThat(f.path(field).isString()).as(field).isTrue();
                assertThat(f.path(field).asString()).as(field).isNotBlank();
            }
            JsonNode at = f.path("location");
            assertThat(at.path("file").asString()).isEqualTo("bad.json");
            assertThat(at.path("pointer").asString()).startsWith("/records/");
            assertThat(at.path("line").asInt()).isPositive();
            assertThat(at.path("column").asInt()).isPositive();
        }
        assertThat(findings.values()).extracting(f -> f.path("layer").asString()).contains("syntax", "schema");
    }

    @Test
    void a_sampled_report_and_a_report_of_an_empty_file_follow_the_schema() {
        ValidationReport sampled = ReportFixtures.SAMPLING_VALIDATOR
                .validate(new ByteArrayInputStream(ReportFixtures.streamWithABadKindOnEveryLine(5)), "many.ndjson");
        ValidationReport empty = ReportFixtures.VALIDATOR.validateText("", "empty.json");

        JsonNode sampledJson = ReportFixtures.json(sampled, "ar");
        JsonNode emptyJson = ReportFixtures.json(empty, "fr");

        assertThat(reportSchema.validate(sampledJson)).isEmpty();
        assertThat(sampledJson.path("summary").path("sampled").asBoolean()).isTrue();
        assertThat(sampledJson.path("summary").path("errors").asLong()).isEqualTo(5);
        assertThat(sampledJson.path("summary").path("samplesPerCode").asInt()).isEqualTo(3);
        assertThat(sampledJson.path("findings").size()).isEqualTo(3);
        assertThat(reportSchema.validate(emptyJson)).isEmpty();
        JsonNode location = emptyJson.path("findings").get(0).path("location");
        assertThat(location.path("line").asInt(-1)).isZero();
        assertThat(location.path("pointer").asString("x")).isEmpty();
    }

    @Test
    void a_finding_of_a_spreadsheet_follows_the_schema() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        ValidationReport report = ValidationReport.builder(5).file("partners.xlsx")
                .add(new Finding(tooLong, Severity.INFO, Map.of("maximum", "80"),
                        new Location("partners.xlsx", "/records/5/name/fr", 7, 3, "Communes", "C7")))
                .records(6)
                .build();

        assertThat(reportSchema.validate(ReportFixtures.json(report, "en"))).isEmpty();
    }

    @Test
    void the_schema_refuses_a_report_without_its_counts_or_with_a_wrong_severity() {
        ObjectNode json = (ObjectNode) ReportFixtures.json(ReportFixtures.badDocumentReport(), "en");
        ((ObjectNode) json.path("summary")).remove("errors");
        ((ObjectNode) ((ArrayNode) json.path("findings")).get(0)).put("severity", "fatal");
        ((ObjectNode) ((ArrayNode) json.path("findings")).get(1).path("location")).put("pointer", "records/1");
        ((ObjectNode) ((ArrayNode) json.path("findings")).get(2).path("location")).remove("column");
        json.put("surprise", true);

        List<Error> errors = reportSchema.validate(json);

        assertThat(errors).extracting(Error::getKeyword)
                .contains("required", "enum", "pattern", "additionalProperties");
        assertThat(errors).extracting(Error::getMessage)
                .anyMatch(m -> m.contains("errors"))
                .anyMatch(m -> m.contains("column"));
    }
}
