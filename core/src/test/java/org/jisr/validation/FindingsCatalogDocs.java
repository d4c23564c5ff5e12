package org.jisr.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders {@code docs/findings.md}, the catalog of every finding code Jisr can report, from
 * {@link FindingCatalog#builtIn()} and the message bundles, so that the catalog cannot drift
 * from the code. Nothing here names a code: a code added to the catalog appears in the page.
 * {@link FindingsCatalogDocsTest} checks that the committed file is what this class renders.
 *
 * <p>Run {@link #main(String[])} with the output path, or the build with
 * {@code -Djisr.updateDocs=true}, after adding a code or changing a message.
 */
final class FindingsCatalogDocs {

    /** What each layer checks; the order is {@link Layer}'s. */
    private static final Map<Layer, String> LAYER_INTROS = Map.of(
            Layer.SYNTAX, "The bytes: encoding, JSON syntax, duplicate names, read limits. A syntax error in a"
                    + " record stream spoils only its line; in a document, reading stops where the JSON breaks.",
            Layer.SCHEMA, "The JSON Schema of the exchange format (`schema/`): required and unknown properties,"
                    + " types, shapes of ids, dates and identifiers, codes from the codelists. One code per kind"
                    + " of schema keyword.",
            Layer.MODEL, "Constraints on each record, once bound to the model, that no JSON Schema can express.",
            Layer.RULE, "Rules across records and rules of the domain (references, duplicate ids, nested"
                    + " periods …). Users add their own rules, with codes under their own prefix. The reference-data"
                    + " module (`jisr-reference`) adds `rule.authority-…` codes, listed in"
                    + " [reference-data.md](reference-data.md#findings).",
            Layer.ADAPTER, "Adapters reading or writing another format. The codes below are those of core:"
                    + " the built-in adapters and the loading of plugins. An adapter shipped in its own jar documents"
                    + " its own codes (`adapter.ics-…` in [adapters/ics.md](adapters/ics.md#findings),"
                    + " `adapter.spreadsheet-…` in [adapters/spreadsheets.md](adapters/spreadsheets.md#findings));"
                    + " a plugin's codes are in its documentation, and every report renders them in the three languages.");

    private static final Pattern PLACEHOLDER = Pattern.compile("(\\{[A-Za-z][A-Za-z0-9]*})");

    private final StringBuilder out = new StringBuilder();

    private FindingsCatalogDocs() {
    }

    /** Writes the catalog to the given file, by default {@code ../docs/findings.md} (from core's folder). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "../docs/findings.md");
        Files.writeString(target, render(), StandardCharsets.UTF_8);
    }

    /** Renders the catalog of the finding types on the class path. */
    static String render() {
        return new FindingsCatalogDocs().document(FindingCatalog.builtIn());
    }

    private String document(List<FindingType> types) {
        intro(types);
        Map<Layer, List<FindingType>> byLayer = types.stream()
                .collect(Collectors.groupingBy(FindingType::layer, () -> new java.util.EnumMap<>(Layer.class),
                        Collectors.toList()));
        for (Map.Entry<Layer, List<FindingType>> layer : byLayer.entrySet()) {
            layerSection(layer.getKey(), layer.getValue());
        }
        return out.toString();
    }

    private void intro(List<FindingType> types) {
        line("# Findings catalog");
        line("");
        line("<!-- Generated from FindingCatalog.builtIn() and the message bundles by"
                + " org.jisr.validation.FindingsCatalogDocs (core/src/test/java). Do not edit: change the finding"
                + " types or their messages, then run ./mvnw -B -pl core -am verify -Djisr.updateDocs=true -->");
        line("");
        line("Every problem Jisr's validator finds is a **finding**: a stable **code**, the **layer** that raised"
                + " it, a **severity**, named **parameters**, and a **location**. A finding carries no text: its"
                + " message is rendered when a report is written, from the code and the parameters, in French,"
                + " Arabic or English. This page lists the " + types.size() + " codes Jisr itself can report,"
                + " layer by layer, with their messages; in a message, `{name}` stands for the value of the"
                + " parameter `name`.");
        line("");
        line("## Codes are frozen");
        line("");
        line("A code is lower-case words joined by dots and hyphens, starting with its layer"
                + " (`syntax.duplicate-key`). Once released, a code is never renamed, removed or given another"
                + " meaning, so programs and rule profiles can rely on it; its message may be reworded, and new"
                + " codes may be added. A program that meets a code it does not know should go by its severity."
                + " Users' rules report codes under their own prefix (`ville-de-sousse.budget-line`), never under"
                + " one of Jisr's layer names.");
        line("");
        line("## Severities and rule profiles");
        line("");
        line("| severity | meaning |");
        line("|---|---|");
        line("| error | The file breaks the format and must be fixed: a file with an error is invalid. |");
        line("| warning | The file is valid but probably wrong. |");
        line("| info | Worth knowing; nothing to fix. |");
        line("");
        line("The severity in the tables below is each code's default. A rule profile (`RuleProfile`, or a"
                + " UTF-8 properties file read with `RuleProfile.read`) can give a code another severity or switch"
                + " it off, and can switch a rule off by its id. Syntax codes cannot be switched off: a file that"
                + " cannot be read cannot be validated.");
        line("");
        line("```properties");
        line("# our partners' exports always start with a byte order mark: report it as an info");
        line("code.syntax.byte-order-mark = info");
        line("# we carry unknown data outside extensions for now");
        line("code.schema.unknown-property = warning");
        line("```");
        line("");
        line("## Reading a location");
        line("");
        line("Every finding, whatever its layer, says where it is:");
        line("");
        line("- `file`: the file name as given to the validator;");
        line("- `pointer`: the JSON Pointer (RFC 6901) of the value the finding is about: `/records/2/name/ar` is"
                + " the Arabic name of the third record of a document; in a record stream the pointer is within"
                + " the record's line (`/name/ar`); an empty pointer means the whole document or line;");
        line("- `line` and `column`: where that value starts, both counted from 1; a missing property is"
                + " reported at the object that lacks it. They are 0 only for a file with no lines (empty or"
                + " unreadable);");
        line("- for spreadsheets, also `sheet` and `cell` (`C7`).");
        line("");
        line("The text report writes one finding per line, `file:line:column: severity code message`, for"
                + " example:");
        line("");
        line("```text");
        line("partners.json:8:52: error syntax.duplicate-key The name “id” appears twice in the same object;"
                + " exchange files must not repeat names (I-JSON, RFC 7493).");
        line("```");
        line("");
        line("The JSON report follows the JSON Schema `schema/src/main/resources/org/jisr/schema/1.0/report.schema.json`"
                + " (`SchemaCatalog.openReportSchema()`).");
        line("");
        line("## Report formats");
        line("");
        line("A report is written by `ReportFormat`, in French, Arabic or English (`FindingMessages.of(\"fr\")`);"
                + " the same report in the same language always gives the same bytes.");
        line("");
        line("| format | for | what it holds |");
        line("|---|---|---|");
        line("| `text` | people, logs | one line per finding, `file:line:column: severity code message`, then a"
                + " summary: records, counts by severity, what was left out, versions |");
        line("| `json` | programs | versions, language, files, summary (counts by severity and by code, records,"
                + " sampling) and the findings, each with its code, layer, severity, message, parameters and"
                + " location; it follows `report.schema.json` |");
        line("| `sarif` | code-scanning tools and editors (GitHub code scanning, SARIF viewers) | a SARIF 2.1.0"
                + " log: one rule per code (its description, default level and a link to its row here), one"
                + " result per finding (level `error`, `warning` or `note` for info; the file as a"
                + " percent-encoded URI; line and column when known; the JSON Pointer as a logical location;"
                + " the layer and parameters as properties); `run.properties` holds the counts and says whether"
                + " results were left out (`sampled`, `samplesPerCode`, `resultsLeftOut`) |");
        line("| `html` | people, in a browser or on paper | one self-contained page, readable offline (no script,"
                + " no external resource): a summary, then the findings grouped by code with their counts,"
                + " descriptions, locations and messages; right to left in Arabic |");
        line("");
        line("Each code below has an anchor of its own name (`findings.md#syntax.duplicate-key`): the SARIF and"
                + " HTML reports link to `" + org.jisr.validation.internal.report.ReportLinks.FINDINGS_CATALOG + "#` followed by the code.");
        line("");
        line("## Many findings");
        line("");
        line("A report counts every finding exactly, by severity and by code, but keeps only the first "
                + ValidationReport.DEFAULT_SAMPLES_PER_CODE + " findings of each code"
                + " (`ValidationReport.DEFAULT_SAMPLES_PER_CODE`; change it with"
                + " `Validator.builder().samplesPerCode(n)`), so that memory stays bounded however many records"
                + " are wrong. Every report format says how many findings of which codes were left out.");
        line("");
        line("## Codes by layer");
        line("");
    }

    private void layerSection(Layer layer, List<FindingType> types) {
        line("### " + layer.code());
        line("");
        line(LAYER_INTROS.get(layer));
        line("");
        line("| code | default severity | parameters | English | French | Arabic |");
        line("|---|---|---|---|---|---|");
        FindingMessages en = FindingMessages.of("en");
        FindingMessages fr = FindingMessages.of("fr");
        FindingMessages ar = FindingMessages.of("ar");
        for (FindingType type : types) {
            String parameters = type.parameters().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
            // The anchor is where a report's link to the code lands (ReportLinks.catalogEntry).
            line("| " + anchor(type.code()) + "`" + type.code() + "` | " + type.defaultSeverity().code() + " | "
                    + (parameters.isEmpty() ? "—" : parameters) + " | "
                    + message(en, type) + " | " + message(fr, type) + " | " + message(ar, type) + " |");
        }
        line("");
    }

    /** An anchor named by the code itself, so that {@code findings.md#syntax.duplicate-key} finds its row. */
    static String anchor(String code) {
        return "<a id=\"" + code + "\"></a>";
    }

    /** A message template for a table cell, its placeholders set in code. */
    private static String message(FindingMessages messages, FindingType type) {
        String template = messages.template(type).orElse("(no message)");
        String cell = template.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
        return PLACEHOLDER.matcher(cell).replaceAll("`$1`");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
