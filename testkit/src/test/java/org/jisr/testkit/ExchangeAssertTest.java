package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;

import java.nio.file.Path;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/** The exchange-level assertions pass on valid files and fail, explaining why, on invalid ones. */
class ExchangeAssertTest {

    static final Path VALID = Path.of("src/test/resources/exchanges/valid");
    static final Path INVALID = Path.of("src/test/resources/exchanges/invalid");
    static final Path WORKSHOP = VALID.resolve("workshop-2024-12-10.json");
    static final Path WORKSHOP_STREAM = VALID.resolve("workshop-2024-12-10.ndjson");
    static final Path WITHOUT_ID = INVALID.resolve("03-record-without-id.json");
    static final Path WITHOUT_PERIOD = INVALID.resolve("07-event-without-period.json");
    static final Path UNKNOWN_THEME = INVALID.resolve("13-unknown-theme.json");

    /** Two LocalAuthority records without id: two schema.required findings, at lines 4 and 5. */
    static final String TWO_WITHOUT_ID = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "LocalAuthority", "name": {"fr": "Carthage"}, "kind": "commune", "country": "TN"},
                {"type": "LocalAuthority", "name": {"fr": "Sousse"}, "kind": "commune", "country": "TN"}
              ]
            }
            """;

    /** The finding of 03-record-without-id.json as a failure message shows it, in English. */
    static final String WITHOUT_ID_LINE = WITHOUT_ID + ":4:5: error schema.required"
            + " The required property “id” is missing. (/records/0)";

    /** A document with no record: no finding at all, whatever rules the class path holds. */
    static final String EMPTY_DOCUMENT = "{\"jisr\": \"1.0\", \"records\": []}";

    @Test
    void the_valid_workshop_passes_every_assertion_about_a_valid_file() {
        assertThatExchange(WORKSHOP).isValid().hasNoWarnings().hasRecords(18)
                .hasFindingCount("schema.required", 0).doesNotHaveFinding("syntax.duplicate-key");
        assertThatExchange(WORKSHOP_STREAM).isValid().hasNoWarnings().hasRecords(18);
        assertThatExchange(EMPTY_DOCUMENT, "empty.json").isValid().hasNoWarnings().hasNoFindings().hasRecords(0);
    }

    @Test
    void is_valid_fails_on_an_invalid_file_and_shows_its_finding_with_file_line_and_column() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected " + WITHOUT_ID + " to be valid, but it has errors (1).\n"
                        + "Its findings:\n"
                        + "  " + WITHOUT_ID_LINE);
    }

    @Test
    void is_valid_lists_every_finding_of_the_file() {
        assertThatThrownBy(() -> assertThatExchange(TWO_WITHOUT_ID, "two.json").isValid())
                .hasMessage("Expected two.json to be valid, but it has errors (2).\n"
                        + "Its findings:\n"
                        + "  two.json:4:5: error schema.required The required property “id” is missing. (/records/0)\n"
                        + "  two.json:5:5: error schema.required The required property “id” is missing. (/records/1)");
    }

    @Test
    void the_other_assertions_fail_on_an_invalid_file_with_its_findings() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasNoFindings())
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to have no findings, but it has findings (1).")
                .hasMessageContaining(WITHOUT_ID_LINE);
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFindingCount("schema.required", 2))
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to have 2 findings schema.required, but it has 1.")
                .hasMessageContaining(WITHOUT_ID_LINE);
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).doesNotHaveFinding("schema.required"))
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to have 0 findings schema.required, but it has 1.");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasRecords(2))
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to hold 2 records, but it holds 1.")
                .hasMessageContaining(WITHOUT_ID_LINE);
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).hasFinding("schema.not-in-codelist"))
                .hasMessageStartingWith("Expected " + WITHOUT_ID + " to have a finding schema.not-in-codelist,"
                        + " but it has none.")
                .hasMessageContaining(WITHOUT_ID_LINE);
    }

    @Test
    void an_invalid_file_passes_the_assertions_that_describe_it() {
        assertThatExchange(WITHOUT_ID).hasErrors().hasNoWarnings().hasRecords(1).hasFindingCount("schema.required", 1);
        assertThatExchange(WITHOUT_PERIOD).hasErrors().hasFindingCount("schema.required", 1);
        assertThatExchange(TWO_WITHOUT_ID, "two.json").hasErrors().hasFindingCount("schema.required", 2).hasRecords(2);
        assertThatExchange(UNKNOWN_THEME).hasErrors().hasFindingCount("schema.not-in-codelist", 1)
                .doesNotHaveFinding("schema.required");
    }

    @Test
    void has_errors_fails_on_a_valid_file() {
        assertThatThrownBy(() -> assertThatExchange(EMPTY_DOCUMENT, "empty.json").hasErrors())
                .hasMessage("Expected empty.json to have errors, but it has none.\nIts findings:\n  (none)");
        assertThatThrownBy(() -> assertThatExchange(WORKSHOP).hasErrors())
                .hasMessageStartingWith("Expected " + WORKSHOP + " to have errors, but it has none.\nIts findings:\n");
    }

    @Test
    void a_text_is_validated_under_its_file_name() {
        String twice = "{\"jisr\": \"1.0\", \"jisr\": \"1.0\", \"records\": []}";
        assertThatExchange(twice, "twice.json").hasErrors()
                .hasFinding("syntax.duplicate-key").withParameter("name", "jisr").atLine(1).atColumn(25);
        assertThatThrownBy(() -> assertThatExchange(twice, "twice.json").isValid())
                .hasMessageContaining("twice.json:1:25: error syntax.duplicate-key The name “jisr” appears twice");
    }

    @Test
    void warnings_fail_has_no_warnings_but_not_is_valid() {
        // A byte order mark is a warning of the syntax layer.
        String withBom = "\uFEFF" + EMPTY_DOCUMENT;
        assertThatExchange(withBom, "bom.json").isValid();
        assertThatThrownBy(() -> assertThatExchange(withBom, "bom.json").hasNoWarnings())
                .hasMessageStartingWith("Expected bom.json to have no warnings, but it has warnings (1).")
                .hasMessageContaining("bom.json:1:1: warning syntax.byte-order-mark ");
    }

    @Test
    void failure_messages_come_in_french_and_arabic() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).inLanguage("fr").isValid())
                .hasMessage(WITHOUT_ID + " devrait être valide, mais il comporte des erreurs (1).\n"
                        + "Ses constats :\n"
                        + "  " + WITHOUT_ID + ":4:5: erreur schema.required La propriété obligatoire « id » est absente."
                        + " (/records/0)");
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).inLanguage("ar").isValid())
                .hasMessageStartingWith("كان يُنتظر أن يكون " + WITHOUT_ID + " صالحًا")
                .hasMessageContaining(WITHOUT_ID + ":4:5: خطأ schema.required الخاصية الإلزامية «id» مفقودة.");
    }

    @Test
    void an_unknown_language_is_refused() {
        assertThatThrownBy(() -> assertThatExchange(WORKSHOP).inLanguage("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }

    @Test
    void using_validator_validates_again_with_its_profile() {
        Validator lenient = Validator.builder()
                .profile(RuleProfile.builder().severity("schema.not-in-codelist", Severity.WARNING).build())
                .build();
        assertThatExchange(UNKNOWN_THEME).hasErrors()
                .usingValidator(lenient).isValid()
                .hasFinding("schema.not-in-codelist").withSeverity(Severity.WARNING);
        assertThatThrownBy(() -> assertThatExchange(UNKNOWN_THEME).usingValidator(lenient).hasNoWarnings())
                .hasMessageContaining(UNKNOWN_THEME + ":13:9: warning schema.not-in-codelist “water” is not in the codelist");
    }

    @Test
    void using_validator_keeps_the_description_and_the_language() {
        Validator plain = Validator.builder().build();
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).as("partner export").inLanguage("fr")
                .usingValidator(plain).isValid())
                .hasMessageStartingWith("[partner export] " + WITHOUT_ID + " devrait être valide");
    }

    @Test
    void a_report_can_be_asserted_but_not_validated_again() {
        ValidationReport report = Validator.builder().build().validate(WITHOUT_ID);
        assertThatExchange(report).hasErrors().hasFinding("schema.required").atLine(4);
        assertThatThrownBy(() -> assertThatExchange(report).isValid()).hasMessageContaining(WITHOUT_ID_LINE);
        assertThatThrownBy(() -> assertThatExchange(report).usingValidator(Validator.builder().build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("report");
    }

    @Test
    void a_report_without_files_is_named_as_such() {
        ValidationReport empty = ValidationReport.builder(10).build();
        assertThatExchange(empty).isValid().hasNoFindings().hasRecords(0);
        assertThatThrownBy(() -> assertThatExchange(empty).hasErrors())
                .hasMessageStartingWith("Expected the unnamed document to have errors");
    }

    @Test
    void a_missing_file_fails_is_valid_with_its_unreadable_input_finding() {
        Path missing = VALID.resolve("no-such-file.json");
        assertThatThrownBy(() -> assertThatExchange(missing).isValid())
                .hasMessageContaining(missing + ":0:0: error syntax.unreadable-input");
    }

    @Test
    void the_description_prefixes_the_message_and_the_actual_value_is_the_report() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).as("export of %s", "Sousse").isValid())
                .hasMessageStartingWith("[export of Sousse] Expected ");
        assertThat(assertThatExchange(WORKSHOP).actual().records()).isEqualTo(18);
    }

    @Test
    void failures_show_errors_first_and_say_when_the_report_keeps_samples() {
        Validator onePerCode = Validator.builder().samplesPerCode(1).build();
        // Two schema.required findings: the report keeps one, but counts two.
        assertThatExchange(TWO_WITHOUT_ID, "two.json").usingValidator(onePerCode)
                .hasFindingCount("schema.required", 2);
        assertThatThrownBy(() -> assertThatExchange(TWO_WITHOUT_ID, "two.json").usingValidator(onePerCode)
                .hasFinding("schema.required").atLine(5))
                .hasMessage("Expected two.json to have a finding schema.required at line 5, but it has none.\n"
                        + "Its findings schema.required:\n"
                        + "  two.json:4:5: error schema.required The required property “id” is missing. (/records/0)\n"
                        + "(The report keeps only the first 1 findings of each code; its counts are exact.)");
        String withBomAndDuplicate = "\uFEFF{\"jisr\": \"1.0\", \"jisr\": \"1.0\", \"records\": []}";
        assertThatThrownBy(() -> assertThatExchange(withBomAndDuplicate, "both.json").hasNoWarnings())
                .hasMessageContaining("Its findings:\n  both.json:1:1: warning syntax.byte-order-mark");
        assertThatThrownBy(() -> assertThatExchange(withBomAndDuplicate, "both.json").isValid())
                .hasMessageContaining("Its findings:\n  both.json:1:25: error syntax.duplicate-key");
    }
}
