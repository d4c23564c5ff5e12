package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.Reference;
import org.jisr.model.Samples;
import org.jisr.model.Source;
import org.jisr.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** What {@link JisrJson} writes: the canonical form of docs/data-model.md, byte for byte. */
class CanonicalWriteTest {

    private final JisrJson json = JisrJson.create();

    // ---- round trip and determinism

    @Test
    void a_document_using_every_record_and_value_type_reads_back_equal() {
        ExchangeDocument doc = Samples.document();

        assertThat(json.readDocument(json.toJson(doc))).isEqualTo(doc);
    }

    @Test
    void writing_twice_gives_identical_bytes() {
        assertThat(json.toBytes(Samples.document())).isEqualTo(json.toBytes(Samples.document()));
    }

    @Test
    void rewriting_what_was_read_gives_identical_bytes() {
        byte[] first = json.toBytes(Samples.document());

        byte[] second = json.toBytes(json.readDocument(new String(first, StandardCharsets.UTF_8)));

        assertThat(second).isEqualTo(first);
    }

    // ---- bytes and layout

    @Test
    void output_is_utf8_without_bom_with_lf_line_ends_and_a_final_newline() {
        byte[] bytes = json.toBytes(Samples.document());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void lines_are_indented_by_two_spaces_and_members_spaced_after_the_colon() {
        String text = json.toJson(Samples.document());
        Pattern member = Pattern.compile("^\"[^\"]*\":");

        int previousIndent = 0;
        for (String line : text.split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            assertThat(indent % 2).as("indent of [%s]", line).isZero();
            assertThat(indent - previousIndent).as("indent step at [%s]", line).isLessThanOrEqualTo(2);
            assertThat(line).doesNotContain("\t").doesNotEndWith(" ");
            if (member.matcher(line.stripLeading()).find()) {
                assertThat(line.stripLeading()).as("member spacing").matches("^\"[^\"]*\": \\S.*");
            }
            previousIndent = indent;
        }
    }

    @Test
    void arabic_is_written_as_utf8_not_escaped() {
        String text = json.toJson(Samples.document());

        // Only control characters are escaped (the sample extension holds U+0001).
        assertThat(text).contains("\"ar\": \"بلدية سوسة\"").contains("\\u0001")
                .doesNotContainPattern("\\\\u(?!0001)");
        assertThat(json.toJsonLine(Samples.localAuthority())).contains("\"ar\":\"بلدية سوسة\"");
    }

    // ---- order

    /** The canonical text of one small record, written by hand from docs/data-model.md. */
    @Test
    void a_small_record_is_written_exactly_in_canonical_form() {
        Map<String, String> name = new LinkedHashMap<>();
        name.put("fr", "Commune de Sousse");
        name.put("ar", "بلدية سوسة");
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("b", new JsonValue.ArrayValue(List.of(new JsonValue.BooleanValue(true), JsonValue.NullValue.INSTANCE)));
        members.put("a", new JsonValue.NumberValue(BigDecimal.ONE));
        LocalAuthority sousse = LocalAuthority.builder("tn-sousse")
                .extensions(Extensions.of(Map.of("tn.sousse", JsonValue.ObjectValue.of(members))))
                .source(new Source(null, "https://example.org/sousse", null, null, LocalDate.of(2024, 12, 11), null, null))
                .identifier(Identifier.of(Identifier.TN_MUNICIPALITY, "TN-51-001"))
                .place(new Place(null, null, MultilingualText.of("fr", "Sousse"), null, null, new GeoPoint(35.8256, 10.6369)))
                .website("https://www.commune-sousse.gov.tn/")
                .parent(Reference.to("tn-gov-sousse"))
                .country("TN")
                .kind(AuthorityKind.COMMUNE)
                .name(MultilingualText.of(name))
                .build();

        assertThat(json.toJson(ExchangeDocument.of(List.of(sousse)))).isEqualTo("""
                {
                  "jisr": "1.0",
                  "records": [
                    {
                      "type": "LocalAuthority",
                      "id": "tn-sousse",
                      "name": {
                        "ar": "بلدية سوسة",
                        "fr": "Commune de Sousse"
                      },
                      "kind": "commune",
                      "country": "TN",
                      "parent": "tn-gov-sousse",
                      "website": "https://www.commune-sousse.gov.tn/",
                      "place": {
                        "locality": {
                          "fr": "Sousse"
                        },
                        "geo": {
                          "lat": 35.8256,
                          "lon": 10.6369
                        }
                      },
                      "identifiers": [
                        {
                          "scheme": "tn-municipality",
                          "value": "TN-51-001"
                        }
                      ],
                      "sources": [
                        {
                          "url": "https://example.org/sousse",
                          "accessed": "2024-12-11"
                        }
                      ],
                      "extensions": {
                        "tn.sousse": {
                          "a": 1,
                          "b": [
                            true,
                            null
                          ]
                        }
                      }
                    }
                  ]
                }
                """);
    }

    @Test
    void document_properties_follow_the_contract_order() {
        ExchangeDocument doc = new ExchangeDocument(Samples.metadata(), List.of(Samples.localAuthority()));

        assertThat(memberNames(json.toJson(doc), 1)).containsExactly(
                "jisr", "id", "created", "publisher", "language", "title", "description", "records", "extensions");
    }

    @Test
    void a_stream_header_has_type_and_version_first_then_the_metadata_in_contract_order() {
        String header = json.toNdjson(new ExchangeDocument(Samples.metadata(), List.of())).strip();

        assertThat(header).startsWith("{\"type\":\"Header\",\"jisr\":\"1.0\",\"id\":");
        assertThat(json.readStream(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8))).metadata())
                .isEqualTo(Samples.metadata());
    }

    @Test
    void record_properties_follow_the_contract_tables() {
        List<String> common = List.of("identifiers", "sources", "extensions");
        assertRecordOrder(Samples.localAuthority(), common,
                "type", "id", "name", "kind", "country", "parent", "website", "place");
        assertRecordOrder(Samples.organization(), common,
                "type", "id", "name", "acronym", "kind", "country", "parent", "founded", "description", "website", "place");
        assertRecordOrder(Samples.partnership(), common,
                "type", "id", "name", "kind", "status", "parties", "signed", "period", "themes", "supporters",
                "description", "documents", "funding");
        assertRecordOrder(Samples.project(), common,
                "type", "id", "title", "partnership", "status", "description", "goals", "themes", "period",
                "participants", "budget", "funding", "documents");
        assertRecordOrder(Samples.event(), common,
                "type", "id", "kind", "title", "description", "status", "period", "attendanceMode", "venue", "parent",
                "partnerships", "projects", "organizers", "participants", "themes", "outcomes", "documents");
    }

    @Test
    void value_type_properties_follow_the_contract_table() {
        String event = json.toJson(ExchangeDocument.of(List.of(Samples.event())));

        assertThat(memberNamesOf(event, "venue")).containsExactly("name", "address", "locality", "authority", "country", "geo");
        assertThat(memberNamesOf(event, "period")).containsExactly("start", "end", "timeZone");
        assertThat(memberNamesOf(event, "participants")).containsExactly("participant", "role", "attendance", "description");
        assertThat(memberNamesOf(event, "sources"))
                .containsExactly("title", "url", "publisher", "published", "accessed", "language", "license");
        assertThat(memberNamesOf(event, "documents")).containsExactly("title", "url", "kind", "language", "date");
        assertThat(memberNamesOf(event, "outcomes")).containsExactly("kind", "description");
        String project = json.toJson(ExchangeDocument.of(List.of(Samples.project())));
        assertThat(memberNamesOf(project, "budget")).containsExactly("amount", "currency");
        String partnership = json.toJson(ExchangeDocument.of(List.of(Samples.partnership())));
        assertThat(memberNamesOf(partnership, "funding"))
                .containsExactly("funder", "recipient", "amount", "date", "year", "purpose", "instrument");
        assertThat(memberNamesOf(partnership, "supporters")).containsExactly("organization", "role");
        assertThat(json.toJsonLine(Samples.project()))
                .contains("{\"group\":{\"name\":{\"ar\":\"جمعيات فرنسية\",\"en\":\"[en] Associations françaises\","
                        + "\"fr\":\"Associations françaises\"},\"actorKind\":\"association\",\"country\":\"FR\",\"size\":7},"
                        + "\"role\":\"participant\",\"attendance\":\"online\",");
    }

    @Test
    void multilingual_keys_and_extension_members_are_sorted() {
        String line = json.toJsonLine(Samples.event());

        assertThat(line).contains("\"title\":{\"ar\":\"ورشة عمل حول النفايات\",\"en\":\"[en] Atelier déchets\","
                + "\"fr\":\"Atelier déchets\"}");
        assertThat(line).contains("\"extensions\":{\"a-first\":{\"n\":10},\"tn.cfad\":{\"alpha\":-12.50,"
                + "\"big\":123456789012345678901234567890.000001,\"flag\":true,\"list\":[1,\"two\",[],{}],"
                + "\"nested\":{\"a\":\"A\",\"b\":\"B\"},\"nothing\":null,\"off\":false,\"zeta\":");
    }

    @Test
    void absent_values_and_empty_lists_are_left_out() {
        Project minimal = Project.builder("p").title(MultilingualText.of("fr", "P")).build();

        assertThat(json.toJsonLine(minimal)).isEqualTo("{\"type\":\"Project\",\"id\":\"p\",\"title\":{\"fr\":\"P\"}}");
        assertThat(json.toJson(ExchangeDocument.of(List.of())))
                .isEqualTo("{\n  \"jisr\": \"1.0\",\n  \"records\": []\n}\n");
    }

    // ---- money

    @Test
    void money_is_written_with_the_minor_units_of_its_currency() {
        assertThat(budgetOf(Money.of("12.5", "EUR"))).isEqualTo("{\"amount\":12.50,\"currency\":\"EUR\"}");
        assertThat(budgetOf(Money.of("15000", "TND"))).isEqualTo("{\"amount\":15000.000,\"currency\":\"TND\"}");
        assertThat(budgetOf(Money.of("1E+3", "EUR"))).isEqualTo("{\"amount\":1000.00,\"currency\":\"EUR\"}");
        assertThat(budgetOf(Money.of("2500", "JPY"))).isEqualTo("{\"amount\":2500,\"currency\":\"JPY\"}");
    }

    @Test
    void an_amount_with_too_many_decimals_is_kept_and_round_trips() {
        Money tooPrecise = Money.of("1.234", "EUR");

        assertThat(budgetOf(tooPrecise)).isEqualTo("{\"amount\":1.234,\"currency\":\"EUR\"}");
        Project read = (Project) json.readRecord(json.toJsonLine(withBudget(tooPrecise)));
        assertThat(read.budget()).isEqualTo(tooPrecise);
        assertThat(read.budget().amount()).isEqualByComparingTo("1.234").hasScaleOf(3);
    }

    @Test
    void an_amount_read_with_fewer_decimals_is_padded() {
        Project read = (Project) json.readRecord("""
                {"type": "Project", "id": "p", "title": {"fr": "P"}, "budget": {"amount": 1E+3, "currency": "TND"}}""");

        assertThat(read.budget()).isEqualTo(Money.of("1000.000", "TND"));
        assertThat(json.toJsonLine(read)).contains("{\"amount\":1000.000,\"currency\":\"TND\"}");
    }

    // ---- dates

    @Test
    void date_times_keep_their_offset_and_always_have_seconds() {
        OffsetDateTime nineInTunis = OffsetDateTime.of(2024, 12, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        Event event = eventAt(new TimeSpan(nineInTunis, nineInTunis.plusHours(3), null));

        String line = json.toJsonLine(event);

        assertThat(line).contains("\"period\":{\"start\":\"2024-12-10T09:00:00+01:00\",\"end\":\"2024-12-10T12:00:00+01:00\"}");
        Event read = (Event) json.readRecord(line);
        assertThat(read.period().start()).isEqualTo(nineInTunis);
        assertThat(((OffsetDateTime) read.period().start()).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void utc_is_written_as_z_and_z_stays_z() {
        String line = """
                {"type": "Event", "id": "e", "kind": "meeting", "title": {"fr": "R"},\
                 "period": {"start": "2024-12-10T08:00:00Z", "end": "2024-12-10T09:15:30Z"}}""";

        Event read = (Event) json.readRecord(line);

        assertThat(((OffsetDateTime) read.period().start()).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(json.toJsonLine(read))
                .contains("\"period\":{\"start\":\"2024-12-10T08:00:00Z\",\"end\":\"2024-12-10T09:15:30Z\"}");
        assertThat(json.toJsonLine(eventAt(new TimeSpan(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), null,
                null)))).contains("\"period\":{\"start\":\"2024-01-02T03:04:05Z\"}");
    }

    @Test
    void fractional_seconds_round_trip() {
        OffsetDateTime precise = OffsetDateTime.of(2024, 12, 10, 9, 0, 1, 123_456_789, ZoneOffset.ofHoursMinutes(-3, -30));
        OffsetDateTime half = OffsetDateTime.of(2024, 12, 10, 9, 0, 0, 500_000_000, ZoneOffset.ofHours(1));
        Event event = eventAt(new TimeSpan(precise, half, "America/St_Johns"));

        String line = json.toJsonLine(event);

        assertThat(line).contains("\"start\":\"2024-12-10T09:00:01.123456789-03:30\"",
                "\"end\":\"2024-12-10T09:00:00.5+01:00\"");
        assertThat(json.readRecord(line)).isEqualTo(event);
    }

    @Test
    void dates_are_written_as_iso_days() {
        Event event = eventAt(TimeSpan.ofDays(LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 11)).withTimeZone("Africa/Tunis"));

        assertThat(json.toJsonLine(event))
                .contains("\"period\":{\"start\":\"2024-12-09\",\"end\":\"2024-12-11\",\"timeZone\":\"Africa/Tunis\"}");
    }

    // ---- helpers

    private void assertRecordOrder(JisrRecord record, List<String> common, String... own) {
        List<String> expected = new ArrayList<>(List.of(own));
        expected.addAll(common);
        String text = json.toJson(new ExchangeDocument(DocumentMetadata.EMPTY, List.of(record)));
        assertThat(memberNames(text, 3)).as(record.type().jsonName()).containsExactlyElementsOf(expected);
    }

    /** The names of the members written at one depth of a pretty-printed text, in order. */
    private static List<String> memberNames(String text, int depth) {
        Matcher m = Pattern.compile("(?m)^" + "  ".repeat(depth) + "\"([^\"]+)\": ").matcher(text);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The member names of the first object under a property, or of the first element of its array. */
    private static List<String> memberNamesOf(String text, String property) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith("\"" + property + "\": ")) {
                boolean array = trimmed.endsWith("[");
                int memberIndent = indentOf(lines[i]) + (array ? 4 : 2);
                List<String> names = new ArrayList<>();
                for (int j = i + (array ? 2 : 1); j < lines.length && indentOf(lines[j]) >= memberIndent; j++) {
                    String member = lines[j].stripLeading();
                    if (indentOf(lines[j]) == memberIndent && member.startsWith("\"")) {
                        names.add(member.substring(1, member.indexOf('"', 1)));
                    }
                }
                return names;
            }
        }
        throw new AssertionError("no property " + property + " in " + text);
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    private String budgetOf(Money money) {
        String line = json.toJsonLine(withBudget(money));
        return line.substring(line.indexOf("\"budget\":") + "\"budget\":".length(), line.length() - 1);
    }

    private static Project withBudget(Money money) {
        return Project.builder("p").title(MultilingualText.of("fr", "P")).budget(money).build();
    }

    private static Event eventAt(TimeSpan period) {
        return Event.builder("e").kind(EventKind.MEETING).title(MultilingualText.of("fr", "Réunion")).period(period).build();
    }
}
