package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jisr.core.JisrVersion;
import org.jisr.validation.internal.report.ReportLinks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML rendering of real reports, read back as a browser reads it. */
class HtmlReportTest {

    private static final FindingMessages EN = FindingMessages.of("en");
    private static final FindingMessages AR = FindingMessages.of("ar");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "en"})
    void the_page_has_a_summary_then_one_group_per_code_with_its_findings(String language) {
        ValidationReport report = ReportFixtures.badDocumentReport();
        FindingMessages messages = FindingMessages.of(language);

        Document page = HtmlPages.parse(report, messages);

        HtmlPages.assertSelfContained(page);
        Element html = page.selectFirst("html");
        assertThat(html.attr("lang")).isEqualTo(language);
        assertThat(html.attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(page.title()).isEqualTo(messages.label("report.title") + " — bad.json");
        assertThat(page.selectFirst("h1").text()).isEqualTo(messages.label("report.title"));
        assertThat(page.selectFirst(".verdict").text()).isEqualTo(messages.label("report.invalid"));
        assertThat(page.selectFirst(".verdict").hasClass("invalid")).isTrue();

        Element summary = page.getElementById("summary");
        assertThat(summary.select("ul.files li").eachText()).containsExactly("bad.json");
        assertThat(summary.selectFirst("dd.records").text()).isEqualTo("3");
        assertThat(summary.selectFirst("dd.errors").text()).isEqualTo("4");
        assertThat(summary.selectFirst("dd.warnings").text()).isEqualTo("0");
        assertThat(summary.selectFirst("dd.infos").text()).isEqualTo("0");
        assertThat(summary.select("dt").eachText()).containsExactly(messages.label("report.files"),
                messages.label("report.records"), messages.label("report.errors"), messages.label("report.warnings"),
                messages.label("report.infos"));
        assertThat(summary.selectFirst(".versions").text()).contains(JisrVersion.library(), "1.0");
        assertThat(summary.select(".sampled")).isEmpty();
        assertThat(summary.select("table.codes tbody tr")).extracting(tr -> tr.child(0).text() + "=" + tr.child(2).text())
                .containsExactly("schema.not-in-codelist=1", "schema.shape=1", "schema.unknown-property=1",
                        "syntax.duplicate-key=1");

        Elements groups = page.select("#findings section.group");
        assertThat(groups).extracting(Element::id).containsExactly("code-schema.not-in-codelist", "code-schema.shape",
                "code-schema.unknown-property", "code-syntax.duplicate-key");
        for (Element group : groups) {
            String code = group.selectFirst("h3 bdi.code").text();
            FindingType type = FindingCatalog.find(code).orElseThrow();
            List<Finding> samples = report.findings().stream().filter(f -> f.code().equals(code)).toList();
            assertThat(group.id()).isEqualTo("code-" + code);
            assertThat(group.hasClass("error")).isTrue();
            assertThat(group.select("h3 .badge").eachText()).containsExactly(messages.label(Severity.ERROR));
            assertThat(group.selectFirst("h3 .count").text()).endsWith("1");
            assertThat(group.selectFirst(".description").text()).isEqualTo(messages.template(type).orElseThrow());
            assertThat(group.selectFirst(".details").text()).contains(messages.label(type.layer()));
            assertThat(group.selectFirst(".details a").attr("href")).isEqualTo(ReportLinks.catalogEntry(code));
            assertThat(group.select(".left-out")).isEmpty();
            Elements rows = group.select("table.samples tbody tr");
            assertThat(rows).hasSameSizeAs(samples);
            for (int i = 0; i < rows.size(); i++) {
                Finding f = samples.get(i);
                Element row = rows.get(i);
                assertThat(row.selectFirst(".location .file").text()).isEqualTo("bad.json");
                assertThat(row.selectFirst(".location .position").text())
                        .isEqualTo(f.location().line() + ":" + f.location().column());
                assertThat(row.selectFirst(".location").text())
                        .isEqualTo("bad.json:" + f.location().line() + ":" + f.location().column());
                assertThat(row.selectFirst(".pointer").text()).isEqualTo(f.location().pointer());
                assertThat(row.selectFirst(".message").text()).isEqualTo(messages.render(f));
            }
        }
        assertThat(page.getElementById("code-syntax.duplicate-key").selectFirst(".location").text())
                .isEqualTo("bad.json:8:52");
    }

    @Test
    void the_most_serious_codes_come_first() {
        FindingType bom = FindingCatalog.find("syntax.byte-order-mark").orElseThrow();
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        FindingType required = FindingCatalog.find("schema.required").orElseThrow();
        ValidationReport report = ValidationReport.builder(10).file("x.json")
                .add(new Finding(tooLong, Severity.INFO, Map.of("maximum", "80"), Location.of("x.json", "/a", 2, 3)))
                .add(new Finding(bom, Severity.WARNING, Map.of(), Location.of("x.json", "", 1, 1)))
                .add(new Finding(required, Severity.ERROR, Map.of("property", "id"), Location.of("x.json", "/b", 3, 3)))
                .build();

        Document page = HtmlPages.parse(report, EN);

        assertThat(page.select("section.group")).extracting(Element::id)
                .containsExactly("code-schema.required", "code-syntax.byte-order-mark", "code-schema.too-long");
        assertThat(page.select("section.group")).extracting(g -> g.selectFirst("h3 .badge").text())
                .containsExactly("error", "warning", "info");
        assertThat(page.getElementById("code-schema.too-long").hasClass("info")).isTrue();
        assertThat(page.getElementById("code-syntax.byte-order-mark").selectFirst(".pointer").text())
                .isEqualTo(EN.label("report.whole-value"));
        assertThat(page.selectFirst(".verdict").hasClass("invalid")).isTrue();
    }

    @Test
    void a_sampled_report_says_what_was_left_out_overall_and_for_each_code() {
        ValidationReport report = ReportFixtures.SAMPLING_VALIDATOR.validate(
                new ByteArrayInputStream(ReportFixtures.streamWithABadKindOnEveryLine(7)), "many.ndjson");

        Document page = HtmlPages.parse(report, EN);

        HtmlPages.assertSelfContained(page);
        assertThat(page.selectFirst("#summary .sampled").text())
                .isEqualTo("Only the first 3 findings of each code are listed; 4 more were left out.");
        Element group = page.getElementById("code-schema.not-in-codelist");
        assertThat(group.selectFirst("h3 .count").text()).isEqualTo("Findings: 7");
        assertThat(group.selectFirst(".left-out").text())
                .isEqualTo("Only the first 3 of these 7 findings are listed; 4 were left out.");
        assertThat(group.select("table.samples tbody tr")).extracting(r -> r.selectFirst(".position").text())
                .containsExactly("1:78", "2:78", "3:78");
        assertThat(page.select("table.codes tbody tr td")).extracting(Element::text)
                .containsExactly("schema.not-in-codelist", "error", "7", "3");
    }

    @Test
    void a_valid_file_gives_a_valid_verdict_and_no_groups() {
        ValidationReport report = ReportFixtures.VALIDATOR.validateText("""
                {"jisr": "1.0", "records": [
                  {"type": "LocalAuthority", "id": "carthage", "name": {"ar": "قرطاج", "fr": "Carthage"},
                   "kind": "commune", "country": "TN"}]}
                """, "good.json");
        assertThat(report.findings()).isEmpty();

        Document page = HtmlPages.parse(report, FindingMessages.of("fr"));

        HtmlPages.assertSelfContained(page);
        assertThat(page.selectFirst(".verdict").text()).isEqualTo("Valide : aucune erreur.");
        assertThat(page.selectFirst(".verdict").hasClass("valid")).isTrue();
        assertThat(page.select("section.group")).isEmpty();
        assertThat(page.select("table.codes")).isEmpty();
        assertThat(page.selectFirst("#findings .none").text()).isEqualTo("Aucun constat : rien à corriger.");
    }

    @Test
    void in_arabic_the_page_is_right_to_left_with_codes_files_and_pointers_left_to_right() {
        ValidationReport report = ReportFixtures.VALIDATOR.validateText(ReportFixtures.BAD_DOCUMENT, "ملفات/تونس.json");

        Document page = HtmlPages.parse(report, AR);

        HtmlPages.assertSelfContained(page);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("h1").text()).isEqualTo("تقرير التحقق");
        Elements runs = page.select("bdi.code, .location bdi, .pointer bdi, ul.files bdi");
        assertThat(runs).hasSizeGreaterThan(4 * 3);
        assertThat(runs).allSatisfy(e -> assertThat(e.attr("dir")).isEqualTo("ltr"));
        assertThat(page.select(".location .file")).extracting(Element::text).containsOnly("ملفات/تونس.json");
        // Parameters inside Arabic sentences are isolated: “mayor” cannot pull the punctuation around it.
        Element unknown = page.getElementById("code-schema.unknown-property").selectFirst(".message");
        assertThat(unknown.select("bdi").eachText()).containsExactly("mayor");
        assertThat(unknown.text()).isEqualTo(AR.render(report.findings().get(2)));
        // Versions such as 0.1.0-SNAPSHOT are isolated too, or the bidi algorithm shows SNAPSHOT-0.1.0.
        assertThat(page.select(".versions bdi.version")).extracting(Element::text)
                .containsExactly(JisrVersion.library(), "1.0", "1.0");
        assertThat(page.select(".versions bdi.version")).allSatisfy(e -> assertThat(e.attr("dir")).isEqualTo("ltr"));
        assertThat(page.selectFirst("style").data()).contains("margin-inline", "padding-inline-start",
                "border-inline-start", "text-align:start");
    }

    @Test
    void hostile_texts_stay_text() {
        FindingType unreadable = FindingCatalog.find("syntax.unreadable-input").orElseThrow();
        String file = "<script>alert(\"x\")</script> & 'quotes'.json";
        String reason = "</td></tr></table><img src=x onerror=alert(1)> \u202Eevil\u0007 \"&amp;\"";
        ValidationReport report = ValidationReport.builder(5).file(file)
                .add(new Finding(unreadable, Severity.ERROR, Map.of("reason", reason),
                        Location.of(file, "/<b>/\"x\"", 2, 4)))
                .build();

        String html = ReportFormat.HTML.render(report, EN);
        Document page = org.jsoup.Jsoup.parse(html);

        HtmlPages.assertSelfContained(page);
        assertThat(html).doesNotContain("<script", "<img", "<b>");
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.title()).isEqualTo("Validation report — " + file);
        assertThat(page.selectFirst(".location .file").text()).isEqualTo(file);
        assertThat(page.selectFirst("ul.files li").text()).isEqualTo(file);
        assertThat(page.selectFirst(".pointer").text()).isEqualTo("/<b>/\"x\"");
        Element message = page.selectFirst(".message");
        assertThat(message.text()).isEqualTo(EN.render(report.findings().get(0))
                .replace("\u202E", "[U+202E]").replace('\u0007', '\u2407'));
        assertThat(message.selectFirst("bdi").text()).startsWith("</td></tr></table><img src=x");
    }

    @Test
    void a_group_with_several_severities_shows_each_findings_severity() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        ValidationReport report = ValidationReport.builder(10).file("a.json").file("b.json")
                .add(new Finding(tooLong, Severity.ERROR, Map.of("maximum", "8"), Location.of("a.json", "/x", 2, 3)))
                .add(new Finding(tooLong, Severity.WARNING, Map.of("maximum", "8"), Location.of("b.json", "/x", 2, 3)))
                .build();

        Element group = HtmlPages.parse(report, EN).getElementById("code-schema.too-long");

        assertThat(group.select("h3 .badge").eachText()).containsExactly("error", "warning");
        assertThat(group.select("thead th").eachText()).contains("Severity");
        assertThat(group.select("tbody tr")).extracting(r -> r.selectFirst(".file").text() + " " + r.selectFirst(".badge").text())
                .containsExactly("a.json error", "b.json warning");
    }

    @Test
    void spreadsheet_cells_unknown_positions_and_codes_without_messages_are_shown() {
        FindingType tooLong = FindingCatalog.find("schema.too-long").orElseThrow();
        ValidationReport report = ValidationReport.builder(10).file("partners.xlsx").file("empty.json")
                .add(new Finding(tooLong, Severity.WARNING, Map.of("maximum", "80"),
                        new Location("partners.xlsx", "/records/5/name/fr", 7, 3, "Communes", "C7")))
                .add(new Finding(HostileReports.USER_TYPE, Severity.WARNING, Map.of("line", "12"),
                        Location.of("empty.json", "", 0, 0)))
                .build();

        Document page = HtmlPages.parse(report, EN);

        HtmlPages.assertSelfContained(page);
        assertThat(page.getElementById("code-schema.too-long").selectFirst(".location").text())
                .isEqualTo("partners.xlsx:7:3 Communes!C7");
        Element user = page.getElementById("code-ville-de-sousse.budget-line");
        assertThat(user.selectFirst(".location").text()).isEqualTo("empty.json");
        assertThat(user.select(".position")).isEmpty();
        assertThat(user.selectFirst(".description").text()).isEqualTo(EN.label("report.no-description"));
        assertThat(user.selectFirst(".details").text()).isEqualTo("Layer: rule; default severity: warning.");
        assertThat(user.select(".details a")).as("a user's code is not in Jisr's catalog").isEmpty();
        assertThat(user.selectFirst(".message").text()).isEqualTo(EN.render(report.findings().get(1)))
                .startsWith("ville-de-sousse.budget-line");
    }

    @Test
    void the_same_report_and_language_give_the_same_bytes() {
        String first = ReportFormat.HTML.render(ReportFixtures.badDocumentReport(), AR);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportFormat.HTML.write(ReportFixtures.badDocumentReport(), AR, bytes);

        assertThat(bytes.toByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">").endsWith("</html>\n");
    }
}
