package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jisr.validation.internal.report.ReportLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML reports parsed as a browser parses them (jsoup follows the HTML5 parsing algorithm), and what every page must be. */
final class HtmlPages {

    /** Every element a report page may hold: no script, no image, no frame, no form, no link to a style sheet. */
    static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main", "section",
            "h1", "h2", "h3", "p", "dl", "dt", "dd", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "bdi",
            "span");

    /** Every attribute a report page may hold: no event handler, no src, no style attribute. */
    static final Set<String> ATTRIBUTES = Set.of("lang", "dir", "charset", "http-equiv", "content", "name", "class", "id",
            "href");

    /** Physical directions in CSS, which would not mirror in a right-to-left page. */
    private static final Pattern PHYSICAL_CSS = Pattern.compile(
            "(?:margin|padding|border)-(?:left|right)|text-align:\\s*(?:left|right)|float:|(?<![-\\w])(?:left|right)\\s*:");

    private HtmlPages() {
    }

    static Document parse(ValidationReport report, FindingMessages messages) {
        return Jsoup.parse(ReportFormat.HTML.render(report, messages));
    }

    /** Checks what holds for every page: known elements and attributes only, nothing fetched, ids unique, links resolve. */
    static void assertSelfContained(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element e : page.getAllElements()) {
            if (e == page) {
                continue;
            }
            assertThat(ELEMENTS).as("element <%s>", e.tagName()).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(ATTRIBUTES).as("attribute %s of <%s>", a.getKey(), e.tagName()).contains(a.getKey());
            }
            if (e.hasAttr("id")) {
                assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
            }
        }
        for (Element a : page.select("[href]")) {
            assertThat(a.tagName()).isEqualTo("a");
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertThat(page.getElementById(href.substring(1))).as("target of %s", href).isNotNull();
            } else {
                assertThat(href).as("the only outside links are plain links to the catalog")
                        .startsWith(ReportLinks.FINDINGS_CATALOG + "#");
            }
        }
        List<Element> styles = page.select("style");
        assertThat(styles).hasSize(1);
        String css = styles.get(0).data();
        assertThat(css).doesNotContain("url(", "@import", "@font-face");
        assertThat(PHYSICAL_CSS.matcher(css).find()).as("physical direction in the style").isFalse();
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none';");
        assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    /**
     * What a page shows of a text: its stand-ins for hidden characters. (A browser also reads a
     * carriage return as a line feed; jsoup keeps it, so it is kept here too.)
     */
    static String shown(String text) {
        return org.jisr.validation.internal.report.HtmlReportWriter.displayable(text);
    }
}
