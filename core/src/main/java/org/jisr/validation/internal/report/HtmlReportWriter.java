package org.jisr.validation.internal.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report as one self-contained HTML page: a summary (files, records, counts by severity,
 * versions, whether findings were left out), an overview of the codes, then the findings grouped
 * by code — the most serious first — each group with its code, severity, count, description and
 * the findings kept, each with its location and message.
 *
 * <p>The page is readable without a network: the style is inline, there is no script, no image,
 * no web font, and a Content-Security-Policy forbids loading anything; the only addresses are
 * plain links to the findings catalog for Jisr's own codes, which the page does not need. In Arabic the page is
 * right-to-left ({@code dir="rtl"}) and its style uses logical properties
 * ({@code margin-inline-start} …), so it mirrors; codes, file names and JSON Pointers are isolated
 * left-to-right runs and parameters are isolated ({@code <bdi>}), so that neither scrambles the
 * text around it. Every text is escaped; control, bidirectional-control and unpaired-surrogate
 * characters are shown as visible stand-ins ({@link #displayable(String)}).
 */
public final class HtmlReportWriter {

    /** Labels of the page, in every language ({@code MessagesTest} checks it). */
    public static final List<String> LABEL_KEYS = List.of("report.title", "report.summary-heading",
            "report.files", "report.records", "report.errors", "report.warnings", "report.infos",
            "report.valid", "report.invalid", "report.sampled", "report.versions", "report.findings",
            "report.no-findings", "report.code", "report.severity", "report.count", "report.group-count", "report.listed",
            "report.location", "report.pointer", "report.message", "report.whole-value",
            "report.group-left-out", "report.rule-details", "report.catalog-link", "report.no-description");

    /** Languages written from right to left. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar");

    /** Right-to-left mirroring comes from logical properties only: no left, right, margin-left … */
    private static final String STYLE = """
            :root{--error:#b42318;--warning:#9a5b00;--info:#175cd3;--valid:#067647;--line:#d0d5dd;\
            --muted:#475467;--soft:#f2f4f7;--note:#fffaeb}
            *{box-sizing:border-box}
            body{margin:0;padding-block:1.5rem 3rem;padding-inline:1rem;color:#101828;background:#fff;\
            font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Naskh Arabic",\
            Tahoma,Arial,sans-serif;line-height:1.5}
            main{max-inline-size:75rem;margin-inline:auto}
            h1{font-size:1.6rem;margin-block:0 .5rem}
            h2{font-size:1.25rem;margin-block:2rem .75rem;padding-block-end:.25rem;border-block-end:1px solid var(--line)}
            h3{font-size:1.05rem;margin-block:0 .5rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem}
            .mono,code{font-family:ui-monospace,"Cascadia Mono","DejaVu Sans Mono",Menlo,Consolas,monospace;\
            font-size:.92em}
            .verdict{font-weight:600;margin-block:0 1rem;padding-block:.5rem;padding-inline:.75rem;\
            border-inline-start:.35rem solid var(--muted);background:var(--soft)}
            .verdict.valid{border-inline-start-color:var(--valid)}
            .verdict.invalid{border-inline-start-color:var(--error)}
            dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0}
            dl.summary dt{font-weight:600}
            dl.summary dd{margin:0}
            ul.files{margin:0;padding-inline-start:1.25rem}
            .note{background:var(--note);border-inline-start:.35rem solid var(--warning);padding-block:.5rem;\
            padding-inline:.75rem}
            .versions{color:var(--muted)}
            table{border-collapse:collapse;inline-size:100%;margin-block:.5rem}
            th,td{text-align:start;vertical-align:top;padding-block:.35rem;padding-inline:.5rem;\
            border-block-end:1px solid var(--line)}
            th{background:var(--soft)}
            td.number,th.number{text-align:end;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;border-radius:.25rem;padding-inline:.4rem;font-size:.85em;\
            font-weight:600;color:#fff;background:var(--muted)}
            .badge.error{background:var(--error)}
            .badge.warning{background:var(--warning)}
            .badge.info{background:var(--info)}
            .count{color:var(--muted)}
            section.group{margin-block:1.5rem;padding-inline-start:.9rem;border-inline-start:.35rem solid var(--line)}
            section.group.error{border-inline-start-color:var(--error)}
            section.group.warning{border-inline-start-color:var(--warning)}
            section.group.info{border-inline-start-color:var(--info)}
            .description{margin-block:0 .25rem}
            .details{margin-block:0 .5rem;color:var(--muted);font-size:.92em}
            .whole{color:var(--muted);font-style:italic}
            @media print{body{padding:0}a{color:inherit;text-decoration:none}section.group{break-inside:avoid-page}}
            """;

    private final ValidationReport report;
    private final FindingMessages messages;
    private final Appendable out;

    private HtmlReportWriter(ValidationReport report, FindingMessages messages, Appendable out) {
        this.report = report;
        this.messages = messages;
        this.out = out;
    }

    /**
     * Writes a report.
     *
     * @param report   the report
     * @param messages the language of messages and labels
     * @param out      where to write
     * @throws IOException when {@code out} fails
     */
    public static void write(ValidationReport report, FindingMessages messages, Appendable out) throws IOException {
        new HtmlReportWriter(report, messages, out).page();
    }

    private void page() throws IOException {
        String language = messages.language();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\" dir=\"")
                .append(RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr").append("\">\n");
        head();
        out.append("<body>\n<main>\n");
        out.append("<h1>").append(text(messages.label("report.title"))).append("</h1>\n");
        out.append("<p class=\"verdict ").append(report.isValid() ? "valid" : "invalid").append("\">")
                .append(text(messages.label(report.isValid() ? "report.valid" : "report.invalid"))).append("</p>\n");
        List<CodeGroups.Group> groups = CodeGroups.bySeverityThenCode(report);
        summary(groups);
        findings(groups);
        out.append("</main>\n</body>\n</html>\n");
    }

    private void head() throws IOException {
        out.append("<head>\n<meta charset=\"utf-8\">\n");
        // Nothing is ever fetched: not even a favicon, whatever the text of the report holds.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"generator\" content=\"Jisr ").append(text(report.jisrVersion())).append("\">\n");
        String title = messages.label("report.title");
        if (report.files().size() == 1) {
            title += " — " + report.files().get(0);
        }
        out.append("<title>").append(text(title)).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n");
    }

    private void summary(List<CodeGroups.Group> groups) throws IOException {
        out.append("<section id=\"summary\">\n<h2>").append(text(messages.label("report.summary-heading")))
                .append("</h2>\n<dl class=\"summary\">\n");
        out.append("<dt>").append(text(messages.label("report.files"))).append("</dt>\n<dd><ul class=\"files\">");
        for (String file : report.files()) {
            out.append("<li>").append(ltr("file", file)).append("</li>");
        }
        out.append("</ul></dd>\n");
        term("report.records", "records", report.records());
        term("report.errors", "errors", report.errors());
        term("report.warnings", "warnings", report.warnings());
        term("report.infos", "infos", report.infos());
        out.append("</dl>\n");
        if (report.isSampled()) {
            long kept = report.findings().size();
            long all = report.countsByCode().values().stream().mapToLong(Long::longValue).sum();
            out.append("<p class=\"note sampled\">").append(text(Labels.fill(messages.label("report.sampled"), Map.of(
                    "samples", String.valueOf(report.samplesPerCode()),
                    "leftOut", String.valueOf(all - kept))))).append("</p>\n");
        }
        out.append("<p class=\"versions\">").append(versions()).append("</p>\n");
        if (!groups.isEmpty()) {
            out.append("<table class=\"codes\">\n<thead><tr><th>").append(text(messages.label("report.code")))
                    .append("</th><th>").append(text(messages.label("report.severity")))
                    .append("</th><th class=\"number\">").append(text(messages.label("report.count")))
                    .append("</th><th class=\"number\">").append(text(messages.label("report.listed")))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (CodeGroups.Group g : groups) {
                out.append("<tr><td><a href=\"#").append(anchor(g.code())).append("\">").append(ltr("code", g.code()))
                        .append("</a></td><td>").append(severities(g)).append("</td><td class=\"number\">")
                        .append(String.valueOf(g.count())).append("</td><td class=\"number\">")
                        .append(String.valueOf(g.samples().size())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void term(String labelKey, String cssClass, long value) throws IOException {
        out.append("<dt>").append(text(messages.label(labelKey))).append("</dt><dd class=\"").append(cssClass)
                .append("\">").append(String.valueOf(value)).append("</dd>\n");
    }

    private void findings(List<CodeGroups.Group> groups) throws IOException {
        out.append("<section id=\"findings\">\n<h2>").append(text(messages.label("report.findings"))).append("</h2>\n");
        if (groups.isEmpty()) {
            out.append("<p class=\"none\">").append(text(messages.label("report.no-findings"))).append("</p>\n");
        }
        for (CodeGroups.Group g : groups) {
            group(g);
        }
        out.append("</section>\n");
    }

    private void group(CodeGroups.Group g) throws IOException {
        String severity = g.severity().map(Severity::code).orElse("unknown");
        out.append("<section class=\"group ").append(severity).append("\" id=\"").append(anchor(g.code())).append("\">\n");
        out.append("<h3>").append(ltr("code", g.code())).append(' ').append(severities(g))
                .append(" <span class=\"count\">").append(text(Labels.fill(messages.label("report.group-count"),
                        Map.of("count", String.valueOf(g.count()))))).append("</span></h3>\n");
        out.append("<p class=\"description\">");
        Optional<String> template = g.type().flatMap(messages::template);
        if (template.isPresent()) {
            description(template.get());
        } else {
            out.append(text(messages.label("report.no-description")));
        }
        out.append("</p>\n");
        out.append("<p class=\"details\">");
        if (g.type().isPresent()) {
            FindingType type = g.type().get();
            out.append(text(Labels.fill(messages.label("report.rule-details"), Map.of(
                    "layer", messages.label(type.layer()),
                    "severity", messages.label(type.defaultSeverity()))))).append(' ');
        }
        if (ReportLinks.inCatalog(g.code())) {
            out.append("<a href=\"").append(escape(ReportLinks.catalogEntry(g.code()))).append("\">")
                    .append(text(messages.label("report.catalog-link"))).append("</a>");
        }
        out.append("</p>\n");
        if (g.leftOut() > 0) {
            out.append("<p class=\"note left-out\">").append(text(Labels.fill(messages.label("report.group-left-out"),
                    Map.of("listed", String.valueOf(g.samples().size()),
                            "count", String.valueOf(g.count()),
                            "leftOut", String.valueOf(g.leftOut()))))).append("</p>\n");
        }
        if (!g.samples().isEmpty()) {
            boolean mixed = g.severities().size() > 1;
            out.append("<table class=\"samples\">\n<thead><tr><th>").append(text(messages.label("report.location")))
                    .append("</th><th>").append(text(messages.label("report.pointer"))).append("</th>");
            if (mixed) {
                out.append("<th>").append(text(messages.label("report.severity"))).append("</th>");
            }
            out.append("<th>").append(text(messages.label("report.message"))).append("</th></tr></thead>\n<tbody>\n");
            for (Finding f : g.samples()) {
                sample(f, mixed);
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void sample(Finding f, boolean withSeverity) throws IOException {
        Location at = f.location();
        out.append("<tr class=\"").append(f.severity().code()).append("\"><td class=\"location\">");
        // One left-to-right run, file:line:column, as editors and the text report write it.
        out.append("<bdi dir=\"ltr\" class=\"mono\"><span class=\"file\">").append(text(at.file())).append("</span>");
        if (at.line() > 0) {
            out.append(":<span class=\"position\">").append(String.valueOf(at.line()));
            if (at.column() > 0) {
                out.append(':').append(String.valueOf(at.column()));
            }
            out.append("</span>");
        }
        if (at.sheet() != null || at.cell() != null) {
            // Spreadsheet users know the A1 notation: Sheet1!C7.
            out.append(" <span class=\"cell\">").append(text((at.sheet() == null ? "" : at.sheet() + "!")
                    + (at.cell() == null ? "" : at.cell()))).append("</span>");
        }
        out.append("</bdi></td><td class=\"pointer\">");
        if (at.pointer().isEmpty()) {
            out.append("<span class=\"whole\">").append(text(messages.label("report.whole-value"))).append("</span>");
        } else {
            out.append(ltr("mono", at.pointer()));
        }
        out.append("</td>");
        if (withSeverity) {
            out.append("<td>").append(badge(f.severity())).append("</td>");
        }
        out.append("<td class=\"message\">");
        message(f);
        out.append("</td></tr>\n");
    }

    /** A finding's message, each parameter isolated so that a Latin name does not scramble Arabic text. */
    private void message(Finding f) throws IOException {
        Optional<String> template = messages.template(f.type());
        if (template.isEmpty()) {
            out.append(text(messages.render(f)));
            return;
        }
        out.append(filled(template.get(), name -> {
            String value = f.parameters().get(name);
            return value == null ? null : "<bdi>" + text(value) + "</bdi>";
        }));
    }

    /** A code's message template, its placeholders shown as isolated left-to-right names. */
    private void description(String template) throws IOException {
        out.append(filled(template, name -> ltr("mono placeholder", "{" + name + "}")));
    }

    /**
     * A template as HTML: its text escaped, each placeholder replaced by the HTML {@code html} gives
     * for its name, or kept as text when that is {@code null}.
     */
    private static String filled(String template, Function<String, @Nullable String> html) {
        StringBuilder b = new StringBuilder();
        Matcher m = Labels.PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            String value = html.apply(m.group(1));
            b.append(text(template.substring(last, m.start()))).append(value == null ? text(m.group()) : value);
            last = m.end();
        }
        return b.append(text(template.substring(last))).toString();
    }

    private String severities(CodeGroups.Group g) {
        StringBuilder b = new StringBuilder();
        for (Severity s : g.severities()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(badge(s));
        }
        return b.toString();
    }

    private String badge(Severity s) {
        return "<span class=\"badge " + s.code() + "\">" + text(messages.label(s)) + "</span>";
    }

    /** The versions line, each version an isolated left-to-right run: "0.1.0-SNAPSHOT" must not turn around in Arabic. */
    private String versions() {
        Map<String, String> values = Map.of(
                "jisr", report.jisrVersion(),
                "schema", report.schemaVersion(),
                "codelists", report.codelistsVersion());
        return filled(messages.label("report.versions"),
                name -> values.containsKey(name) ? ltr("version", values.get(name)) : null);
    }

    /** An isolated left-to-right run, for codes, file names and pointers inside right-to-left text. */
    private static String ltr(String cssClass, String value) {
        return "<bdi dir=\"ltr\" class=\"" + cssClass + "\">" + text(value) + "</bdi>";
    }

    /** The id of a code's group; codes are lower-case words joined by dots and hyphens. */
    private static String anchor(String code) {
        return escape("code-" + code);
    }

    /** Text for the page: made {@linkplain #displayable(String) displayable}, then escaped. */
    private static String text(String value) {
        return escape(displayable(value));
    }

    /**
     * Escapes the five characters that HTML gives a meaning to, so that any text, in an element or
     * in a quoted attribute, stays text.
     *
     * @param value the text
     * @return the escaped text
     */
    public static String escape(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && b == null) {
                b = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? value : b.toString();
    }

    /**
     * Returns the text as the page shows it, before escaping: characters that HTML forbids or that
     * would act unseen become visible stand-ins. A C0 control character becomes its Unicode control
     * picture ({@code U+0001} → {@code ␁}), except tab, line feed and carriage return, which are
     * white space; DEL becomes {@code ␡}; a C1 control character, a noncharacter or an unpaired
     * surrogate becomes U+FFFD; a bidirectional control character (LRM, RLM, ALM, LRE … PDF,
     * LRI … PDI), which would reorder the text around it unseen, becomes its code in brackets
     * ({@code [U+202E]}).
     *
     * @param value the text
     * @return the text to show
     */
    public static String displayable(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                b.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                b.append('\u2421');
            } else if ((c >= 0x80 && c <= 0x9F) || (c <= 0xFFFF && Character.isSurrogate((char) c))
                    || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
                b.append('\uFFFD');
            } else if (isBidiControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "[U+%04X]", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
