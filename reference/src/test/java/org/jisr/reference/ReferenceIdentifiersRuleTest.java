package org.jisr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Layer;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/** The rule, found on the class path like any user's rule, checks identifiers against the lists. */
class ReferenceIdentifiersRuleTest {

    private static final Validator VALIDATOR = Validator.builder().build();

    private static String authority(String id, String name, String kind, String country, String... identifiers) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < identifiers.length; i += 2) {
            ids.append(ids.isEmpty() ? "" : ", ").append("{\"scheme\": \"").append(identifiers[i])
                    .append("\", \"value\": \"").append(identifiers[i + 1]).append("\"}");
        }
        return "{\"type\": \"LocalAuthority\", \"id\": \"" + id + "\", \"name\": " + name + ", \"kind\": \"" + kind
                + "\", \"country\": \"" + country + "\", \"identifiers\": [" + ids + "]}";
    }

    private static ValidationReport validate(String... records) {
        String json = "{\"jisr\": \"1.0\", \"records\": [\n" + String.join(",\n", records) + "\n]}";
        ValidationReport report = VALIDATOR.validateText(json, "test.json");
        assertThat(report.findings()).as("reaches the rules").noneMatch(f -> f.layer() == Layer.SYNTAX);
        return report;
    }

    private static List<Finding> withCode(ValidationReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    private static Finding first(ValidationReport report, String code) {
        return withCode(report, code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report.findings()));
    }

    /** Renders a finding in the three languages and checks each message is there and filled in. */
    private static void rendersInThreeLanguages(Finding f, String... expectedInEveryLanguage) {
        for (String language : FindingMessages.LANGUAGES) {
            String text = FindingMessages.of(language).render(f);
            assertThat(text).as(language).doesNotContain("{").contains(expectedInEveryLanguage);
        }
        assertThat(FindingMessages.of("ar").render(f)).containsPattern("[\\u0600-\\u06FF]");
        assertThat(FindingMessages.of("fr").render(f)).isNotEqualTo(FindingMessages.of("en").render(f));
    }

    @Test
    void the_rule_is_found_with_service_loader() {
        assertThat(VALIDATOR.rules()).anyMatch(r -> r.id().equals("reference-identifiers"));
    }

    @Test
    void right_identifiers_and_names_give_no_finding() {
        ValidationReport report = validate(
                authority("fr-marseille", "{\"fr\": \"Ville de Marseille\"}", "commune", "FR",
                        "fr-insee-cog-commune", "13055", "fr-siren", "211300553"),
                authority("tn-sousse", "{\"fr\": \"Commune de Sousse\", \"ar\": \"بلدية سوسة\"}", "commune", "TN",
                        "tn-municipality", "TN-51-017", "tn-onshor-5", "51011", "tn-ins-4", "3111"),
                authority("tn-kef", "{\"fr\": \"El Kef\"}", "commune", "TN", "tn-municipality", "TN-33-006"),
                authority("tn-gov-sousse", "{\"fr\": \"Gouvernorat de Sousse\"}", "governorate", "TN",
                        "iso-3166-2", "TN-51"));

        assertThat(report.findings()).filteredOn(f -> f.code().startsWith("rule.authority-")).isEmpty();
    }

    @Test
    void a_wrong_insee_code_is_unknown_in_the_vintage() {
        // 13999 has the shape of a commune of the Bouches-du-Rhône, but no commune has it.
        ValidationReport report = validate(authority("fr-x", "{\"fr\": \"Marseille\"}", "commune", "FR",
                "fr-insee-cog-commune", "13999"));

        Finding f = first(report, "rule.authority-unknown-code");
        assertThat(f.parameters()).isEqualTo(Map.of("scheme", "fr-insee-cog-commune", "value", "13999",
                "vintage", "COG 2026"));
        assertThat(f.location().pointer()).isEqualTo("/records/0/identifiers/0/value");
        rendersInThreeLanguages(f, "13999", "COG 2026");
    }

    @Test
    void unknown_tunisian_codes_in_each_scheme() {
        ValidationReport report = validate(authority("tn-x", "{\"fr\": \"Sousse\"}", "commune", "TN",
                "tn-municipality", "TN-51-099", "tn-onshor-5", "51099", "tn-ins-4", "9911"));

        assertThat(withCode(report, "rule.authority-unknown-code")).extracting(f -> f.parameters().get("scheme"))
                .containsExactly("tn-municipality", "tn-onshor-5", "tn-ins-4");
        rendersInThreeLanguages(first(report, "rule.authority-unknown-code"), "TN-51-099", "ISIE 2018");
    }

    @Test
    void a_siren_with_a_bad_check_digit_is_invalid_and_reported_by_core_only() {
        ValidationReport report = validate(authority("fr-marseille", "{\"fr\": \"Marseille\"}", "commune", "FR",
                "fr-siren", "211300554"));

        Finding f = first(report, "model.identifier-check-digit");
        rendersInThreeLanguages(f, "211300554");
        assertThat(report.findings()).filteredOn(x -> x.code().startsWith("rule.authority-")).isEmpty();
    }

    @Test
    void a_code_that_names_another_authority_than_the_name_is_suspicious() {
        // 06088 is Nice, not Marseille; TN-51-017 is Sousse, not Monastir.
        ValidationReport report = validate(
                authority("fr-marseille", "{\"fr\": \"Marseille\"}", "commune", "FR", "fr-insee-cog-commune", "06088"),
                authority("tn-monastir", "{\"ar\": \"المنستير\"}", "commune", "TN", "tn-municipality", "TN-51-017"));

        List<Finding> found = withCode(report, "rule.authority-name-mismatch");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).parameters()).isEqualTo(Map.of("scheme", "fr-insee-cog-commune", "value", "06088",
                "name", "Marseille", "expected", "Nice"));
        rendersInThreeLanguages(found.get(0), "06088", "Nice", "Marseille");
        assertThat(found.get(1).parameters()).containsEntry("expected", "Sousse / سوسة").containsEntry("name", "المنستير");
        rendersInThreeLanguages(found.get(1), "TN-51-017", "سوسة", "المنستير");
    }

    @Test
    void identifiers_of_two_different_authorities_disagree() {
        // 34012 is Bou Arada in the ISO-ordered 5-digit scheme; 3411 is Sfax in the old INS order.
        ValidationReport report = validate(authority("tn-x", "{\"fr\": \"Bou Arada\"}", "commune", "TN",
                "tn-onshor-5", "34012", "tn-ins-4", "3411"));

        Finding f = first(report, "rule.authority-identifiers-disagree");
        assertThat(f.parameters()).containsEntry("value", "3411").containsEntry("otherValue", "34012");
        assertThat(f.location().pointer()).isEqualTo("/records/0/identifiers/1/value");
        rendersInThreeLanguages(f, "3411", "34012", "Sfax", "Bou Arada");
    }

    @Test
    void a_former_commune_is_reported_with_the_commune_it_is_part_of() {
        // Marseille 1er Arrondissement (13201) is part of Marseille (13055).
        ValidationReport report = validate(authority("fr-m1", "{\"fr\": \"Marseille 1er arrondissement\"}", "commune",
                "FR", "fr-insee-cog-commune", "13201"));

        Finding f = first(report, "rule.authority-former-commune");
        assertThat(f.parameters()).containsEntry("communeCode", "13055").containsEntry("commune", "Marseille");
        rendersInThreeLanguages(f, "13201", "13055");
        assertThat(withCode(report, "rule.authority-name-mismatch")).isEmpty();
    }

    @Test
    void the_siren_of_an_association_is_not_looked_up() {
        // An illustrative SIREN (valid check digit), not the real number of Cités Unies France.
        String association = "{\"type\": \"Organization\", \"id\": \"cuf\", \"name\": {\"fr\": \"Cités Unies France\"},"
                + " \"kind\": \"association\", \"country\": \"FR\","
                + " \"identifiers\": [{\"scheme\": \"fr-siren\", \"value\": \"123456782\"}]}";

        assertThat(validate(association).findings()).filteredOn(f -> f.code().startsWith("rule.authority-")).isEmpty();
    }
}
