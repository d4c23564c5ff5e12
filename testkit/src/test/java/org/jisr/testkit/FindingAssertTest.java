package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jisr.testkit.ExchangeAssertTest.TWO_WITHOUT_ID;
import static org.jisr.testkit.ExchangeAssertTest.UNKNOWN_THEME;
import static org.jisr.testkit.ExchangeAssertTest.WITHOUT_PERIOD;
import static org.jisr.testkit.ExchangeAssertTest.WITHOUT_ID;
import static org.jisr.testkit.ExchangeAssertTest.WITHOUT_ID_LINE;
import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;

import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;

/** hasFinding(code) narrows step by step, and says what it looked among when nothing is left. */
class FindingAssertTest {

    @Test
    void every_criterion_passes_when_the_finding_matches_it() {
        assertThatExchange(WITHOUT_ID).hasFinding("schema.required")
                .inLayer(Layer.SCHEMA)
                .withSeverity(Severity.ERROR)
                .withParameter("property", "id")
                .atPointer("/records/0")
                .atLine(4)
                .atColumn(5);
        assertThatExchange(UNKNOWN_THEME).hasFinding("schema.not-in-codelist")
                .withParameter("value", "water").atPointer("/records/0/themes/1").atLine(13).atColumn(9);
    }

    @Test
    void the_wrong_line_fails_and_lists_the_findings_of_the_code() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required").atLine(5))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected " + WITHOUT_ID + " to have a finding schema.required at line 5, but it has none.\n"
                        + "Its findings schema.required:\n"
                        + "  " + WITHOUT_ID_LINE);
    }

    @Test
    void each_criterion_fails_when_no_finding_matches_it() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required").atColumn(6))
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to have a finding schema.required at column 6,");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required").atPointer("/records/1"))
                .hasMessageContaining("schema.required at JSON Pointer “/records/1”, but it has none.");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required")
                .withSeverity(Severity.WARNING))
                .hasMessageContaining("schema.required with severity warning, but it has none.");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required")
                .withParameter("property", "type"))
                .hasMessageContaining("schema.required with property = “type”, but it has none.");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.required").inLayer(Layer.RULE))
                .hasMessageContaining("schema.required in layer rule, but it has none.")
                .hasMessageContaining(WITHOUT_ID_LINE);
    }

    @Test
    void criteria_add_up_and_the_message_shows_those_already_met() {
        // Two records without id: /records/0 on line 4, /records/1 on line 5.
        assertThatExchange(TWO_WITHOUT_ID, "two.json").hasFinding("schema.required").atLine(4).atPointer("/records/0");
        assertThatExchange(TWO_WITHOUT_ID, "two.json").hasFinding("schema.required").atPointer("/records/1").atLine(5);
        assertThatThrownBy(() -> assertThatExchange(TWO_WITHOUT_ID, "two.json").hasFinding("schema.required")
                .atLine(4).atPointer("/records/1"))
                .hasMessage("Expected two.json to have a finding schema.required at line 4,"
                        + " at JSON Pointer “/records/1”, but it has none.\n"
                        + "Its findings schema.required at line 4:\n"
                        + "  two.json:4:5: error schema.required The required property “id” is missing. (/records/0)");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_PERIOD).hasFinding("schema.required")
                .withParameter("property", "id"))
                .hasMessageContaining(WITHOUT_PERIOD + ":4:5: error schema.required"
                        + " The required property “period” is missing. (/records/0)");
    }

    @Test
    void the_narrowed_findings_are_the_actual_value() {
        assertThat(assertThatExchange(TWO_WITHOUT_ID, "two.json").hasFinding("schema.required").actual()).hasSize(2);
        assertThat(assertThatExchange(TWO_WITHOUT_ID, "two.json").hasFinding("schema.required").atLine(5).actual())
                .singleElement()
                .satisfies(f -> assertThat(f.location().pointer()).isEqualTo("/records/1"));
    }

    @Test
    void narrowing_failures_come_in_french_and_arabic_and_keep_the_description() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).inLanguage("fr").as("export")
                .hasFinding("schema.required").withSeverity(Severity.WARNING))
                .hasMessage("[export] " + WITHOUT_ID + " devrait comporter un constat schema.required"
                        + " de gravité avertissement, mais il n’en comporte aucun.\n"
                        + "Ses constats schema.required :\n"
                        + "  " + WITHOUT_ID + ":4:5: erreur schema.required La propriété obligatoire « id » est absente."
                        + " (/records/0)");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).inLanguage("ar")
                .hasFinding("schema.required").inLayer(Layer.MODEL))
                .hasMessageContaining("في طبقة النموذج")
                .hasMessageContaining("ملاحظاته schema.required:");
    }

    @Test
    void an_overriding_message_carries_over_to_the_narrowed_assertions() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).withFailMessage("the export of %s is broken", "Sousse")
                .hasFinding("schema.required").atLine(5))
                .hasMessage("the export of Sousse is broken");
    }
}
