package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Whatever a report holds — markup, quotes, control and bidi-control characters in messages,
 * parameters, pointers and file names — its HTML page holds only the page's own markup, shows
 * every text as text, and has one group per code with every finding kept.
 */
class HtmlPropertiesTest {

    @Property(tries = 120)
    void every_text_stays_text_and_every_finding_is_shown(@ForAll("reports") ValidationReport report,
            @ForAll("languages") String language) {
        FindingMessages messages = FindingMessages.of(language);

        String html = ReportFormat.HTML.render(report, messages);
        Document page = Jsoup.parse(html);

        HtmlPages.assertSelfContained(page);
        assertThat(ReportFormat.HTML.render(report, messages)).isEqualTo(html);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(page.select("ul.files li")).extracting(Element::wholeText)
                .containsExactlyElementsOf(report.files().stream().map(HtmlPages::shown).toList());
        Elements groups = page.select("#findings section.group");
        assertThat(groups).extracting(Element::id).containsExactlyInAnyOrderElementsOf(
                report.countsByCode().keySet().stream().map(c -> "code-" + c).toList());
        for (Element group : groups) {
            String code = group.id().substring("code-".length());
            List<Finding> samples = report.findings().stream().filter(f -> f.code().equals(code)).toList();
            long count = report.countsByCode().get(code);
            assertThat(group.selectFirst("h3 .count").text()).endsWith(String.valueOf(count));
            assertThat(group.select(".left-out")).hasSize(count > samples.size() ? 1 : 0);
            Elements rows = group.select("table.samples tbody tr");
            assertThat(rows).hasSameSizeAs(samples);
            for (int i = 0; i < rows.size(); i++) {
                Finding f = samples.get(i);
                Element row = rows.get(i);
                assertThat(row.selectFirst(".message").wholeText()).isEqualTo(HtmlPages.shown(messages.render(f)));
                assertThat(row.selectFirst(".location .file").wholeText()).isEqualTo(HtmlPages.shown(f.location().file()));
                assertThat(row.select(".location .position")).hasSize(f.location().line() > 0 ? 1 : 0);
                if (!f.location().pointer().isEmpty()) {
                    assertThat(row.selectFirst(".pointer").wholeText()).isEqualTo(HtmlPages.shown(f.location().pointer()));
                }
            }
        }
        assertThat(page.select(".sampled")).hasSize(report.isSampled() ? 1 : 0);
    }

    @Provide
    Arbitrary<ValidationReport> reports() {
        return HostileReports.reports();
    }

    @Provide
    Arbitrary<String> languages() {
        return HostileReports.language();
    }
}
