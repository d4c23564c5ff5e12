package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.assertFinding;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class PartnershipPartiesRuleTest {

    /** Partnerships first, their parties after them: the rule must wait for the end. */
    private static final String TWINNING = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "Partnership", "id": "twinning-nice-sousse", "kind": "twinning",
                 "parties": ["fr-nice", "tn-sousse"]},
                {"type": "LocalAuthority", "id": "fr-nice", "name": {"fr": "Nice"}, "kind": "commune", "country": "FR",
                 "identifiers": [{"scheme": "fr-insee-cog-commune", "value": "06088"}]},
                {"type": "LocalAuthority", "id": "tn-sousse", "name": {"fr": "Sousse"}, "kind": "commune", "country": "TN"},
                {"type": "LocalAuthority", "id": "fr-nice-2", "name": {"fr": "Ville de Nice"}, "kind": "commune",
                 "country": "FR", "identifiers": [{"scheme": "fr-insee-cog-commune", "value": "06088"}]},
                {"type": "LocalAuthority", "id": "fr-marseille", "name": {"fr": "Marseille"}, "kind": "commune",
                 "country": "FR", "identifiers": [{"scheme": "fr-insee-cog-commune", "value": "13055"}]}
              ]
            }
            """;

    @Test
    void parties_of_two_countries_give_no_finding() {
        ValidationReport report = validate(TWINNING);

        assertThat(withCode(report, "rule.partnership-single-country")).isEmpty();
        assertThat(withCode(report, "rule.partnership-same-authority")).isEmpty();
    }

    @Test
    void parties_all_of_one_country_are_a_warning_on_the_parties() {
        String json = TWINNING.replace("[\"fr-nice\", \"tn-sousse\"]", "[\"fr-nice\", \"fr-marseille\"]");

        List<Finding> found = withCode(validate(json), "rule.partnership-single-country");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.partnership-single-country", Severity.WARNING, json, "/records/0/parties",
                "[\"fr-nice\", \"fr-marseille\"]", Map.of("country", "FR"));
    }

    @Test
    void two_parties_with_the_same_identifier_are_the_same_authority() {
        String json = TWINNING.replace("[\"fr-nice\", \"tn-sousse\"]", "[\"fr-nice\", \"tn-sousse\", \"fr-nice-2\"]");

        ValidationReport report = validate(json);
        List<Finding> found = withCode(report, "rule.partnership-same-authority");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.partnership-same-authority", Severity.WARNING, json, "/records/0/parties/2",
                "\"fr-nice-2\"]", Map.of("party", "fr-nice-2", "other", "fr-nice",
                        "identifier", "fr-insee-cog-commune 06088"));
        assertThat(withCode(report, "rule.partnership-single-country")).isEmpty();
    }

    @Test
    void countries_are_compared_only_when_every_party_is_an_authority_of_the_document() {
        String external = TWINNING.replace("[\"fr-nice\", \"tn-sousse\"]", "[\"fr-nice\", \"https://example.org/fr/marseille\"]");
        String unresolved = TWINNING.replace("[\"fr-nice\", \"tn-sousse\"]", "[\"fr-nice\", \"fr-lyon\"]");

        assertThat(withCode(validate(external), "rule.partnership-single-country")).isEmpty();
        ValidationReport report = validate(unresolved);
        assertThat(withCode(report, "rule.partnership-single-country")).isEmpty();
        assertThat(withCode(report, "rule.unresolved-reference")).hasSize(1);
    }

    @Test
    void partnerships_decided_as_they_come_and_at_the_end_report_in_input_order() {
        // The first partnership comes before its parties (decided at the end), the second after
        // them (decided as it comes, then kept only for its finding), the third after them too
        // but without finding (forgotten at once): the findings stay in input order.
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Partnership", "id": "p-late", "kind": "twinning", "parties": ["fr-nice", "fr-marseille"]},
                    {"type": "LocalAuthority", "id": "fr-nice", "name": {"fr": "Nice"}, "kind": "commune", "country": "FR",
                     "identifiers": [{"scheme": "fr-insee-cog-commune", "value": "06088"}]},
                    {"type": "LocalAuthority", "id": "fr-marseille", "name": {"fr": "Marseille"}, "kind": "commune",
                     "country": "FR"},
                    {"type": "LocalAuthority", "id": "fr-nice-2", "name": {"fr": "Ville de Nice"}, "kind": "commune",
                     "country": "FR", "identifiers": [{"scheme": "fr-insee-cog-commune", "value": "06088"}]},
                    {"type": "LocalAuthority", "id": "tn-sousse", "name": {"fr": "Sousse"}, "kind": "commune", "country": "TN"},
                    {"type": "Partnership", "id": "p-early", "kind": "twinning", "parties": ["fr-nice", "fr-nice-2"]},
                    {"type": "Partnership", "id": "p-fine", "kind": "twinning", "parties": ["fr-nice", "tn-sousse"]}
                  ]
                }
                """;

        List<Finding> found = validate(json).findings().stream()
                .filter(f -> f.type().code().startsWith("rule.partnership-")).toList();

        assertThat(found).extracting(f -> f.type().code() + " " + f.location().pointer()).containsExactly(
                "rule.partnership-single-country /records/0/parties",
                "rule.partnership-same-authority /records/5/parties/1",
                "rule.partnership-single-country /records/5/parties");
        assertThat(found.get(1).parameters()).isEqualTo(Map.of("party", "fr-nice-2", "other", "fr-nice",
                "identifier", "fr-insee-cog-commune 06088"));
    }
}
