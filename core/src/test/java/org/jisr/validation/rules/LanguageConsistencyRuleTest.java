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

class LanguageConsistencyRuleTest {

    @Test
    void a_text_lacking_a_language_that_other_texts_of_the_record_have_is_an_info_on_that_text() {
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Organization", "id": "org-cuf", "name": {"ar": "أحياء فرنسية متحدة", "fr": "Cités Unies France"},
                     "kind": "association",
                     "description": {"ar": "جمعية فرنسية", "en": "A French association", "fr": "Association française"}},
                    {"type": "Event", "id": "ev", "kind": "workshop", "title": {"en": "Workshop", "fr": "Atelier"},
                     "period": {"start": "2024-12-10"},
                     "participants": [
                       {"participant": "org-cuf", "role": "participant", "description": {"en": "Delegation", "fr": "Délégation"}},
                       {"participant": "org-cuf", "role": "speaker", "description": {"fr": "Intervention"}}
                     ]}
                  ]
                }
                """;

        List<Finding> found = withCode(validate(json), "rule.language-missing");

        assertThat(found).hasSize(2);
        assertFinding(found.get(0), "rule.language-missing", Severity.INFO, json, "/records/0/name",
                "{\"ar\": \"أحياء", Map.of("language", "en", "property", "name"));
        assertFinding(found.get(1), "rule.language-missing", Severity.INFO, json, "/records/1/participants/1/description",
                "{\"fr\": \"Intervention\"}", Map.of("language", "en", "property", "participants/1/description"));
    }

    @Test
    void texts_in_the_same_languages_give_no_finding_and_titles_of_sources_do_not_count() {
        String json = """
                {
                  "jisr": "1.0",
                  "language": "ar",
                  "records": [
                    {"type": "Event", "id": "ev", "kind": "workshop", "title": {"ar": "ورشة عمل", "fr": "Atelier"},
                     "description": {"ar": "ورشة", "fr": "Un atelier"}, "period": {"start": "2024-12-10"},
                     "sources": [{"title": {"ar": "تنظيم ورشة عمل"}, "language": "ar"}]}
                  ]
                }
                """;

        ValidationReport report = validate(json);

        assertThat(report.findings()).noneMatch(f -> f.layer() == Layer.RULE);
    }

    @Test
    void a_name_without_the_main_language_of_the_document_is_a_warning_on_the_name() {
        String json = """
                {
                  "jisr": "1.0",
                  "language": "ar",
                  "records": [
                    {"type": "Organization", "id": "org-cuf", "name": {"fr": "Cités Unies France"}, "kind": "association",
                     "description": {"ar": "جمعية فرنسية", "fr": "Association française"}}
                  ]
                }
                """;

        ValidationReport report = validate(json);
        List<Finding> found = withCode(report, "rule.main-language-missing");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.main-language-missing", Severity.WARNING, json, "/records/0/name",
                "{\"fr\": \"Cités Unies France\"}", Map.of("language", "ar"));
        assertThat(withCode(report, "rule.language-missing"))
                .as("the missing Arabic name is reported once, as the main language")
                .isEmpty();
    }

    @Test
    void a_regional_variant_of_the_main_language_counts_as_the_main_language() {
        String json = """
                {
                  "jisr": "1.0",
                  "language": "ar",
                  "records": [
                    {"type": "LocalAuthority", "id": "tn-sousse", "name": {"ar-TN": "سوسة"}, "kind": "commune", "country": "TN"}
                  ]
                }
                """;

        assertThat(withCode(validate(json), "rule.main-language-missing")).isEmpty();
    }
}
