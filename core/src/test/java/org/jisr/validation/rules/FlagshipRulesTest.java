package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flagship files break no rule; the one thing the rules notice about them is listed here. */
class FlagshipRulesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = FlagshipRulesTest.class.getResourceAsStream("/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Finding> ruleFindings(ValidationReport report) {
        return report.findings().stream().filter(f -> f.layer() == Layer.RULE).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"workshop-2024-12-10.json", "twinnings-fr-tn.json"})
    void the_copies_in_core_are_the_example_files(String name) throws IOException {
        // Maven runs core's tests in core/, beside the examples module.
        Path original = Path.of("..", "examples", "data", name);

        assertThat(resource(name)).isEqualTo(Files.readString(original, StandardCharsets.UTF_8));
    }

    @Test
    void the_workshop_breaks_no_rule_and_gets_no_rule_finding() throws IOException {
        ValidationReport report = Validation.validate(Validation.DEFAULT, resource("workshop-2024-12-10.json"),
                "workshop-2024-12-10.json");

        assertThat(report.records()).isEqualTo(18);
        assertThat(ruleFindings(report)).isEmpty();
    }

    @Test
    void the_twinnings_break_no_rule_and_get_no_rule_finding() throws IOException {
        ValidationReport report = Validation.validate(Validation.DEFAULT, resource("twinnings-fr-tn.json"),
                "twinnings-fr-tn.json");

        assertThat(report.records()).isEqualTo(19);
        assertThat(ruleFindings(report)).isEmpty();
    }
}
