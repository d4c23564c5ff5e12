package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;

/** Runs the real validator on small documents and finds where a text is in them. */
final class Validation {

    /** A validator with the defaults: every rule on the class path, built once for all tests. */
    static final Validator DEFAULT = Validator.builder().build();

    static final String FILE = "test.json";

    private Validation() {
    }

    /** Validates a document, making sure it reached the rules (no syntax or schema finding). */
    static ValidationReport validate(Validator validator, String json) {
        return validate(validator, json, FILE);
    }

    /** Validates a document or stream (told by the file name), making sure it reached the rules. */
    static ValidationReport validate(Validator validator, String json, String file) {
        ValidationReport report = validator.validateText(json, file);
        assertThat(report.findings())
                .as("the test document must be valid against the schema")
                .noneMatch(f -> f.layer() == Layer.SYNTAX || f.layer() == Layer.SCHEMA);
        return report;
    }

    static ValidationReport validate(String json) {
        return validate(DEFAULT, json);
    }

    /** The findings of one code. */
    static List<Finding> withCode(ValidationReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The line and column (1-based) where {@code needle} first starts in {@code text}. */
    static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("%s occurs in the document", needle).isNotNegative();
        assertThat(text.indexOf(needle, at + 1)).as("%s occurs once in the document", needle).isNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** Asserts everything about one finding. */
    static void assertFinding(Finding f, String code, Severity severity, String json, String pointer, String needle,
            Map<String, String> parameters) {
        assertFinding(f, code, severity, FILE, json, pointer, needle, parameters);
    }

    /** Asserts everything about one finding of a file. */
    static void assertFinding(Finding f, String code, Severity severity, String file, String json, String pointer,
            String needle, Map<String, String> parameters) {
        int[] pos = position(json, needle);
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.layer()).isEqualTo(Layer.RULE);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.location()).isEqualTo(Location.of(file, pointer, pos[0], pos[1]));
        assertThat(f.parameters()).isEqualTo(parameters);
    }
}
