package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jisr.model.ExchangeDocument;
import org.junit.jupiter.api.Test;

/**
 * Reading refuses what is not a well-formed exchange, saying what and where. Expected positions
 * are those of a token in the input, found by {@link #at}; most inputs are ASCII, so that columns
 * in bytes and in characters agree.
 */
class StrictReadTest {

    private final JisrJson json = JisrJson.create();

    /** One record with every required part, to embed in documents. */
    private static final String AUTHORITY = """
            {"type": "LocalAuthority", "id": "tn-sousse", "name": {"fr": "Sousse"}, "kind": "commune", "country": "TN"}""";

    @Test
    void a_valid_document_is_read() {
        ExchangeDocument doc = json.readDocument(document(AUTHORITY));

        assertThat(doc.records()).hasSize(1);
        assertThat(doc.records().get(0).id()).isEqualTo("tn-sousse");
    }

    // ---- JSON level

    @Test
    void duplicate_keys_are_refused() {
        String input = """
                {
                  "jisr": "1.0",
                  "jisr": "1.0",
                  "records": []
                }
                """;

        // Jackson notices the duplicate once it has read the name: the position just after it.
        assertInvalid(input, "malformed JSON: Duplicate Object property \"jisr\"", "/jisr", after(input, "\"jisr\"", 2));
    }

    @Test
    void duplicate_keys_are_refused_inside_extensions() {
        String input = """
                {"jisr": "1.0", "records": [],
                 "extensions": {"fr.paris.erp": {"dossier": "2024-117", "dossier": "2024-118"}}}""";

        assertInvalid(input, "malformed JSON: Duplicate Object property \"dossier\"", "/extensions/fr.paris.erp/dossier",
                after(input, "\"dossier\"", 2));
    }

    @Test
    void duplicate_language_tags_are_refused() {
        String input = document("""
                {"type": "LocalAuthority", "id": "a", "name": {"fr": "A", "fr": "B"}, "kind": "commune", "country": "FR"}""");

        assertInvalid(input, "malformed JSON: Duplicate Object property \"fr\"", "/records/0/name/fr",
                after(input, "\"fr\"", 2));
    }

    @Test
    void trailing_content_after_the_document_is_refused() {
        String input = "{\"jisr\": \"1.0\", \"records\": []}\n{}\n";

        assertInvalid(input, "unexpected content after the end of the JSON value", "", at(input, "{}"));
    }

    @Test
    void trailing_garbage_after_the_document_is_refused() {
        String input = "{\"jisr\": \"1.0\", \"records\": []} x";

        InvalidJsonException e = invalid(input);

        assertThat(e.reason()).startsWith("malformed JSON: Unrecognized token 'x'");
        assertThat(e.pointer()).isEmpty();
        assertThat(new int[] {e.line(), e.column()}).containsExactly(at(input, "x"));
    }

    @Test
    void truncated_json_is_refused() {
        String input = "{\"jisr\": \"1.0\", \"records\": [";

        InvalidJsonException e = invalid(input);

        assertThat(e.reason()).startsWith("malformed JSON: Unexpected end-of-input: expected close marker for Array");
        assertThat(e.pointer()).isEqualTo("/records");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(1, input.length() + 1);
    }

    @Test
    void empty_input_is_refused() {
        assertInvalid("", "unexpected end of input", "", new int[] {1, 1});
        assertInvalid("  \n  ", "unexpected end of input", "", new int[] {2, 3});
    }

    @Test
    void a_document_that_is_not_an_object_is_refused() {
        assertInvalid("[]", "expected an exchange document (a JSON object), found an array", "", new int[] {1, 1});
    }

    @Test
    void unpaired_surrogate_escapes_are_refused() {
        String high = document(AUTHORITY.replace("\"Sousse\"", "\"Sou\\ud800sse\""));
        String low = document(AUTHORITY.replace("\"Sousse\"", "\"\\udc00\""));

        assertInvalid(high, "unpaired surrogate U+D800 in a string", "/records/0/name/fr", at(high, "\"Sou\\ud800sse\""));
        assertInvalid(low, "unpaired surrogate U+DC00 in a string", "/records/0/name/fr", at(low, "\"\\udc00\""));
    }

    @Test
    void a_surrogate_pair_escape_is_accepted() {
        ExchangeDocument doc = json.readDocument(document(AUTHORITY.replace("\"Sousse\"", "\"\\ud83c\\udf09\"")));

        assertThat(json.toJson(doc)).contains("\"fr\": \"\uD83C\uDF09\"");
    }

    @Test
    void unpaired_surrogates_are_refused_in_extension_strings() {
        String input = "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x\": {\"a\": \"\\ud800\"}}}";

        assertInvalid(input, "unpaired surrogate U+D800 in a string", "/extensions/x/a", at(input, "\"\\ud800\""));
    }

    @Test
    void unpaired_surrogates_are_refused_in_member_names() {
        String high = "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x\": {\"\\udbff\": 1}}}";
        String low = document(AUTHORITY.replace("{\"fr\": \"Sousse\"}", "{\"\\udc00\": \"Sousse\"}"));

        // Jackson refuses these itself, at the character after the unpaired escape.
        assertInvalid(high, "malformed JSON: Broken surrogate pair in property name: expected '\\' to start low surrogate, "
                + "got 0x22", "/extensions/x", after(high, "\"\\udbff", 1));
        assertInvalid(low, "malformed JSON: Unexpected low surrogate in property name (DC00) without preceding high "
                + "surrogate", "/records/0/name", after(low, "\"\\udc00", 1));
    }

    // ---- Jisr level

    @Test
    void an_unknown_property_is_refused() {
        String input = document(AUTHORITY.replace("\"country\": \"TN\"", "\"country\": \"TN\", \"population\": 271428"));

        assertInvalid(input, "unknown property \"population\" (data the model does not know belongs in \"extensions\")",
                "/records/0/population", at(input, "271428"));
    }

    @Test
    void an_unknown_property_of_a_value_type_is_refused() {
        String input = document(AUTHORITY.replace("\"country\": \"TN\"",
                "\"country\": \"TN\", \"place\": {\"geo\": {\"lat\": 35.8, \"lon\": 10.6, \"alt\": 3}}"));

        assertInvalid(input, "unknown property \"alt\" (data the model does not know belongs in \"extensions\")",
                "/records/0/place/geo/alt", at(input, "3}"));
    }

    @Test
    void null_is_refused() {
        String input = document(AUTHORITY.replace("\"country\": \"TN\"", "\"country\": \"TN\", \"website\": null"));

        assertInvalid(input, "expected a string, found null (leave optional properties out instead)",
                "/records/0/website", at(input, "null"));
    }

    @Test
    void null_is_refused_for_an_object() {
        String input = "{\"jisr\": \"1.0\", \"title\": null, \"records\": []}";

        assertInvalid(input, "expected a multilingual text (an object of language tag to text), "
                + "found null (leave optional properties out instead)", "/title", at(input, "null"));
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        String number = document(AUTHORITY.replace("\"commune\"", "3"));
        String object = "{\"jisr\": \"1.0\", \"records\": {}}";
        String string = document(AUTHORITY.replace("{\"fr\": \"Sousse\"}", "\"Sousse\""));

        assertInvalid(number, "expected a string, found a number", "/records/0/kind", at(number, "3"));
        assertInvalid(object, "expected an array, found an object", "/records", at(object, "{}"));
        assertInvalid(string, "expected a multilingual text (an object of language tag to text), found a string",
                "/records/0/name", at(string, "\"Sousse\""));
    }

    @Test
    void a_missing_required_property_is_refused_at_its_object() {
        String input = """
                {"jisr": "1.0", "records": [
                  {"type": "LocalAuthority", "id": "a", "name": {"fr": "A"}, "kind": "commune"}
                ]}""";

        assertInvalid(input, "missing required property \"country\"", "/records/0", at(input, "{\"type\""));
    }

    @Test
    void a_missing_required_property_of_a_value_type_is_refused() {
        String input = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"}, "budget": {"amount": 12}}""");

        assertInvalid(input, "missing required property \"currency\"", "/records/0/budget", at(input, "{\"amount\""));
    }

    @Test
    void a_missing_records_array_is_refused() {
        assertInvalid("{\"jisr\": \"1.0\"}", "missing required property \"records\"", "", new int[] {1, 1});
    }

    @Test
    void an_unknown_code_is_refused() {
        String input = document(AUTHORITY.replace("\"commune\"", "\"village\""));

        assertInvalid(input, "unknown code \"village\"", "/records/0/kind", at(input, "\"village\""));
    }

    @Test
    void codes_are_case_sensitive() {
        String input = document(AUTHORITY.replace("\"commune\"", "\"Commune\""));

        assertInvalid(input, "unknown code \"Commune\"", "/records/0/kind", at(input, "\"Commune\""));
    }

    @Test
    void an_unknown_record_type_is_refused() {
        String input = """
                {"jisr": "1.0", "records": [
                  {"type": "Municipality", "id": "a"}
                ]}""";

        assertInvalid(input, "unknown record type \"Municipality\"", "/records/0/type", at(input, "\"Municipality\""));
    }

    @Test
    void a_header_inside_a_document_is_refused() {
        String input = "{\"jisr\": \"1.0\", \"records\": [{\"type\": \"Header\", \"jisr\": \"1.0\"}]}";

        assertInvalid(input, "a Header may only be the first line of a record stream", "/records/0/type",
                at(input, "\"Header\""));
    }

    @Test
    void a_record_must_start_with_its_type() {
        String input = document("{\"id\": \"a\", \"type\": \"LocalAuthority\"}");

        assertInvalid(input, "a record must begin with its \"type\" property", "/records/0", at(input, "{\"id\""));
    }

    @Test
    void another_format_version_is_refused() {
        String input = """
                {
                  "jisr": "2.0",
                  "records": []
                }""";

        assertInvalid(input, "unsupported format version \"2.0\" (this Jisr reads 1.0)", "/jisr", at(input, "\"2.0\""));
    }

    @Test
    void the_format_version_is_a_string() {
        String input = "{\"jisr\": 1.0, \"records\": []}";

        assertInvalid(input, "expected a string, found a number", "/jisr", at(input, "1.0"));
    }

    @Test
    void a_document_without_jisr_is_refused() {
        assertInvalid("{\"records\": []}", "missing required property \"jisr\"", "", new int[] {1, 1});
    }

    // ---- dates

    @Test
    void an_impossible_date_is_refused() {
        String input = document("""
                {"type": "Partnership", "id": "p", "kind": "twinning", "parties": ["a", "b"], "signed": "2024-13-45"}""");

        assertInvalid(input, "not a valid date: \"2024-13-45\"", "/records/0/signed", at(input, "\"2024-13-45\""));
    }

    @Test
    void a_date_in_another_format_is_refused() {
        String input = document("""
                {"type": "Partnership", "id": "p", "kind": "twinning", "parties": ["a", "b"], "signed": "02/05/2023"}""");

        assertInvalid(input, "expected a date (yyyy-MM-dd), found \"02/05/2023\"", "/records/0/signed",
                at(input, "\"02/05/2023\""));
    }

    @Test
    void a_date_time_without_offset_is_refused() {
        String created = "{\"jisr\": \"1.0\", \"created\": \"2024-12-10T09:00:00\", \"records\": []}";
        String start = document(event("{\"start\": \"2024-12-10T09:00:00\"}"));

        assertInvalid(created, "expected a date-time with an offset (RFC 3339), found \"2024-12-10T09:00:00\"", "/created",
                at(created, "\"2024-12-10T09:00:00\""));
        assertInvalid(start, "expected a date-time with an offset (RFC 3339), found \"2024-12-10T09:00:00\"",
                "/records/0/period/start", at(start, "\"2024-12-10T09:00:00\""));
    }

    @Test
    void a_date_time_without_seconds_is_refused() {
        String input = document(event("{\"start\": \"2024-12-10T09:00+01:00\"}"));

        assertInvalid(input, "expected a date-time with an offset (RFC 3339), found \"2024-12-10T09:00+01:00\"",
                "/records/0/period/start", at(input, "\"2024-12-10T09:00+01:00\""));
    }

    @Test
    void a_period_mixing_a_date_and_a_date_time_is_refused() {
        String input = document(event("{\"start\": \"2024-12-09\", \"end\": \"2024-12-11T18:00:00+01:00\"}"));

        assertInvalid(input, "start and end must both be dates or both be date-times", "/records/0/period",
                at(input, "{\"start\""));
    }

    @Test
    void a_period_without_start_is_refused() {
        String input = document(event("{\"end\": \"2024-12-11\"}"));

        assertInvalid(input, "missing required property \"start\"", "/records/0/period", at(input, "{\"end\""));
    }

    // ---- numbers

    @Test
    void a_year_out_of_range_is_refused() {
        String input = document("""
                {"type": "Organization", "id": "o", "name": {"fr": "O"}, "kind": "ngo", "founded": 999}""");

        assertInvalid(input, "year out of range: 999", "/records/0/founded", at(input, "999"));
    }

    @Test
    void a_negative_amount_is_refused_at_its_object() {
        String input = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"}, "budget": {"amount": -1, "currency": "EUR"}}""");

        assertInvalid(input, "amount must not be negative: -1", "/records/0/budget", at(input, "{\"amount\""));
    }

    @Test
    void coordinates_out_of_range_are_refused() {
        String input = document(AUTHORITY.replace("\"country\": \"TN\"",
                "\"country\": \"TN\", \"place\": {\"geo\": {\"lat\": 95, \"lon\": 10}}"));

        assertInvalid(input, "latitude out of range: 95.0", "/records/0/place/geo", at(input, "{\"lat\""));
    }

    @Test
    void numbers_too_long_to_write_back_are_refused() {
        String amount = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"}, "budget": {"amount": 1E+999999999, "currency": "EUR"}}""");
        String extension = "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x\": {\"n\": 1E+2147483647}}}";
        String tiny = "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x\": {\"n\": 1E-99999999}}}";

        String reason = "number out of range: written in plain notation it would be longer than 1000 characters";
        assertInvalid(amount, reason, "/records/0/budget/amount", at(amount, "1E+999999999"));
        assertInvalid(extension, reason, "/extensions/x/n", at(extension, "1E+2147483647"));
        assertInvalid(tiny, reason, "/extensions/x/n", at(tiny, "1E-99999999"));
    }

    @Test
    void numbers_with_an_exponent_are_read_in_plain_notation() {
        String input = "{\"jisr\": \"1.0\", \"records\": [], \"extensions\": {\"x\": {\"big\": 1E+3, \"small\": 25E-3}}}";

        assertThat(json.toJson(json.readDocument(input))).contains("\"big\": 1000,", "\"small\": 0.025\n");
    }

    // ---- helpers

    private static String document(String record) {
        return "{\"jisr\": \"1.0\", \"records\": [" + record + "]}";
    }

    private static String event(String period) {
        return "{\"type\": \"Event\", \"id\": \"e\", \"kind\": \"workshop\", \"title\": {\"fr\": \"Atelier\"}, \"period\": "
                + period + "}";
    }

    private InvalidJsonException invalid(String input) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> json.readDocument(input));
        assertThat(e).as("reading %s", input).isNotNull();
        // The bytes path and the String path agree.
        InvalidJsonException fromBytes = catchThrowableOfType(InvalidJsonException.class,
                () -> json.readDocument(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        assertThat(fromBytes).isNotNull();
        assertThat(fromBytes.getMessage()).isEqualTo(e.getMessage());
        return e;
    }

    private void assertInvalid(String input, String reason, String pointer, int[] lineAndColumn) {
        InvalidJsonException e = invalid(input);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(new int[] {e.line(), e.column()}).as("line and column").containsExactly(lineAndColumn);
        assertThat(e.getMessage()).isEqualTo(reason + " at " + (pointer.isEmpty() ? "/" : pointer) + " (line "
                + lineAndColumn[0] + ", column " + lineAndColumn[1] + ")");
    }

    /** The 1-based line and column of the only occurrence of a token in the input. */
    static int[] at(String input, String token) {
        int index = input.indexOf(token);
        assertThat(index).as("%s in the input", token).isNotNegative();
        assertThat(input.indexOf(token, index + 1)).as("%s only once in the input", token).isNegative();
        return position(input, index);
    }

    /** The 1-based line and column just after the n-th occurrence of a token in the input. */
    static int[] after(String input, String token, int occurrence) {
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = input.indexOf(token, index + 1);
            assertThat(index).as("occurrence %d of %s", i + 1, token).isNotNegative();
        }
        return position(input, index + token.length());
    }

    private static int[] position(String input, int index) {
        int lineStart = input.lastIndexOf('\n', index - 1) + 1;
        int line = (int) input.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, index - lineStart + 1};
    }
}
