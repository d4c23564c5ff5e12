package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The examples of testkit/README.md, compiled and run: every {@code java} block of the README is a
 * piece of this class ({@link ReadmeTest} checks it), so the README cannot drift from the API.
 */
class ReadmeExampleTest {

    @ParameterizedTest
    @ExchangeFiles("src/test/resources/exchanges/valid")
    void every_export_is_valid(Path file) {
        assertThatExchange(file).isValid().hasNoWarnings();
    }

    @TestFactory
    Stream<DynamicTest> every_export_is_valid_too() {
        return ExchangeFileTests.validEach(Path.of("src/test/resources/exchanges/valid"));
    }

    @Test
    void the_flagship_holds_18_records() {
        assertThatExchange(Path.of("src/test/resources/exchanges/valid/workshop-2024-12-10.json"))
                .isValid()
                .hasNoWarnings()
                .hasRecords(18);
    }

    @Test
    void a_record_without_id_is_reported_where_it_starts() {
        assertThatExchange(Path.of("src/test/resources/exchanges/invalid/03-record-without-id.json"))
                .hasErrors()
                .hasFindingCount("schema.required", 1)
                .hasFinding("schema.required")
                .withParameter("property", "id")
                .atPointer("/records/0")
                .atLine(4)
                .atColumn(5);
    }

    @Test
    void an_unknown_theme_is_only_a_warning_for_us() {
        Validator lenient = Validator.builder()
                .profile(RuleProfile.builder().severity("schema.not-in-codelist", Severity.WARNING).build())
                .build();
        assertThatExchange(Path.of("src/test/resources/exchanges/invalid/13-unknown-theme.json"))
                .usingValidator(lenient)
                .isValid()
                .hasFinding("schema.not-in-codelist")
                .withSeverity(Severity.WARNING)
                .withParameter("value", "water");
    }

    @Test
    void a_duplicate_key_in_a_text() {
        assertThatExchange("{\"jisr\": \"1.0\", \"jisr\": \"1.0\", \"records\": []}", "twice.json")
                .hasFinding("syntax.duplicate-key")
                .atLine(1)
                .atColumn(25);
    }

    /** The failures the README shows, with their exact messages. */
    static final Path WITHOUT_ID = Path.of("src/test/resources/exchanges/invalid/03-record-without-id.json");

    @Test
    void the_failures_shown_in_the_readme_happen() {
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).isValid())
                .hasMessage(ReadmeTest.textBlock(0));
        assertThatThrownBy(() -> assertThatExchange(WITHOUT_ID).inLanguage("fr").hasFinding("schema.required").atLine(5))
                .hasMessage(ReadmeTest.textBlock(1));
    }
}
