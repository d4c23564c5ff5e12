package org.jisr.validation.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jisr.json.internal.CanonicalPrinting;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a report as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), which
 * GitHub code scanning, IDEs and other tools show: one run whose tool is Jisr, one rule
 * ({@code reportingDescriptor}) per code the report counted, one result per finding kept. Written
 * token by token, in a fixed order, so that the same report and language give the same bytes.
 *
 * <p>How Jisr's notions map onto SARIF:
 * <ul>
 *   <li>severity error, warning, info → level {@code error}, {@code warning}, {@code note};</li>
 *   <li>a finding's file → {@code physicalLocation.artifactLocation.uri}, a relative URI
 *       reference or a {@code file:} URI, percent-encoded ({@link FileUris}); its line and column,
 *       when known, → {@code region.startLine} and {@code startColumn} (columns count UTF-16 code
 *       units: {@code run.columnKind}); its JSON Pointer → a logical location's
 *       {@code fullyQualifiedName}; a spreadsheet's sheet and cell → the location's
 *       properties;</li>
 *   <li>the finding's layer and parameters → {@code result.properties};</li>
 *   <li>the counts by severity and by code, the records, and whether findings were left out
 *       because a code occurred too often → {@code run.properties}, so that a reader of the log
 *       knows when its results are a sample.</li>
 * </ul>
 */
public final class SarifReportWriter {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";

    /** The official schema of SARIF 2.1.0 (OASIS, errata 01), named by the log's {@code $schema}. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** Labels the log uses, in every language ({@code MessagesTest} checks it). */
    public static final List<String> LABEL_KEYS = List.of("report.rule-details");

    /** Semantic Versioning 2.0.0, whose grammar SARIF's {@code semanticVersion} follows. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final ValidationReport report;
    private final FindingMessages messages;
    private final List<CodeGroups.Group> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String> artifacts;
    private final Map<String, Integer> artifactIndex = new HashMap<>();

    private SarifReportWriter(ValidationReport report, FindingMessages messages) {
        this.report = report;
        this.messages = messages;
        this.rules = CodeGroups.byCode(report);
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).code(), i);
        }
        List<String> files = new ArrayList<>();
        for (String file : report.files()) {
            if (!file.isEmpty() && !artifactIndex.containsKey(file)) {
                artifactIndex.put(file, files.size());
                files.add(file);
            }
        }
        this.artifacts = List.copyOf(files);
    }

    /**
     * Writes a report, indented by two spaces and ending with a newline.
     *
     * @param report   the report
     * @param messages the language of the messages and descriptions
     * @param out      where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(ValidationReport report, FindingMessages messages, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(CanonicalPrinting.documentContext(), out)) {
            new SarifReportWriter(report, messages).log(g);
            g.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            // The generator only fails on I/O: anything else is a bug in this class.
            throw new IllegalStateException("could not write the SARIF report", e);
        }
        out.flush();
    }

    /**
     * Returns the SARIF level of a severity.
     *
     * @param severity a severity
     * @return {@code error}, {@code warning} or {@code note}
     */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private void log(JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("$schema", SCHEMA);
        g.writeStringProperty("version", VERSION);
        g.writeName("runs");
        g.writeStartArray();
        run(g);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void run(JsonGenerator g) {
        g.writeStartObject();
        tool(g);
        g.writeName("invocations");
        g.writeStartArray();
        g.writeStartObject();
        // The validation ran to its end: findings in the files are results, not a failure of the tool.
        g.writeBooleanProperty("executionSuccessful", true);
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringProperty("language", messages.language());
        // Jisr reads text as Java chars: its columns count UTF-16 code units.
        g.writeStringProperty("columnKind", "utf16CodeUnits");
        if (!artifacts.isEmpty()) {
            g.writeName("artifacts");
            g.writeStartArray();
            for (String file : artifacts) {
                g.writeStartObject();
                g.writeName("location");
                g.writeStartObject();
                string(g, "uri", FileUris.reference(file));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeName("results");
        g.writeStartArray();
        for (Finding f : report.findings()) {
            result(g, f);
        }
        g.writeEndArray();
        runProperties(g);
        g.writeEndObject();
    }

    private void tool(JsonGenerator g) {
        String version = report.jisrVersion();
        g.writeName("tool");
        g.writeStartObject();
        g.writeName("driver");
        g.writeStartObject();
        g.writeStringProperty("name", "Jisr");
        string(g, "version", version);
        if (SEMVER.matcher(version).matches()) {
            g.writeStringProperty("semanticVersion", version);
        }
        g.writeStringProperty("informationUri", ReportLinks.DOCUMENTATION);
        g.writeName("rules");
        g.writeStartArray();
        for (CodeGroups.Group rule : rules) {
            rule(g, rule);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void rule(JsonGenerator g, CodeGroups.Group rule) {
        g.writeStartObject();
        g.writeStringProperty("id", rule.code());
        g.writeStringProperty("name", ruleName(rule.code()));
        if (rule.type().isPresent()) {
            FindingType type = rule.type().get();
            String description = messages.template(type).orElse(type.code());
            String details = Labels.fill(messages.label("report.rule-details"), Map.of(
                    "layer", messages.label(type.layer()),
                    "severity", messages.label(type.defaultSeverity())));
            g.writeName("shortDescription");
            text(g, description);
            g.writeName("fullDescription");
            text(g, description + " " + details);
            if (ReportLinks.inCatalog(rule.code())) {
                g.writeStringProperty("helpUri", ReportLinks.catalogEntry(rule.code()));
            }
            g.writeName("defaultConfiguration");
            g.writeStartObject();
            g.writeStringProperty("level", level(type.defaultSeverity()));
            g.writeEndObject();
            g.writeName("properties");
            g.writeStartObject();
            g.writeName("tags");
            g.writeStartArray();
            g.writeString(type.layer().code());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void result(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.code());
        g.writeNumberProperty("ruleIndex", ruleIndex.get(f.code()));
        g.writeStringProperty("level", level(f.severity()));
        g.writeName("message");
        text(g, messages.render(f));
        g.writeName("locations");
        g.writeStartArray();
        location(g, f.location());
        g.writeEndArray();
        g.writeName("properties");
        g.writeStartObject();
        g.writeStringProperty("layer", f.layer().code());
        g.writeName("parameters");
        g.writeStartObject();
        for (String name : ReportParameters.names(f)) {
            string(g, clean(name), f.parameters().get(name));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void location(JsonGenerator g, Location at) {
        g.writeStartObject();
        if (!at.file().isEmpty()) {
            g.writeName("physicalLocation");
            g.writeStartObject();
            g.writeName("artifactLocation");
            g.writeStartObject();
            string(g, "uri", FileUris.reference(at.file()));
            Integer index = artifactIndex.get(at.file());
            if (index != null) {
                g.writeNumberProperty("index", index);
            }
            g.writeEndObject();
            // SARIF counts lines and columns from 1; 0 means unknown here, and is left out.
            if (at.line() > 0) {
                g.writeName("region");
                g.writeStartObject();
                g.writeNumberProperty("startLine", at.line());
                if (at.column() > 0) {
                    g.writeNumberProperty("startColumn", at.column());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeName("logicalLocations");
        g.writeStartArray();
        g.writeStartObject();
        String pointer = at.pointer();
        if (!pointer.isEmpty()) {
            // The last reference token of the pointer, unescaped (RFC 6901): the member or index.
            string(g, "name", pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~"));
        }
        string(g, "fullyQualifiedName", pointer);
        g.writeEndObject();
        g.writeEndArray();
        if (at.sheet() != null || at.cell() != null) {
            g.writeName("properties");
            g.writeStartObject();
            if (at.sheet() != null) {
                string(g, "sheet", at.sheet());
            }
            if (at.cell() != null) {
                string(g, "cell", at.cell());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void runProperties(JsonGenerator g) {
        long kept = report.findings().size();
        long all = report.countsByCode().values().stream().mapToLong(Long::longValue).sum();
        g.writeName("properties");
        g.writeStartObject();
        g.writeName("jisr");
        g.writeStartObject();
        string(g, "version", report.jisrVersion());
        g.writeStringProperty("schema", report.schemaVersion());
        g.writeStringProperty("codelists", report.codelistsVersion());
        g.writeEndObject();
        g.writeName("files");
        g.writeStartArray();
        for (String file : report.files()) {
            g.writeString(clean(file));
        }
        g.writeEndArray();
        g.writeBooleanProperty("valid", report.isValid());
        g.writeNumberProperty("records", report.records());
        g.writeNumberProperty("errors", report.errors());
        g.writeNumberProperty("warnings", report.warnings());
        g.writeNumberProperty("infos", report.infos());
        g.writeBooleanProperty("sampled", report.isSampled());
        g.writeNumberProperty("samplesPerCode", report.samplesPerCode());
        g.writeNumberProperty("resultsLeftOut", Math.max(0, all - kept));
        g.writeName("countsByCode");
        g.writeStartObject();
        for (Map.Entry<String, Long> e : report.countsByCode().entrySet()) {
            g.writeNumberProperty(e.getKey(), e.getValue().longValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A SARIF message: {@code {"text": …}}. */
    private static void text(JsonGenerator g, String text) {
        g.writeStartObject();
        string(g, "text", text);
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) {
        g.writeStringProperty(name, clean(value));
    }

    /**
     * Replaces unpaired surrogates, which are no characters and have no UTF-8 form (they would come
     * out as {@code ?}), by U+FFFD. Control characters need nothing: the generator escapes them.
     */
    static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!paired && b == null) {
                b = new StringBuilder(text.length());
                b.append(text, 0, i);
            }
            if (b != null) {
                b.append(paired ? c : '\uFFFD');
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * A readable, non-localized name for a rule, as SARIF asks: the code in upper camel case
     * ({@code syntax.duplicate-key} → {@code SyntaxDuplicateKey}).
     */
    static String ruleName(String code) {
        StringBuilder b = new StringBuilder(code.length());
        boolean upper = true;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
