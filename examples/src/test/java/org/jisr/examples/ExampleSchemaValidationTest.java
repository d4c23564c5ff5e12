package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example file is judged the same way by two independent JSON Schema 2020-12 validators:
 * the valid ones pass both, the invalid ones fail both, at the place and for the reason that
 * {@code examples/data/invalid/README.md} documents.
 */
class ExampleSchemaValidationTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| \\[`(?<file>[^`]+)`\\]\\([^)]*\\) \\| [^|]+ \\| `(?<pointer>[^`]*)`[^|]* \\| (?<line>\\d+) \\| `(?<keyword>[a-zA-Z]+)` \\|$");

    static List<Path> validDocuments() {
        return ExampleFiles.validDocuments();
    }

    static Stream<Arguments> streamLines() {
        List<Arguments> lines = new ArrayList<>();
        for (Path file : ExampleFiles.validStreams()) {
            List<String> text = ExampleFiles.read(file).lines().toList();
            for (int i = 0; i < text.size(); i++) {
                lines.add(Arguments.of(file.getFileName() + ":" + (i + 1), text.get(i)));
            }
        }
        return lines.stream();
    }

    /** The documented defects, one row per invalid file. */
    public static List<Arguments> documentedDefects() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : ExampleFiles.read(ExampleFiles.INVALID.resolve("README.md")).lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String pointer = m.group("pointer").equals("\"\"") ? "" : m.group("pointer");
                rows.add(Arguments.of(m.group("file"), pointer, Integer.parseInt(m.group("line")), m.group("keyword")));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("validDocuments")
    void valid_documents_pass_networknt(Path file) {
        assertThat(TwoValidators.networknt("exchange.schema.json", ExampleFiles.read(file))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validDocuments")
    void valid_documents_pass_harrel(Path file) {
        assertThat(TwoValidators.harrel("exchange.schema.json", ExampleFiles.read(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamLines")
    void every_line_of_the_example_streams_passes_both(String where, String line) {
        assertThat(TwoValidators.networknt("ndjson-record.schema.json", line)).as(where).isEmpty();
        assertThat(TwoValidators.harrel("ndjson-record.schema.json", line)).as(where).isEmpty();
    }

    @Test
    void every_invalid_file_is_documented_and_every_documented_file_exists() {
        List<String> documented = documentedDefects().stream().map(a -> (String) a.get()[0]).sorted().toList();
        List<String> present = ExampleFiles.invalidDocuments().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(documented).isEqualTo(present).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void invalid_files_fail_networknt_with_the_documented_keyword_at_the_documented_pointer(
            String file, String pointer, int line, String keyword) {
        List<TwoValidators.Problem> problems = TwoValidators.networknt("exchange.schema.json",
                ExampleFiles.read(ExampleFiles.INVALID.resolve(file)));
        assertThat(problems).as(file).isNotEmpty();
        assertThat(problems).as(file).anyMatch(p -> explains(p, pointer, keyword));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void invalid_files_fail_harrel_with_the_documented_keyword_at_the_documented_pointer(
            String file, String pointer, int line, String keyword) {
        List<TwoValidators.Problem> problems = TwoValidators.harrel("exchange.schema.json",
                ExampleFiles.read(ExampleFiles.INVALID.resolve(file)));
        assertThat(problems).as(file).isNotEmpty();
        assertThat(problems).as(file).anyMatch(p -> explains(p, pointer, keyword));
    }

    /**
     * Whether a validator's problem is the documented defect. The location must be the offending
     * value, the object holding the offending member, or (for applicators) a value inside it.
     * JSON Schema leaves it to implementations whether an applicator reports itself or the
     * subschema that failed inside it: networknt names the failing {@code pattern} inside
     * {@code anyOf}; harrel names the {@code pattern} inside {@code propertyNames} and reports an
     * unknown property as the {@code false} schema that {@code additionalProperties} applies.
     */
    private static boolean explains(TwoValidators.Problem p, String pointer, String keyword) {
        String parent = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
        boolean atValue = p.location().equals(pointer) || p.location().equals(parent);
        boolean inside = p.location().startsWith(pointer + "/");
        if (keyword.equals(p.keyword())) {
            return atValue;
        }
        return switch (keyword) {
            case "anyOf", "oneOf" -> inside && "pattern".equals(p.keyword());
            case "propertyNames" -> atValue && "pattern".equals(p.keyword());
            case "additionalProperties" -> p.location().equals(pointer) && p.keyword() == null
                    && p.text().contains("False schema");
            default -> false;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void the_documented_line_is_where_the_offending_member_starts(String file, String pointer, int line, String keyword) {
        List<String> lines = ExampleFiles.read(ExampleFiles.INVALID.resolve(file)).lines().toList();
        String last = pointer.isEmpty() ? null : pointer.substring(pointer.lastIndexOf('/') + 1);
        if (last == null) {
            assertThat(line).isEqualTo(1);
        } else if (last.matches("\\d+")) {
            assertThat(lines.get(line - 1).strip()).doesNotStartWith("\"" + last + "\"");
        } else {
            assertThat(lines.get(line - 1)).as(file).contains("\"" + last + "\"");
        }
    }
}
