package org.jisr.validation.internal.report;

import org.jisr.json.internal.CanonicalPrinting;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a report as JSON, following {@code report.schema.json} of the schema module, token by
 * token: memory does not grow with the report beyond the report itself.
 */
public final class JsonReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonReportWriter() {
    }

    /**
     * Writes a report, indented by two spaces and ending with a newline.
     *
     * @param report   the report
     * @param messages the language of the messages
     * @param out      where to write; flushed, not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(ValidationReport report, FindingMessages messages, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(CanonicalPrinting.documentContext(), out)) {
            report(g, report, messages);
            g.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            // The generator only fails on I/O: anything else is a bug in this class.
            throw new IllegalStateException("could not write the JSON report", e);
        }
        out.flush();
    }

    private static void report(JsonGenerator g, ValidationReport report, FindingMessages messages) {
        g.writeStartObject();
        g.writeName("jisr");
        g.writeStartObject();
        g.writeStringProperty("version", report.jisrVersion());
        g.writeStringProperty("schema", report.schemaVersion());
        g.writeStringProperty("codelists", report.codelistsVersion());
        g.writeEndObject();
        g.writeStringProperty("language", messages.language());
        g.writeName("files");
        g.writeStartArray();
        for (String file : report.files()) {
            g.writeString(file);
        }
        g.writeEndArray();
        summary(g, report);
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : report.findings()) {
            finding(g, f, messages);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, ValidationReport report) {
        g.writeName("summary");
        g.writeStartObject();
        g.writeBooleanProperty("valid", report.isValid());
        g.writeNumberProperty("errors", report.count(Severity.ERROR));
        g.writeNumberProperty("warnings", report.count(Severity.WARNING));
        g.writeNumberProperty("infos", report.count(Severity.INFO));
        g.writeNumberProperty("records", report.records());
        g.writeBooleanProperty("sampled", report.isSampled());
        g.writeNumberProperty("samplesPerCode", report.samplesPerCode());
        g.writeName("byCode");
        g.writeStartObject();
        for (Map.Entry<String, Long> e : report.countsByCode().entrySet()) {
            g.writeNumberProperty(e.getKey(), e.getValue().longValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f, FindingMessages messages) {
        g.writeStartObject();
        g.writeStringProperty("code", f.code());
        g.writeStringProperty("layer", f.layer().code());
        g.writeStringProperty("severity", f.severity().code());
        g.writeStringProperty("message", messages.render(f));
        g.writeName("parameters");
        g.writeStartObject();
        for (String name : ReportParameters.names(f)) {
            g.writeStringProperty(name, f.parameters().get(name));
        }
        g.writeEndObject();
        Location at = f.location();
        g.writeName("location");
        g.writeStartObject();
        g.writeStringProperty("file", at.file());
        g.writeStringProperty("pointer", at.pointer());
        g.writeNumberProperty("line", at.line());
        g.writeNumberProperty("column", at.column());
        if (at.sheet() != null) {
            g.writeStringProperty("sheet", at.sheet());
        }
        if (at.cell() != null) {
            g.writeStringProperty("cell", at.cell());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
