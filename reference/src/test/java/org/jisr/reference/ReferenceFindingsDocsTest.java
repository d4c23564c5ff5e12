package org.jisr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.junit.jupiter.api.Test;

/**
 * Keeps the findings section of {@code docs/reference-data.md} equal to what its finding types
 * and messages say; with {@code -Djisr.updateDocs=true} it rewrites the section first. (A module
 * shipped in its own jar documents its codes on its own page; core's {@code docs/findings.md}
 * points there.) Also checks that every code has its message in the three languages, with every
 * parameter.
 */
class ReferenceFindingsDocsTest {

    private static final Path CATALOG = Path.of(System.getProperty("basedir", "."), "..", "docs", "reference-data.md")
            .normalize();
    private static final String START = "<!-- module: jisr-reference -->";
    private static final String END = "<!-- end: jisr-reference -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\{[A-Za-z][A-Za-z0-9]*})");

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append(START).append('\n');
        out.append("## Findings\n\n");
        out.append("<!-- Generated from ReferenceFindings.ALL and its message bundle by ReferenceFindingsDocsTest"
                + " (reference/src/test/java). Do not edit: change the finding types or their messages, then run"
                + " ./mvnw -B -pl reference -am verify -Djisr.updateDocs=true -->\n\n");
        out.append("Reported when `jisr-reference` is on the path: the `rule.authority-*` codes by the rule"
                + " `reference-identifiers`, located on the identifier's value; the `adapter.authority-*` codes by"
                + " adapters that fill identifiers from names, located on the cell of the name.\n\n");
        out.append("| code | default severity | parameters | English | French | Arabic |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (FindingType type : ReferenceFindings.ALL) {
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
    void every_code_has_its_message_in_french_arabic_and_english_with_every_parameter() {
        for (FindingType type : ReferenceFindings.ALL) {
            for (String language : FindingMessages.LANGUAGES) {
                String template = FindingMessages.of(language).template(type).orElseThrow(
                        () -> new AssertionError(type.code() + " has no " + language + " message"));
                for (String parameter : type.parameters()) {
                    assertThat(template).as("%s %s", type.code(), language).contains("{" + parameter + "}");
                }
            }
            assertThat(FindingMessages.of("ar").template(type).orElseThrow()).containsPattern("[\\u0600-\\u06FF]");
            assertThat(type.code()).matches("(rule|adapter)\\.authority-[a-z-]+");
        }
    }

    @Test
    void the_catalog_has_the_section_of_the_reference_data() throws IOException {
        String rendered = render();
        String page = Files.readString(CATALOG, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        String section = start < 0 || end < 0 ? "" : page.substring(start, end + END.length() + 1);
        if (Boolean.getBoolean("jisr.updateDocs")) {
            page = start < 0 || end < 0 ? page + "\n" + rendered : page.replace(section, rendered);
            Files.writeString(CATALOG, page, StandardCharsets.UTF_8);
            section = rendered;
        }
        assertThat(section).as("%s is out of date: run ./mvnw -B -pl reference -am verify -Djisr.updateDocs=true",
                CATALOG).isEqualTo(rendered);
    }
}
