package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The SARIF and HTML reports of the invalid example files (copies in {@code examples/invalid/},
 * see its README): each file's one documented defect is one result and one group, at the line
 * and JSON Pointer its README documents; the SARIF is valid against the SARIF 2.1.0 schema.
 */
class ReportsOfTheExamplesTest {

    private static final String FOLDER = "/examples/invalid/";

    /** A row of the README's table: file, what is broken, pointer, line, keyword. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| \\[`(?<file>[^`]+)`\\]\\([^)]*\\) \\| [^|]+ \\| `(?<pointer>[^`]*)`[^|]* \\| (?<line>\\d+) \\| `[a-zA-Z]+` \\|$");

    static Stream<Arguments> documentedDefects() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : read("README.md").lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String pointer = m.group("pointer").equals("\"\"") ? "" : m.group("pointer");
                rows.add(Arguments.of(m.group("file"), pointer, Integer.parseInt(m.group("line"))));
            }
        }
        return rows.stream();
    }

    @Test
    void the_readme_documents_the_eighteen_copies_which_are_the_example_files() throws IOException {
        List<String> documented = documentedDefects().map(a -> (String) a.get()[0]).toList();
        assertThat(documented).hasSize(18).doesNotHaveDuplicates();

        // Maven runs core's tests in core/, beside the examples module.
        Path originals = Path.of("..", "examples", "data", "invalid");
        try (Stream<Path> files = Files.list(originals)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted())
                    .containsExactlyElementsOf(documented.stream().sorted().toList());
        }
        for (String name : documented) {
            assertThat(read(name)).as(name).isEqualTo(Files.readString(originals.resolve(name), StandardCharsets.UTF_8));
        }
        assertThat(read("README.md")).isEqualTo(Files.readString(originals.resolve("README.md"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void the_sarif_report_is_valid_and_has_the_defect_where_it_is_documented(String file, String pointer, int line) {
        ValidationReport report = validate(file);
        assertThat(report.findings()).as(file).hasSize(1);
        Finding defect = report.findings().get(0);

        for (String language : FindingMessages.LANGUAGES) {
            JsonNode log = SarifReportTest.sarif(report, FindingMessages.of(language));

            assertThat(SarifSchema.errors(log)).as("%s in %s", file, language).isEmpty();
            JsonNode run = SarifReportTest.run(log);
            assertThat(run.path("results").size()).isEqualTo(1);
            JsonNode result = run.path("results").get(0);
            assertThat(result.path("ruleId").asString()).isEqualTo(defect.code());
            assertThat(result.path("level").asString()).isEqualTo("error");
            assertThat(result.path("message").path("text").asString())
                    .isEqualTo(FindingMessages.of(language).render(defect));
            JsonNode at = result.path("locations").get(0);
            assertThat(at.path("physicalLocation").path("artifactLocation").path("uri").asString())
                    .isEqualTo("examples/data/invalid/" + file);
            assertThat(at.path("physicalLocation").path("region").path("startLine").asInt()).as(file).isEqualTo(line);
            assertThat(at.path("logicalLocations").get(0).path("fullyQualifiedName").asString()).as(file)
                    .isEqualTo(pointer);
            assertThat(run.path("properties").path("valid").asBoolean(true)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefects")
    void the_html_report_has_one_group_with_the_defect_where_it_is_documented(String file, String pointer, int line) {
        ValidationReport report = validate(file);
        Finding defect = report.findings().get(0);

        for (String language : FindingMessages.LANGUAGES) {
            FindingMessages messages = FindingMessages.of(language);
            Document page = HtmlPages.parse(report, messages);

            HtmlPages.assertSelfContained(page);
            assertThat(page.selectFirst("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(page.select("section.group")).extracting(Element::id).containsExactly("code-" + defect.code());
            Element row = page.selectFirst("section.group table.samples tbody tr");
            assertThat(row.selectFirst(".file").text()).isEqualTo("examples/data/invalid/" + file);
            assertThat(row.selectFirst(".position").text()).as(file).startsWith(line + ":");
            assertThat(row.selectFirst(".pointer").text()).as(file)
                    .isEqualTo(pointer.isEmpty() ? messages.label("report.whole-value") : pointer);
            assertThat(row.selectFirst(".message").text()).isEqualTo(messages.render(defect));
        }
    }

    /** Validates a copy under the name it has in the repository, as the command line run at its root would. */
    private static ValidationReport validate(String file) {
        try (InputStream in = ReportsOfTheExamplesTest.class.getResourceAsStream(FOLDER + file)) {
            return ReportFixtures.VALIDATOR.validate(in, "examples/data/invalid/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = ReportsOfTheExamplesTest.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
