package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.core.JisrException;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles switch built-in rules off, change a code's severity, switch a code off: as built and as read. */
class RuleProfilesTest {

    /** One duplicate id, one partnership within one country, one name lacking a language. */
    private static final String DOC = """
            {
              "jisr": "1.0",
              "language": "fr",
              "records": [
                {"type": "Partnership", "id": "p", "kind": "twinning", "parties": ["a", "b"]},
                {"type": "LocalAuthority", "id": "a", "name": {"fr": "Nice"}, "kind": "commune", "country": "FR"},
                {"type": "LocalAuthority", "id": "b", "name": {"fr": "Marseille"}, "kind": "commune", "country": "FR"},
                {"type": "Organization", "id": "a", "name": {"ar": "أحياء فرنسية متحدة"}, "kind": "association",
                 "description": {"ar": "جمعية", "fr": "Association"}}
              ]
            }
            """;

    private static ValidationReport run(RuleProfile profile) {
        return validate(Validator.builder().profile(profile).build(), DOC);
    }

    @Test
    void by_default_the_document_has_each_finding() {
        ValidationReport report = validate(DOC);

        assertThat(withCode(report, "rule.duplicate-id")).hasSize(1);
        assertThat(withCode(report, "rule.partnership-single-country")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(withCode(report, "rule.main-language-missing")).hasSize(1);
        assertThat(withCode(report, "rule.language-missing")).hasSize(0);
    }

    private static void assertSwitchedAndChanged(RuleProfile profile, Validator validator) {
        ValidationReport report = run(profile);
        assertThat(validator.rules()).extracting(Rule::id).doesNotContain("unique-ids").contains("references-resolve");
        assertThat(withCode(report, "rule.duplicate-id")).isEmpty();
        assertThat(withCode(report, "rule.partnership-single-country")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.isValid()).isFalse();
        assertThat(withCode(report, "rule.main-language-missing")).isEmpty();
    }

    @Test
    void a_built_profile_switches_a_rule_off_changes_a_severity_and_switches_a_code_off() {
        RuleProfile profile = RuleProfile.builder()
                .disableRule("unique-ids")
                .severity("rule.partnership-single-country", Severity.ERROR)
                .disableCode("rule.main-language-missing")
                .build();

        assertSwitchedAndChanged(profile, Validator.builder().profile(profile).build());
    }

    @Test
    void a_profile_file_does_the_same(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("strict.properties");
        Files.writeString(file, """
                # our exchanges: ids are checked upstream, partnerships must be international
                rule.unique-ids = off
                code.rule.partnership-single-country = error
                code.rule.main-language-missing = off
                rule.references-resolve = on
                """, StandardCharsets.UTF_8);

        RuleProfile profile = RuleProfile.read(file);

        assertSwitchedAndChanged(profile, Validator.builder().profile(profile).build());
    }

    @Test
    void switching_one_code_off_keeps_the_other_codes_of_its_rule() {
        RuleProfile profile = RuleProfile.builder().disableCode("rule.partnership-single-country").build();

        ValidationReport report = run(profile);

        assertThat(withCode(report, "rule.partnership-single-country")).isEmpty();
        assertThat(withCode(report, "rule.duplicate-id")).hasSize(1);
        assertThat(withCode(report, "rule.main-language-missing")).hasSize(1);
    }

    @Test
    void a_bad_value_for_a_rule_names_the_file_the_entry_and_the_value(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "rule.unique-ids = maybe\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleProfile.read(file))
                .isInstanceOf(JisrException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("rule.unique-ids")
                .hasMessageContaining("on or off")
                .hasMessageContaining("maybe");
    }

    @Test
    void a_bad_severity_names_the_entry_and_the_allowed_values(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "code.rule.duplicate-id = fatal\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleProfile.read(file))
                .isInstanceOf(JisrException.class)
                .hasMessageContaining("code.rule.duplicate-id")
                .hasMessageContaining("error, warning, info or off")
                .hasMessageContaining("fatal");
    }

    @Test
    void an_entry_that_is_neither_a_rule_nor_a_code_is_refused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "unique-ids = off\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RuleProfile.read(file))
                .isInstanceOf(JisrException.class)
                .hasMessageContaining("unknown entry unique-ids")
                .hasMessageContaining("rule. or code.");
    }
}
