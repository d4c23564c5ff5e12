package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nst/JSONTestSuite (copied into test resources with its provenance): Jisr's syntax layer agrees
 * with the JSON grammar, never throws, and refuses what I-JSON refuses.
 */
class JsonTestSuiteTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    /** The two y_ files with a duplicated member name: valid JSON, but not I-JSON (RFC 7493 §2.3). */
    private static final List<String> DUPLICATE_NAMES = List.of("y_object_duplicated_key.json",
            "y_object_duplicated_key_and_value.json");

    static Stream<Path> files(String prefix) throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(JsonTestSuiteTest.class.getResource("/json-test-suite/test_parsing")).toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        return files.stream();
    }

    static Stream<Path> rejected() throws IOException, URISyntaxException {
        return files("n_");
    }

    static Stream<Path> accepted() throws IOException, URISyntaxException {
        return files("y_");
    }

    static Stream<Path> implementationDefined() throws IOException, URISyntaxException {
        return files("i_");
    }

    private static ValidationReport validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return VALIDATOR.validate(in, file.getFileName().toString(), ExchangeForm.DOCUMENT);
        }
    }

    private static List<Finding> syntax(ValidationReport report) {
        return report.findings().stream().filter(f -> f.layer() == Layer.SYNTAX).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void every_n_file_gives_a_syntax_error(Path file) throws IOException {
        ValidationReport report = validate(file);
        assertThat(syntax(report)).as(file.getFileName().toString())
                .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.isValid()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void no_y_file_gives_a_syntax_finding_except_duplicate_names(Path file) throws IOException {
        ValidationReport report = validate(file);
        if (DUPLICATE_NAMES.contains(file.getFileName().toString())) {
            assertThat(syntax(report)).extracting(Finding::code).containsExactly("syntax.duplicate-key");
        } else {
            assertThat(syntax(report)).as(file.getFileName().toString()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementationDefined")
    void i_files_are_decided_without_an_exception_and_with_a_location(Path file) throws IOException {
        ValidationReport report = validate(file);
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.location().line()).isGreaterThanOrEqualTo(0);
            assertThat(f.location().file()).isEqualTo(file.getFileName().toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"rejected", "accepted", "implementationDefined"})
    void every_finding_has_a_pointer_a_line_and_a_column(Path file) throws IOException {
        for (Finding f : validate(file).findings()) {
            assertThat(f.location().pointer()).isNotNull();
            if (f.code().equals("syntax.empty-input")) {
                continue;
            }
            assertThat(f.location().line()).as(f.toString()).isPositive();
            assertThat(f.location().column()).as(f.toString()).isPositive();
        }
    }
}
