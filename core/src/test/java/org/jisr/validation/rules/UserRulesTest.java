package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.assertFinding;
import static org.jisr.validation.rules.Validation.position;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jisr.validation.sample.EventTitleInFrenchRule;
import org.jisr.validation.sample.FailingRule;
import org.junit.jupiter.api.Test;

/** Users add their own rules: found with ServiceLoader, or added to the builder; a broken one is isolated. */
class UserRulesTest {

    private static final List<String> BUILT_IN = List.of("unique-ids", "references-resolve", "parent-event-period",
            "partnership-parties", "plausible-dates", "language-consistency");

    private static final String ARABIC_TITLE = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "Event", "id": "ev-ar", "kind": "workshop", "title": {"ar": "ورشة عمل"}, "period": {"start": "2024-12-10"}},
                {"type": "Event", "id": "ev-fr", "kind": "workshop", "title": {"fr": "Atelier"}, "period": {"start": "2024-12-10"}},
                {"type": "Event", "id": "ev-fr", "kind": "visit", "title": {"fr-FR": "Visite"}, "period": {"start": "2024-12-10"},
                 "organizers": ["org-missing"]}
              ]
            }
            """;

    private static List<String> ids(Validator validator) {
        return validator.rules().stream().map(Rule::id).toList();
    }

    @Test
    void a_default_validator_finds_the_users_rule_with_service_loader_and_runs_it() {
        assertThat(ids(Validation.DEFAULT)).containsAll(BUILT_IN).contains("sample-event-title-in-french");

        List<Finding> found = withCode(validate(ARABIC_TITLE), "sample.event-title-in-french");

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.type()).isEqualTo(EventTitleInFrenchRule.NO_FRENCH_TITLE);
        assertFinding(f, "sample.event-title-in-french", Severity.WARNING, ARABIC_TITLE, "/records/0/title",
                "{\"ar\": \"ورشة عمل\"}", Map.of("event", "ev-ar"));
    }

    @Test
    void the_users_rule_speaks_french_arabic_and_english_from_its_own_bundle() {
        Finding f = withCode(validate(ARABIC_TITLE), "sample.event-title-in-french").get(0);

        assertThat(FindingMessages.of("fr").render(f))
                .isEqualTo("L’événement « ev-ar » n’a pas de titre en français ; nos échanges en exigent un.");
        assertThat(FindingMessages.of("ar").render(f)).isEqualTo("ليس للحدث «ev-ar» عنوان بالفرنسية؛ تبادلاتنا تشترطه.");
        assertThat(FindingMessages.of("en").render(f))
                .isEqualTo("The event “ev-ar” has no French title; our exchanges require one.");
    }

    @Test
    void without_discovery_only_jisrs_rules_run() {
        Validator validator = Validator.builder().discoverRules(false).build();

        assertThat(ids(validator)).containsExactlyInAnyOrderElementsOf(BUILT_IN);
        ValidationReport report = validate(validator, ARABIC_TITLE);
        assertThat(withCode(report, "sample.event-title-in-french")).isEmpty();
        assertThat(withCode(report, "rule.duplicate-id")).hasSize(1);
    }

    @Test
    void a_rule_added_to_the_builder_runs_without_discovery() {
        Validator validator = Validator.builder().discoverRules(false).addRule(new EventTitleInFrenchRule()).build();

        assertThat(ids(validator)).contains("sample-event-title-in-french");
        assertThat(withCode(validate(validator, ARABIC_TITLE), "sample.event-title-in-french"))
                .extracting(f -> f.parameters().get("event")).containsExactly("ev-ar");
    }

    @Test
    void a_rule_that_throws_gives_rule_failed_naming_it_and_the_other_rules_still_report() {
        Validator validator = Validator.builder().addRule(new FailingRule()).build();

        ValidationReport report = validate(validator, ARABIC_TITLE);

        List<Finding> failed = withCode(report, "rule.failed");
        assertThat(failed).hasSize(3);
        Finding first = failed.get(0);
        int[] record = position(ARABIC_TITLE, "{\"type\": \"Event\", \"id\": \"ev-ar\"");
        assertThat(first.layer()).isEqualTo(Layer.RULE);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.location()).isEqualTo(Location.of(Validation.FILE, "/records/0", record[0], record[1]));
        assertThat(first.parameters()).containsEntry("rule", "sample-failing")
                .hasEntrySatisfying("error", e -> assertThat(e).contains("IllegalStateException", "cannot check ev-ar"));
        assertThat(FindingMessages.of("fr").render(first)).contains("« sample-failing »");
        // the other rules, built-in and the user's, still report, in onRecord and in onEnd
        assertThat(withCode(report, "rule.duplicate-id")).hasSize(1);
        assertThat(withCode(report, "rule.unresolved-reference")).hasSize(1);
        assertThat(withCode(report, "sample.event-title-in-french")).hasSize(1);
    }
}
