package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/findings.md} equal to what {@link FindingsCatalogDocs} renders from the
 * finding catalog and the messages. With {@code -Djisr.updateDocs=true} it rewrites the file first.
 */
class FindingsCatalogDocsTest {

    private static final Path CATALOG =
            Path.of(System.getProperty("basedir", "."), "..", "docs", "findings.md").normalize();

    @Test
    void the_committed_catalog_is_what_the_code_says() throws IOException {
        String rendered = FindingsCatalogDocs.render();
        if (Boolean.getBoolean("jisr.updateDocs")) {
            Files.writeString(CATALOG, rendered, StandardCharsets.UTF_8);
        }
        assertThat(CATALOG).exists();
        assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8))
                .as("%s is out of date: run ./mvnw -B -pl core -am verify -Djisr.updateDocs=true and commit it",
                        CATALOG)
                .isEqualTo(rendered);
    }

    @Test
    void the_catalog_has_a_row_for_every_code_with_its_three_messages() {
        String rendered = FindingsCatalogDocs.render();

        for (FindingType type : FindingCatalog.builtIn()) {
            String row = rendered.lines()
                    .filter(l -> l.startsWith("| <a id=\"" + type.code() + "\"></a>`" + type.code() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + type.code()));
            assertThat(row).as(type.code()).contains(" | " + type.defaultSeverity().code() + " | ");
            for (String parameter : type.parameters()) {
                assertThat(row).as(type.code()).contains("`" + parameter + "`", "`{" + parameter + "}`");
            }
            assertThat(row.split("(?<!\\\\)\\|", -1)).as("cells of the row of %s", type.code()).hasSize(8);
            assertThat(row).doesNotContain("(no message)");
        }
        for (Layer layer : FindingCatalog.builtIn().stream().map(FindingType::layer).distinct().toList()) {
            assertThat(rendered).contains("\n### " + layer.code() + "\n");
        }
    }

    @Test
    void every_code_has_the_anchor_that_reports_link_to() {
        String rendered = FindingsCatalogDocs.render();

        for (FindingType type : FindingCatalog.builtIn()) {
            String link = org.jisr.validation.internal.report.ReportLinks.catalogEntry(type.code());
            String fragment = link.substring(link.indexOf('#') + 1);
            assertThat(rendered).as(type.code()).containsOnlyOnce("<a id=\"" + fragment + "\"></a>");
        }
        assertThat(rendered).contains("| `sarif` |", "| `html` |");
    }

    @Test
    void the_catalog_shows_placeholders_and_messages_in_each_language() {
        String rendered = FindingsCatalogDocs.render();

        assertThat(rendered)
                .contains("| <a id=\"syntax.duplicate-key\"></a>`syntax.duplicate-key` | error | `name` | The name “`{name}`”"
                        + " appears twice in the same object;")
                .contains("| Le nom « `{name}` » apparaît deux fois dans le même objet ;")
                .contains("| يتكرر الاسم «`{name}`» مرتين في الكائن نفسه؛")
                .contains("`syntax.byte-order-mark` | warning | — |")
                .contains("samplesPerCode(n)")
                .contains("Codes are frozen");
    }
}
