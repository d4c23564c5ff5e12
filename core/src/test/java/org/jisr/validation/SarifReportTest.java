package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jisr.core.JisrVersion;
import org.jisr.validation.internal.report.ReportLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The SARIF rendering of real reports: valid against the SARIF 2.1.0 schema, and saying what the report says. */
class SarifReportTest {

    private static final FindingMessages EN = FindingMessages.of("en");

    static JsonNode sarif(ValidationReport report, FindingMessages messages) {
        return ReportFixtures.MAPPER.readTree(ReportFormat.SARIF.render(report, messages));
    }

    static JsonNode run(JsonNode log) {
        assertThat(log.path("runs").size()).isEqualTo(1);
        return log.path("runs").get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void the_report_of_a_bad_document_is_valid_sarif_with_every_finding(String language) {
        ValidationReport report = ReportFixtures.badDocumentReport();
        FindingMessages messages = FindingMessages.of(language);

        JsonNode log = sarif(report, messages);

        assertThat(SarifSchema.errors(log)).isEmpty();
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asString()).startsWith("https://").endsWith("sarif-schema-2.1.0.json");
        JsonNode run = run(log);
        assertThat(run.path("language").asString()).isEqualTo(language);
        assertThat(run.path("columnKind").asString()).isEqualTo("utf16CodeUnits");
        assertThat(run.path("invocations").size()).isEqualTo(1);
        assertThat(run.path("invocations").get(0).path("executionSuccessful").isBoolean()).isTrue();
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asString()).isEqualTo("Jisr");
        assertThat(driver.path("version").asString()).isEqualTo(JisrVersion.library());
        assertThat(driver.path("informationUri").asString()).isEqualTo(ReportLinks.DOCUMENTATION);
        assertThat(run.path("artifacts").values()).extracting(a -> a.path("location").path("uri").asString())
                .containsExactly("bad.json");

        JsonNode rules = driver.path("rules");
        assertThat(rules.values()).extracting(r -> r.path("id").asString()).containsExactly(
                "schema.not-in-codelist", "schema.shape", "schema.unknown-property", "syntax.duplicate-key");
        for (JsonNode rule : rules.values()) {
            FindingType type = FindingCatalog.find(rule.path("id").asString()).orElseThrow();
            String template = messages.template(type).orElseThrow();
            assertThat(rule.path("shortDescription").path("text").asString()).isEqualTo(template);
            assertThat(rule.path("fullDescription").path("text").asString()).startsWith(template + " ")
                    .contains(messages.label(type.layer()));
            assertThat(rule.path("helpUri").asString()).isEqualTo(ReportLinks.FINDINGS_CATALOG + "#" + type.code());
            assertThat(rule.path("defaultConfiguration").path("level").asString()).isEqualTo("error");
            assertThat(rule.path("name").asString()).matches("[A-Z][A-Za-z0-9]+");
        }
        assertThat(rules.get(3).path("name").asString()).isEqualTo("SyntaxDuplicateKey");

        JsonNode results = run.path("results");
        assertThat(results.size()).isEqualTo(report.findings().size()).isEqualTo(4);
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode r = results.get(i);
            assertThat(r.path("ruleId").asString()).isEqualTo(f.code());
            assertThat(rules.get(r.path("ruleIndex").asInt(-1)).path("id").asString()).isEqualTo(f.code());
            assertThat(r.path("level").asString()).isEqualTo("error");
            assertThat(r.path("message").path("text").asString()).isEqualTo(messages.render(f));
            JsonNode at = r.path("locations").get(0);
            JsonNode physical = at.path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asString()).isEqualTo("bad.json");
            assertThat(physical.path("artifactLocation").path("index").asInt(-1)).isZero();
            assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(f.location().line());
            assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(f.location().column());
            assertThat(at.path("logicalLocations").get(0).path("fullyQualifiedName").asString())
                    .isEqualTo(f.location().pointer());
            assertThat(r.path("properties").path("layer").asString()).isEqualTo(f.layer().code());
            assertThat(ReportFixtures.parameters(r.path("properties"))).isEqualTo(f.parameters());
        }
        JsonNode duplicate = results.get(3);
        assertThat(duplicate.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(8);
        assertThat(duplicate.path("locations").get(0).path("logicalLocations").get(0).path("name").asString())
                .isEqualTo("id");

        JsonNode properties = run.path("properties");
        assertThat(properties.path("valid").asBoolean(true)).isFalse();
        assertThat(properties.path("records").asLong()).isEqualTo(3);
        assertThat(properties.path("errors").asLong()).isEqualTo(4);
        assertThat(properties.path("warnings").asLong(-1)).isZero();
        assertThat(properties.path("sampled").asBoolean(true)).isFalse();
        assertThat(properties.path("resultsLeftOut").asLong(-1)).isZero();
        assertThat(properties.path("samplesPerCode").asInt()).isEqualTo(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        assertThat(properties.path("countsByCode").path("syntax.duplicate-key").asLong()).isEqualTo(1);
        assertThat(properties.path("jisr").path("schema").asString()).isEqualTo("1.0");
        assertThat(properties.path("jisr").path("codelists").asString()).isEqualTo("1.0");
    }

    @Test
    void a_sampled_report_says_in_the_run_that_results_were_left_out() {
        ValidationReport report = ReportFixtures.SAMPLING_VALIDATOR.validate(
                new ByteArrayInputStream(ReportFixtures.streamWithABadKindOnEveryLine(7)), "many.ndjson");

        JsonNode log = sarif(report, FindingMessages.of("ar"));

        assertThat(SarifSchema.errors(log)).isEmpty();
        JsonNode run = run(log);
        assertThat(run.path("results").size()).isEqualTo(ReportFixtures.SAMPLES);
        assertThat(run.path("tool").path("driver").path("rules").size()).isEqualTo(1);
        JsonNode properties = run.path("properties");
        assertThat(properties.path("sampled").asBoolean()).isTrue();
        assertThat(properties.path("samplesPerCode").asInt()).isEqualTo(ReportFixtures.SAMPLES);
        assertThat(properties.path("resultsLeftOut").asLong()).isEqualTo(4);
        assertThat(properties.path("countsByCode").path("schema.not-in-codelist").asLong()).isEqualTo(7);
        assertThat(properties.path("errors").asLong()).isEqualTo(7);
        assertThat(properties.path("records").asLong()).isEqualTo(7);
        // Lines of a record stream are its records: the results are on lines 1, 2 and 3.
        assertThat(run.path("results").values()).extracting(r -> r.path("locations").get(0).path("physicalLocation")
                .path("region").path("startLine").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void the_flagship_examples_give_valid_sarif_without_results() {
        for (String name : List.of("workshop-2024-12-10.json", "workshop-2024-12-10.ndjson", "twinnings-fr-tn.json")) {
            ValidationReport report = ReportFixtures.VALIDATOR.validate(
                    SarifReportTest.class.getResourceAsStream("/examples/" + name), "examples/data/" + name);
            assertThat(report.errors()).as(name).isZero();

            JsonNode log = sarif(report, FindingMessages.of("fr"));

            assertThat(SarifSchema.errors(log)).as(name).isEmpty();
            JsonNode run = run(log);
            assertThat(run.path("results").size()).as(name).isEqualTo(report.findings().size());
            assertThat(run.path("properties").path("valid").asBoolean()).isTrue();
            assertThat(run.path("properties").path("records").asLong()).as(name).isEqualTo(report.records()).isPositive();
            assertThat(run.path("artifacts").get(0).path("location").path("uri").asString())
                    .isEqualTo("examples/data/" + name);
        }
    }

    @Test
    void severities_become_sarif_levels_and_the_rule_keeps_the_default() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        FindingType bom = FindingCatalog.find("syntax.byte-order-mark").orElseThrow();
        ValidationReport report = ValidationReport.builder(10).file("x.json")
                .add(new Finding(bom, Severity.WARNING, Map.of(), Location.of("x.json", "", 1, 1)))
                .add(new Finding(tooLong, Severity.INFO, Map.of("maximum", "80"), Location.of("x.json", "/a", 2, 3)))
                .build();

        JsonNode run = run(sarif(report, EN));

        assertThat(run.path("results").values()).extracting(r -> r.path("level").asString())
                .containsExactly("warning", "note");
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.values()).extracting(r -> r.path("id").asString() + "=" + r.path("defaultConfiguration")
                .path("level").asString()).containsExactly("schema.too-long=error", "syntax.byte-order-mark=warning");
        assertThat(run.path("results").get(0).path("ruleIndex").asInt()).isEqualTo(1);
        // The whole document: its pointer is empty, and it has no last token to name.
        JsonNode whole = run.path("results").get(0).path("locations").get(0).path("logicalLocations").get(0);
        assertThat(whole.path("fullyQualifiedName").asString()).isEmpty();
        assertThat(whole.has("name")).isFalse();
        assertThat(run.path("properties").path("valid").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_position_has_no_region_and_a_nameless_file_no_physical_location() {
        ValidationReport empty = ReportFixtures.VALIDATOR.validateText("", "empty.json");
        assertThat(empty.findings()).extracting(f -> f.location().line()).containsOnly(0);
        FindingType unreadable = FindingCatalog.find("syntax.unreadable-input").orElseThrow();
        ValidationReport nameless = ValidationReport.builder(5).file("")
                .add(new Finding(unreadable, Severity.ERROR, Map.of("reason", "closed"), Location.of("", "", 0, 0)))
                .build();
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        ValidationReport lineOnly = ValidationReport.builder(5).file("l.json")
                .add(new Finding(tooLong, Severity.ERROR, Map.of("maximum", "3"), Location.of("l.json", "/x", 4, 0)))
                .build();

        JsonNode emptyLog = sarif(empty, EN);
        JsonNode namelessLog = sarif(nameless, EN);
        JsonNode lineOnlyLog = sarif(lineOnly, EN);

        assertThat(SarifSchema.errors(emptyLog)).isEmpty();
        assertThat(SarifSchema.errors(namelessLog)).isEmpty();
        assertThat(SarifSchema.errors(lineOnlyLog)).isEmpty();
        JsonNode emptyPlace = run(emptyLog).path("results").get(0).path("locations").get(0).path("physicalLocation");
        assertThat(emptyPlace.path("artifactLocation").path("uri").asString()).isEqualTo("empty.json");
        assertThat(emptyPlace.has("region")).isFalse();
        JsonNode namelessPlace = run(namelessLog).path("results").get(0).path("locations").get(0);
        assertThat(namelessPlace.has("physicalLocation")).isFalse();
        assertThat(namelessPlace.path("logicalLocations").size()).isEqualTo(1);
        assertThat(run(namelessLog).has("artifacts")).isFalse();
        JsonNode region = run(lineOnlyLog).path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(4);
        assertThat(region.has("startColumn")).isFalse();
    }

    @Test
    void file_names_become_percent_encoded_uri_references() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        List<String> names = List.of("données partenaires/تونس #1.json", "/srv/échanges/a b.json", "a:b?.json");
        ValidationReport.Builder b = ValidationReport.builder(10);
        for (String name : names) {
            b.file(name).add(new Finding(tooLong, Severity.ERROR, Map.of("maximum", "3"), Location.of(name, "/x", 1, 2)));
        }

        JsonNode log = sarif(b.build(), EN);

        assertThat(SarifSchema.errors(log)).isEmpty();
        List<String> uris = new ArrayList<>();
        run(log).path("results").values().forEach(r -> uris.add(r.path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asString()));
        assertThat(uris).containsExactly(
                "donn%C3%A9es%20partenaires/%D8%AA%D9%88%D9%86%D8%B3%20%231.json",
                "file:///srv/%C3%A9changes/a%20b.json",
                "a%3Ab%3F.json");
        assertThat(run(log).path("results").values()).extracting(r -> r.path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("index").asInt()).containsExactly(0, 1, 2);
        assertThat(run(log).path("properties").path("files").values()).extracting(JsonNode::asString)
                .containsExactlyElementsOf(names);
    }

    @Test
    void a_users_code_has_its_rule_without_a_link_to_jisrs_catalog() {
        ValidationReport report = ValidationReport.builder(5).file("budget.json")
                .add(new Finding(HostileReports.USER_TYPE, Severity.WARNING, Map.of("line", "12"),
                        Location.of("budget.json", "/records/3", 40, 5)))
                .build();

        JsonNode log = sarif(report, FindingMessages.of("fr"));

        assertThat(SarifSchema.errors(log)).isEmpty();
        JsonNode rule = run(log).path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("id").asString()).isEqualTo("ville-de-sousse.budget-line");
        assertThat(rule.path("name").asString()).isEqualTo("VilleDeSousseBudgetLine");
        assertThat(rule.has("helpUri")).isFalse();
        assertThat(rule.path("defaultConfiguration").path("level").asString()).isEqualTo("warning");
        // No message in any language: the code stands for its description, code and parameters for its message.
        assertThat(rule.path("shortDescription").path("text").asString()).isEqualTo("ville-de-sousse.budget-line");
        assertThat(run(log).path("results").get(0).path("message").path("text").asString())
                .isEqualTo("ville-de-sousse.budget-line {line=12}");
    }

    @Test
    void a_spreadsheet_finding_keeps_its_sheet_and_cell() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        ValidationReport report = ValidationReport.builder(5).file("partners.xlsx")
                .add(new Finding(tooLong, Severity.WARNING, Map.of("maximum", "80"),
                        new Location("partners.xlsx", "/records/5/name/fr", 7, 3, "Communes", "C7")))
                .build();

        JsonNode log = sarif(report, EN);

        assertThat(SarifSchema.errors(log)).isEmpty();
        JsonNode at = run(log).path("results").get(0).path("locations").get(0);
        assertThat(at.path("properties").path("sheet").asString()).isEqualTo("Communes");
        assertThat(at.path("properties").path("cell").asString()).isEqualTo("C7");
        assertThat(at.path("logicalLocations").get(0).path("name").asString()).isEqualTo("fr");
    }

    @Test
    void the_same_report_and_language_give_the_same_bytes() {
        String first = ReportFormat.SARIF.render(ReportFixtures.badDocumentReport(), FindingMessages.of("ar"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportFormat.SARIF.write(ReportFixtures.badDocumentReport(), FindingMessages.of("ar"), bytes);

        assertThat(bytes.toByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).endsWith("}\n").contains("ليست من خصائص هذا الكائن");
        assertThat(ReportFormat.SARIF.render(ReportFixtures.badDocumentReport(), FindingMessages.of("fr")))
                .isNotEqualTo(first);
    }

    @Test
    void the_schema_check_can_fail() {
        ObjectNode log = (ObjectNode) sarif(ReportFixtures.badDocumentReport(), EN);
        ObjectNode run = (ObjectNode) log.path("runs").get(0);
        ArrayNode results = (ArrayNode) run.path("results");
        ((ObjectNode) results.get(0)).remove("message");
        ((ObjectNode) results.get(1)).put("level", "fatal");
        ObjectNode physical = (ObjectNode) results.get(2).path("locations").get(0).path("physicalLocation");
        ((ObjectNode) physical.path("region")).put("startLine", 0);
        ((ObjectNode) results.get(3).path("locations").get(0).path("physicalLocation").path("artifactLocation"))
                .put("uri", "has space/and [brackets].json");
        log.put("version", "2.0.0");

        List<Error> errors = SarifSchema.errors(log);

        assertThat(errors).extracting(Error::getKeyword).contains("required", "enum", "minimum", "format");
    }
}
