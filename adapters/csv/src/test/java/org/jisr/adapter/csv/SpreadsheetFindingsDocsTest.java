package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.junit.jupiter.api.Test;

/**
 * Keeps the findings section of {@code docs/adapters/spreadsheets.md} equal to what the finding
 * types and messages of the spreadsheet adapters say (the findings catalog, {@code docs/findings.md},
 * links there, as adapters in jars of their own document their codes with themselves); with
 * {@code -Djisr.updateDocs=true} it rewrites the section first.
 */
class SpreadsheetFindingsDocsTest {

    private static final Path CATALOG = Path.of(System.getProperty("basedir", "."), "..", "..", "docs", "adapters",
            "spreadsheets.md").normalize();
    private static final String START = "<!-- findings: generated -->";
    private static final String END = "<!-- end findings -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\{[A-Za-z][A-Za-z0-9]*})");

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append(START).append('\n');
        out.append("<!-- Generated from SpreadsheetFindings.ALL and its message bundle by SpreadsheetFindingsDocsTest"
                + " (adapters/csv/src/test/java). Do not edit: change the finding types or their messages, then run"
                + " ./mvnw -B -pl adapters/csv -am verify -Djisr.updateDocs=true -->\n\n");
        out.append("Reported by `csv-fr`, `csv-tn`, `xlsx-fr` and `xlsx-tn` (`jisr-adapter-csv`, `jisr-adapter-xlsx`)"
                + " and by those adapters given a mapping file of their own, in the layer `adapter`. Each is located"
                + " in the input: the file, the sheet (or, in a zip of CSV files, the CSV file), the cell in A1"
                + " notation, and its line and column (for a spreadsheet, its row and column). In a message,"
                + " `{name}` stands for the value of the parameter `name`; the other codes are in the"
                + " [findings catalog](../findings.md).\n\n");
        out.append("| code | default severity | parameters | English | French | Arabic |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (FindingType type : SpreadsheetFindings.ALL) {
            String parameters = type.parameters().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
            out.append("| `").append(type.code()).append("` | ").append(type.defaultSeverity().code()).append(" | ")
                    .append(parameters.isEmpty() ? "—" : parameters).append(" | ")
                    .append(message("en", type)).append(" | ").append(message("fr", type)).append(" | ")
                    .append(message("ar", type)).append(" |\n");
        }
        out.append('\n').append(END).append('\n');
        return out.toString();
    }

    private static String message(String language, FindingType type) {
        String template = FindingMessages.of(language).template(type).orElse("(no message)");
        String cell = template.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
        return PLACEHOLDER.matcher(cell).replaceAll("`$1`");
    }

    @Test
    void the_catalog_has_the_section_of_the_spreadsheet_adapters() throws IOException {
        String rendered = render();
        String page = Files.readString(CATALOG, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        String section = start < 0 || end < 0 ? "" : page.substring(start, end + END.length() + 1);
        if (Boolean.getBoolean("jisr.updateDocs")) {
            page = start < 0 || end < 0 ? page + "\n## Findings\n\n" + rendered : page.replace(section, rendered);
            Files.writeString(CATALOG, page, StandardCharsets.UTF_8);
            section = rendered;
        }
        assertThat(section).as("%s is out of date: run ./mvnw -B -pl adapters/csv -am verify -Djisr.updateDocs=true",
                CATALOG).isEqualTo(rendered);
        for (FindingType type : SpreadsheetFindings.ALL) {
            assertThat(section).contains("| `" + type.code() + "` | " + type.defaultSeverity().code() + " |");
        }
        assertThat(section).doesNotContain("(no message)");
    }
}
