package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.assertFinding;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReferencesResolveRuleTest {

    private static final String FORWARD = """
            {
              "jisr": "1.0",
              "publisher": "org-cfad",
              "records": [
                {"type": "Partnership", "id": "p-1", "kind": "twinning", "parties": ["fr-nice", "tn-sousse"],
                 "supporters": [{"organization": "org-cfad", "role": "technical-support"}]},
                {"type": "Event", "id": "ev-1", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": {"start": "2024-12-10"}, "partnerships": ["p-1"], "organizers": ["org-cfad", "tn-sousse"],
                 "venue": {"authority": "tn-sousse"}},
                {"type": "LocalAuthority", "id": "fr-nice", "name": {"fr": "Nice"}, "kind": "commune", "country": "FR"},
                {"type": "LocalAuthority", "id": "tn-sousse", "name": {"fr": "Sousse"}, "kind": "commune", "country": "TN"},
                {"type": "Organization", "id": "org-cfad", "name": {"fr": "CFAD"}, "kind": "training-centre",
                 "parent": "tn-sousse"}
              ]
            }
            """;

    @Test
    void references_that_resolve_forward_and_backward_to_accepted_types_give_no_finding() {
        ValidationReport report = validate(FORWARD);

        assertThat(withCode(report, "rule.unresolved-reference")).isEmpty();
        assertThat(withCode(report, "rule.reference-wrong-type")).isEmpty();
    }

    @Test
    void a_reference_to_no_record_is_an_error_where_the_reference_is() {
        String json = FORWARD.replace("\"organizers\": [\"org-cfad\", \"tn-sousse\"]",
                "\"organizers\": [\"org-cfad\", \"org-missing\"]");

        List<Finding> found = withCode(validate(json), "rule.unresolved-reference");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.unresolved-reference", Severity.ERROR, json, "/records/1/organizers/1",
                "\"org-missing\"", Map.of("reference", "org-missing"));
    }

    @Test
    void a_forward_reference_to_a_record_of_the_wrong_type_is_an_error_where_the_reference_is() {
        String json = FORWARD.replace("\"parties\": [\"fr-nice\", \"tn-sousse\"]",
                "\"parties\": [\"fr-nice\", \"org-cfad\"]");

        List<Finding> found = withCode(validate(json), "rule.reference-wrong-type");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.reference-wrong-type", Severity.ERROR, json, "/records/0/parties/1",
                "\"org-cfad\"]", Map.of("reference", "org-cfad", "expected", "LocalAuthority", "actual", "Organization"));
    }

    @Test
    void a_backward_reference_to_a_record_of_the_wrong_type_is_an_error_too() {
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Project", "id": "pr-1", "title": {"fr": "Projet"}},
                    {"type": "Event", "id": "ev-1", "kind": "workshop", "title": {"fr": "Atelier"},
                     "period": {"start": "2024-12-10"}, "parent": "pr-1", "projects": ["pr-1"]}
                  ]
                }
                """;

        List<Finding> found = withCode(validate(json), "rule.reference-wrong-type");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.reference-wrong-type", Severity.ERROR, json, "/records/1/parent",
                "\"pr-1\", \"projects\"", Map.of("reference", "pr-1", "expected", "Event", "actual", "Project"));
    }

    @Test
    void an_actor_may_be_an_authority_or_an_organisation_but_nothing_else() {
        String json = FORWARD.replace("\"organizers\": [\"org-cfad\", \"tn-sousse\"]",
                "\"organizers\": [\"org-cfad\", \"tn-sousse\", \"p-1\"]");

        List<Finding> found = withCode(validate(json), "rule.reference-wrong-type");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.location().pointer()).isEqualTo("/records/1/organizers/2");
            assertThat(f.parameters()).containsEntry("expected", "LocalAuthority, Organization")
                    .containsEntry("actual", "Partnership");
        });
    }

    @Test
    void a_place_names_an_authority() {
        String json = FORWARD.replace("\"venue\": {\"authority\": \"tn-sousse\"}", "\"venue\": {\"authority\": \"org-cfad\"}");

        List<Finding> found = withCode(validate(json), "rule.reference-wrong-type");

        assertFinding(found.get(0), "rule.reference-wrong-type", Severity.ERROR, json, "/records/1/venue/authority",
                "\"org-cfad\"}", Map.of("reference", "org-cfad", "expected", "LocalAuthority", "actual", "Organization"));
        assertThat(found).hasSize(1);
    }

    @Test
    void the_publisher_of_the_document_is_resolved_after_the_records_and_reported_where_it_is() {
        String json = FORWARD.replace("\"publisher\": \"org-cfad\"", "\"publisher\": \"org-unknown\"");

        List<Finding> found = withCode(validate(json), "rule.unresolved-reference");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.unresolved-reference", Severity.ERROR, json, "/publisher",
                "\"org-unknown\"", Map.of("reference", "org-unknown"));
    }

    @Test
    void the_publisher_of_a_stream_is_located_in_its_header_line() {
        String ndjson = """
                {"type": "Header", "jisr": "1.0", "publisher": "p-1"}
                {"type": "Partnership", "id": "p-1", "kind": "twinning", "parties": ["https://example.org/a", "https://example.org/b"]}
                """;

        List<Finding> found = withCode(validate(Validation.DEFAULT, ndjson, "test.ndjson"), "rule.reference-wrong-type");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.reference-wrong-type", Severity.ERROR, "test.ndjson", ndjson, "/publisher",
                "\"p-1\"}", Map.of("reference", "p-1", "expected", "LocalAuthority, Organization", "actual", "Partnership"));
    }

    @Test
    void external_references_are_declared_external_and_not_resolved() {
        String json = FORWARD.replace("\"parties\": [\"fr-nice\", \"tn-sousse\"]",
                "\"parties\": [\"https://example.org/authorities/nice\", \"urn:x-registry:sousse\"]");

        ValidationReport report = validate(json);

        assertThat(report.findings()).noneMatch(f -> f.layer() == Layer.RULE && f.code().contains("reference"));
    }
}
