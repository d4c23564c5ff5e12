package org.jisr.validation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Inputs for the report tests: bad exchange files, validated by the real {@link Validator}. */
final class ReportFixtures {

    /** One validator for all report tests: building one compiles the schemas. */
    static final Validator VALIDATOR = Validator.builder().build();

    /** How many findings of one code {@link #SAMPLING_VALIDATOR} keeps. */
    static final int SAMPLES = 3;

    /** A validator that keeps only {@value #SAMPLES} findings of each code. */
    static final Validator SAMPLING_VALIDATOR = Validator.builder().samplesPerCode(SAMPLES).build();

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * A document with problems in two layers: a record id of the wrong shape, a kind not in its
     * codelist, a property the format does not know, and a name given twice.
     */
    static final String BAD_DOCUMENT = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "LocalAuthority", "id": "tn commune carthage", "name": {"ar": "قرطاج", "fr": "Carthage"},
                 "kind": "commune", "country": "TN"},
                {"type": "LocalAuthority", "id": "sousse", "name": {"fr": "Sousse"}, "kind": "village",
                 "country": "TN", "mayor": "x"},
                {"type": "LocalAuthority", "id": "sfax", "id": "sfax", "name": {"fr": "Sfax"}, "kind": "commune",
                 "country": "TN"}
              ]
            }
            """;

    private ReportFixtures() {
    }

    /** The report of {@link #BAD_DOCUMENT}. */
    static ValidationReport badDocumentReport() {
        return VALIDATOR.validateText(BAD_DOCUMENT, "bad.json");
    }

    /**
     * A record stream of {@code count} local authorities, each with a kind that is not in the
     * codelist (one {@code schema.not-in-codelist} error a record), ids all different.
     */
    static byte[] streamWithABadKindOnEveryLine(int count) {
        StringBuilder b = new StringBuilder(count * 120);
        for (int i = 0; i < count; i++) {
            b.append("{\"type\":\"LocalAuthority\",\"id\":\"authority-").append(i)
                    .append("\",\"name\":{\"fr\":\"Commune ").append(i)
                    .append("\"},\"kind\":\"hamlet\",\"country\":\"FR\"}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A report's JSON rendering as a tree. */
    static JsonNode json(ValidationReport report, String language) {
        return MAPPER.readTree(ReportFormat.JSON.render(report, FindingMessages.of(language)));
    }

    /** The parameters of a finding, read back from its JSON. */
    static Map<String, String> parameters(JsonNode finding) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        finding.path("parameters").properties().forEach(e -> p.put(e.getKey(), e.getValue().asString()));
        return p;
    }
}
