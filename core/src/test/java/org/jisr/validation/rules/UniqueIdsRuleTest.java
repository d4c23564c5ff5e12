package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.assertFinding;
import static org.jisr.validation.rules.Validation.position;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

class UniqueIdsRuleTest {

    private static final String DUPLICATE = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "LocalAuthority", "id": "tn-tunis", "name": {"fr": "Tunis"}, "kind": "commune", "country": "TN"},
                {"type": "Organization", "id": "org-cfad", "name": {"fr": "CFAD"}, "kind": "training-centre"},
                {"type": "Organization", "id": "tn-tunis", "name": {"fr": "Tunis bis"}, "kind": "ngo"}
              ]
            }
            """;

    @Test
    void a_second_record_with_the_same_id_is_an_error_on_its_id_naming_the_first() {
        ValidationReport report = validate(DUPLICATE);

        List<Finding> found = withCode(report, "rule.duplicate-id");
        assertThat(found).hasSize(1);
        int firstLine = position(DUPLICATE, "{\"type\": \"LocalAuthority\"")[0];
        assertFinding(found.get(0), "rule.duplicate-id", Severity.ERROR, DUPLICATE, "/records/2/id",
                "\"tn-tunis\", \"name\": {\"fr\": \"Tunis bis\"}",
                Map.of("id", "tn-tunis", "firstLine", String.valueOf(firstLine), "firstPointer", "/records/0"));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void every_further_duplicate_is_reported_against_the_first() {
        String json = DUPLICATE.replace("\"org-cfad\"", "\"tn-tunis\"");

        List<Finding> found = withCode(validate(json), "rule.duplicate-id");

        assertThat(found).extracting(f -> f.location().pointer()).containsExactly("/records/1/id", "/records/2/id");
        assertThat(found).extracting(f -> f.parameters().get("firstPointer")).containsOnly("/records/0");
    }

    @Test
    void in_a_record_stream_the_first_record_is_told_by_its_line() {
        String ndjson = """
                {"type": "LocalAuthority", "id": "tn-tunis", "name": {"fr": "Tunis"}, "kind": "commune", "country": "TN"}
                {"type": "Organization", "id": "tn-tunis", "name": {"fr": "Tunis bis"}, "kind": "ngo"}
                """;

        List<Finding> found = withCode(validate(Validation.DEFAULT, ndjson, "test.ndjson"), "rule.duplicate-id");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.duplicate-id", Severity.ERROR, "test.ndjson", ndjson, "/id",
                "\"tn-tunis\", \"name\": {\"fr\": \"Tunis bis\"}",
                Map.of("id", "tn-tunis", "firstLine", "1", "firstPointer", ""));
    }

    @Test
    void distinct_ids_give_no_finding() {
        String json = DUPLICATE.replace("\"tn-tunis\", \"name\": {\"fr\": \"Tunis bis\"}",
                "\"tn-tunis-bis\", \"name\": {\"fr\": \"Tunis bis\"}");

        assertThat(withCode(validate(json), "rule.duplicate-id")).isEmpty();
    }
    @Test
    void the_first_place_of_each_of_thousands_of_ids_is_kept_in_streams_and_documents() {
        // 18,000 ids spread over every segment of the id table, then every ninth repeated in
        // reverse order: each duplicate names the line (stream) or the line and index (document;
        // its places are kept in a list of chunks of 16,384) of its first record.
        int n = 18_000;
        int repeated = n / 9;
        StringBuilder ndjson = new StringBuilder();
        StringBuilder json = new StringBuilder("{\"jisr\": \"1.0\", \"records\": [\n");
        for (int i = 0; i < n + repeated; i++) {
            int id = i < n ? i : n - 1 - 9 * (i - n);
            String record = "{\"type\": \"Organization\", \"id\": \"org-%d\", \"name\": {\"fr\": \"O\"}, \"kind\": \"ngo\"}"
                    .formatted(id);
            ndjson.append(record).append('\n');
            json.append(i == 0 ? "" : ",\n").append(record);
        }
        json.append("\n]}\n");

        Validator validator = Validator.builder().samplesPerCode(n).build();
        ValidationReport stream = validate(validator, ndjson.toString(), "test.ndjson");
        ValidationReport document = validate(validator, json.toString());

        List<Finding> inStream = withCode(stream, "rule.duplicate-id");
        List<Finding> inDocument = withCode(document, "rule.duplicate-id");
        assertThat(inStream).hasSize(repeated);
        assertThat(inDocument).hasSize(repeated);
        for (int k = 0; k < repeated; k++) {
            int id = n - 1 - 9 * k;
            assertThat(inStream.get(k).parameters()).isEqualTo(Map.of("id", "org-" + id,
                    "firstLine", String.valueOf(id + 1), "firstPointer", ""));
            assertThat(inDocument.get(k).parameters()).isEqualTo(Map.of("id", "org-" + id,
                    "firstLine", String.valueOf(id + 2), "firstPointer", "/records/" + id));
        }
    }
}
