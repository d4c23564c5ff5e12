package org.jisr.validation.internal.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Location;
import org.jisr.validation.ValidationReport;

/**
 * Writes a report as text: one line per finding kept ({@code file:line:column: severity code
 * message}), then a summary. The summary's sentences are labels with named placeholders, so that
 * each language places the numbers where its grammar wants them.
 */
public final class TextReportWriter {

    /** Labels of the summary, in every language ({@code MessagesTest} checks it). */
    public static final List<String> LABEL_KEYS = List.of("report.summary", "report.valid", "report.invalid",
            "report.sampled", "report.by-code", "report.code-count", "report.code-left-out", "report.versions");

    private final ValidationReport report;
    private final FindingMessages messages;
    private final Appendable out;

    private TextReportWriter(ValidationReport report, FindingMessages messages, Appendable out) {
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
        new TextReportWriter(report, messages, out).write();
    }

    private void write() throws IOException {
        for (Finding f : report.findings()) {
            finding(f);
        }
        if (!report.findings().isEmpty()) {
            out.append('\n');
        }
        line(label("report.summary", Map.of(
                "records", String.valueOf(report.records()),
                "errors", String.valueOf(report.errors()),
                "warnings", String.valueOf(report.warnings()),
                "infos", String.valueOf(report.infos()))));
        line(messages.label(report.isValid() ? "report.valid" : "report.invalid"));
        if (report.isSampled()) {
            long kept = report.findings().size();
            long all = report.countsByCode().values().stream().mapToLong(Long::longValue).sum();
            line(label("report.sampled", Map.of(
                    "samples", String.valueOf(report.samplesPerCode()),
                    "leftOut", String.valueOf(all - kept))));
            line(messages.label("report.by-code"));
            for (Map.Entry<String, Long> e : report.countsByCode().entrySet()) {
                long leftOut = Math.max(0, e.getValue() - report.samplesPerCode());
                String key = leftOut > 0 ? "report.code-left-out" : "report.code-count";
                line("  " + label(key, Map.of(
                        "code", e.getKey(),
                        "count", String.valueOf(e.getValue()),
                        "leftOut", String.valueOf(leftOut))));
            }
        }
        line(label("report.versions", Map.of(
                "jisr", report.jisrVersion(),
                "schema", report.schemaVersion(),
                "codelists", report.codelistsVersion())));
    }

    private void finding(Finding f) throws IOException {
        Location at = f.location();
        StringBuilder line = new StringBuilder();
        line.append(oneLine(at.file())).append(':').append(at.line()).append(':').append(at.column()).append(": ");
        if (at.sheet() != null || at.cell() != null) {
            // Spreadsheet users know the A1 notation: Sheet1!C7.
            line.append(oneLine(at.sheet() == null ? "" : at.sheet() + "!"))
                    .append(oneLine(at.cell() == null ? "" : at.cell())).append(": ");
        }
        line.append(messages.label(f.severity())).append(' ').append(f.code()).append(' ')
                .append(oneLine(messages.render(f)));
        line(line.toString());
    }

    private String label(String key, Map<String, String> values) {
        return Labels.fill(messages.label(key), values);
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }

    /** Keeps a finding on one line whatever its parameters hold (an exception message may span lines). */
    private static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString();
    }
}
