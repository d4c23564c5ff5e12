package org.jisr.adapter.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jisr.adapter.tabular.TabularMapping;
import org.junit.jupiter.api.Test;

/**
 * Keeps the list of the profiles' tables and columns in {@code docs/adapters/spreadsheets.md}
 * equal to the built-in mapping; {@code -Djisr.updateDocs=true} rewrites it first.
 */
class SpreadsheetsDocsTest {

    private static final Path PAGE = Path.of(System.getProperty("basedir", "."), "..", "..", "docs", "adapters",
            "spreadsheets.md").normalize();
    private static final String START = "<!-- tables: generated";
    private static final String END = "<!-- end tables -->";

    static String render() {
        Mapping m = MappingParser.builtIn(TabularMapping.FRENCH);
        StringBuilder out = new StringBuilder();
        for (Mapping.Table t : m.tables()) {
            out.append("\n### ").append(t.name("fr")).append(" — ").append(t.name("ar")).append(" — ")
                    .append(t.name("en")).append(" (`").append(t.document() ? "document" : t.recordType().jsonName())
                    .append("`)\n\n");
            out.append("| French | Arabic | English | value | kind |\n|---|---|---|---|---|\n");
            for (Mapping.Column c : t.columns()) {
                out.append("| ").append(headers(c.headers().get("fr"))).append(" | ").append(headers(c.headers().get("ar")))
                        .append(" | ").append(headers(c.headers().get("en"))).append(" | `").append(c.path())
                        .append("` | ").append(kind(c)).append(" |\n");
            }
            if (t.rest() != null) {
                out.append("| ").append(headers(t.rest().headers().get("fr"))).append(" | ")
                        .append(headers(t.rest().headers().get("ar"))).append(" | ")
                        .append(headers(t.rest().headers().get("en"))).append(" | the rest of the record | json |\n");
            }
        }
        return out.toString();
    }

    private static String headers(List<String> hs) {
        return hs == null ? "" : "**" + hs.get(0) + "**" + (hs.size() > 1 ? ", " + String.join(", ", hs.subList(1,
                hs.size())) : "");
    }

    private static String kind(Mapping.Column c) {
        String type = c.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return c.codelist() == null ? type : type + " (`" + c.codelist() + "`)";
    }

    @Test
    void the_page_lists_the_tables_of_the_profiles() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf('\n', page.indexOf(START)) + 1;
        int end = page.indexOf(END);
        String rendered = render();
        if (Boolean.getBoolean("jisr.updateDocs")) {
            page = page.substring(0, start) + rendered + page.substring(end);
            Files.writeString(PAGE, page, StandardCharsets.UTF_8);
            end = page.indexOf(END);
        }
        assertThat(page.substring(start, end)).as("%s is out of date: run ./mvnw -B -pl adapters/csv -am verify"
                + " -Djisr.updateDocs=true", PAGE).isEqualTo(rendered);
        assertThat(rendered).contains("| **Titre (fr)**, Titre en français |").contains("**العنوان بالعربية**").contains("(`event-kinds`)");
    }
}
