package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jisr's validator on the example files: the valid ones give no error; each invalid one gives
 * the finding its README documents, at the documented JSON Pointer and line.
 */
class ExampleValidationTest {

    private static final Validator VALIDATOR = Validator.builder().build();

    /** The JSON Schema keyword documented in the README, and the Jisr code that reports it. */
    private static final Map<String, String> CODE_OF_KEYWORD = Map.ofEntries(
            Map.entry("required", "schema.required"),
            Map.entry("const", "schema.const"),
            Map.entry("pattern", "schema.shape"),
            Map.entry("enum", "schema.not-in-codelist"),
            Map.entry("additionalProperties", "schema.unknown-property"),
            Map.entry("anyOf", "schema.any-of"),
            Map.entry("oneOf", "schema.one-of"),
            Map.entry("propertyNames", "schema.name-shape"),
            Map.entry("minProperties", "schema.too-few-properties"),
            Map.entry("type", "schema.type"),
            Map.entry("minItems", "schema.too-few-items"),
            Map.entry("minimum", "schema.too-small"));

    static List<Path> valid() {
        List<Path> all = new java.util.ArrayList<>(ExampleFiles.validDocuments());
        all.addAll(ExampleFiles.validStreams());
        return all;
    }

    static List<Arguments> documentedDefects() {
        return ExampleSchemaValidationTest.documentedDefects();
    }

    @ParameterizedTest
    @MethodSource("valid")
    void valid_examples_give_no_error(Path file) {
        ValidationReport report = VALIDATOR.validate(file);
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(report.records()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void each_invalid_example_gives_its_documented_finding_at_its_pointer_and_line(String file, String pointer,
            int line, String keyword) {
        ValidationReport report = VALIDATOR.validate(ExampleFiles.INVALID.resolve(file));
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as(file).hasSize(1);
        Finding f = errors.get(0);
        assertThat(f.code()).as(file).isEqualTo(CODE_OF_KEYWORD.get(keyword));
        assertThat(f.location().pointer()).as(file).isEqualTo(pointer);
        assertThat(f.location().line()).as(file).isEqualTo(line);
        assertThat(f.location().column()).as(file).isPositive();
    }

    @Test
    void every_documented_keyword_has_a_jisr_code() {
        assertThat(documentedDefects()).allSatisfy(a -> assertThat(CODE_OF_KEYWORD).containsKey((String) a.get()[3]));
    }
}
