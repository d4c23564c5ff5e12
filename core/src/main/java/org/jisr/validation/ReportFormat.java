package org.jisr.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jisr.core.JisrIOException;
import org.jisr.validation.internal.report.HtmlReportWriter;
import org.jisr.validation.internal.report.JsonReportWriter;
import org.jisr.validation.internal.report.SarifReportWriter;
import org.jisr.validation.internal.report.TextReportWriter;

/**
 * The ways of writing a {@link ValidationReport}, with its messages and labels in one of the
 * {@linkplain FindingMessages#LANGUAGES languages} of {@link FindingMessages}. The same report
 * and language always give the same text.
 *
 * <ul>
 *   <li>{@link #TEXT}: for people and logs — one line per finding kept,
 *       {@code file:line:column: severity code message}, then a summary (records and counts by
 *       severity; when the report is {@linkplain ValidationReport#isSampled() sampled}, the count
 *       of every code and how many findings of it were left out; the versions of Jisr, the schema
 *       and the codelists).</li>
 *   <li>{@link #JSON}: for programs — one JSON object that follows the report schema of the
 *       schema module ({@link org.jisr.schema.SchemaCatalog#REPORT_SCHEMA},
 *       {@code https://jisr.org/schema/1.0/report.schema.json}): versions, language, files,
 *       summary (counts by severity and by code, records, whether and how it is sampled) and the
 *       findings kept, each with its code, layer, severity, message, parameters and
 *       location.</li>
 *   <li>{@link #SARIF}: for code-scanning tools and editors (GitHub code scanning, the SARIF
 *       viewers of VS Code and others) — a SARIF 2.1.0 log with one run: the tool Jisr with one
 *       rule per code the report counted (its description in the chosen language, its default
 *       level, and for Jisr's own codes a link to its entry in the findings catalog,
 *       {@code https://jisr.org/docs/findings#code}), one result per finding kept (level
 *       {@code error}, {@code warning} or {@code note}; message; the file as a percent-encoded URI
 *       reference, the line and column when known, the JSON Pointer as a logical location; the
 *       layer and parameters as properties). {@code run.language} is the language of the
 *       messages; {@code run.properties} holds the counts by severity and by code, the records,
 *       and whether and how the results were sampled ({@code sampled}, {@code samplesPerCode},
 *       {@code resultsLeftOut}).</li>
 *   <li>{@link #HTML}: for people, in a browser or on paper — one self-contained page, readable
 *       without a network (inline style, no script, no image, no web font): a summary (files,
 *       records, counts by severity, versions, a note when findings were left out), then the
 *       findings grouped by code, the most serious first, each group with its code, severity,
 *       count and description and the findings kept with their location (file, line:column,
 *       JSON Pointer) and message. In Arabic the page is laid out right to left, with codes,
 *       file names and pointers kept left to right.</li>
 * </ul>
 *
 * <pre>{@code
 * ValidationReport report = Validator.builder().build().validate(Path.of("export.json"));
 * System.out.print(ReportFormat.TEXT.render(report, FindingMessages.of("fr")));
 * ReportFormat.JSON.write(report, FindingMessages.of("ar"), Files.newOutputStream(Path.of("report.json")));
 * ReportFormat.SARIF.write(report, FindingMessages.of("en"), Files.newOutputStream(Path.of("jisr.sarif")));
 * ReportFormat.HTML.write(report, FindingMessages.of("ar"), Files.newOutputStream(Path.of("report.html")));
 * }</pre>
 *
 * <p>Thread-safe: writing keeps no state between calls.
 *
 * @since 0.1
 */
public enum ReportFormat {

    /** Plain text, one line per finding, then a summary. */
    TEXT("text"),

    /** A JSON object following {@code report.schema.json}, indented, ending with a newline. */
    JSON("json"),

    /** A SARIF 2.1.0 log, indented, ending with a newline. */
    SARIF("sarif"),

    /**
     * One self-contained HTML page, ending with a newline. It declares itself UTF-8: written to
     * an {@link OutputStream} it is; characters written to an {@link Appendable} must be stored
     * in UTF-8 too.
     */
    HTML("html");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    /**
     * Returns the name of this format on a command line or in a configuration.
     *
     * @return {@code text}, {@code json}, {@code sarif} or {@code html}
     */
    public String code() {
        return code;
    }

    /**
     * Finds a format by its {@linkplain #code() code}, ignoring case.
     *
     * @param code {@code text}, {@code json}, {@code sarif} or {@code html}
     * @return the format
     * @throws IllegalArgumentException for any other code; the message lists the known ones
     */
    public static ReportFormat fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ReportFormat f : values()) {
            if (f.code.equals(code.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format " + code + "; known formats: "
                + String.join(", ", Arrays.stream(values()).map(ReportFormat::code).toList()));
    }

    /**
     * Writes a report to characters.
     *
     * @param report   the report
     * @param messages the language of its messages and labels
     * @param out      where to write; a {@link Writer} is flushed, never closed
     * @throws JisrIOException when {@code out} fails
     */
    public void write(ValidationReport report, FindingMessages messages, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(out, "out");
        try {
            switch (this) {
                case TEXT -> TextReportWriter.write(report, messages, out);
                case HTML -> HtmlReportWriter.write(report, messages, out);
                case JSON -> JsonReportWriter.write(report, messages, writer(out));
                case SARIF -> SarifReportWriter.write(report, messages, writer(out));
            }
            if (out instanceof Writer w) {
                w.flush();
            }
        } catch (IOException e) {
            throw new JisrIOException("could not write the " + code + " report", e);
        }
    }

    /**
     * Writes a report to bytes, in UTF-8.
     *
     * @param report   the report
     * @param messages the language of its messages and labels
     * @param out      where to write; flushed, not closed
     * @throws JisrIOException when {@code out} fails
     */
    public void write(ValidationReport report, FindingMessages messages, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, messages, (Appendable) writer);
    }

    /**
     * Renders a report as a string.
     *
     * @param report   the report
     * @param messages the language of its messages and labels
     * @return the text, ending with a newline
     */
    public String render(ValidationReport report, FindingMessages messages) {
        StringWriter out = new StringWriter();
        write(report, messages, out);
        return out.toString();
    }

    private static Writer writer(Appendable out) {
        return out instanceof Writer w ? w : new AppendableWriter(out);
    }

    /** Lets the JSON generator, which writes to a {@link Writer}, write to any {@link Appendable}. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.append(new String(chars, offset, length));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.append(text, offset, offset + length);
        }

        @Override
        public void flush() throws IOException {
            if (out instanceof java.io.Flushable f) {
                f.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
