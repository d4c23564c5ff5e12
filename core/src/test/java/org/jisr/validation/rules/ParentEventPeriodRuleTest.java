package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.assertFinding;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParentEventPeriodRuleTest {

    /** A three-day visit in Tunis and a workshop on its second day; the child comes first. */
    private static final String VISIT = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "Event", "id": "workshop", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": CHILD, "parent": "visit"},
                {"type": "Event", "id": "visit", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "2024-12-09", "end": "2024-12-11", "timeZone": "Africa/Tunis"}}
              ]
            }
            """;

    private static String child(String period) {
        return VISIT.replace("CHILD", period);
    }

    @Test
    void a_child_event_after_its_parent_is_a_warning_on_its_period() {
        String json = child("{\"start\": \"2024-12-12\", \"timeZone\": \"Africa/Tunis\"}");

        List<Finding> found = withCode(validate(json), "rule.event-outside-parent");

        assertThat(found).hasSize(1);
        assertFinding(found.get(0), "rule.event-outside-parent", Severity.WARNING, json, "/records/0/period",
                "{\"start\": \"2024-12-12\"", Map.of("event", "workshop", "parent", "visit"));
    }

    @ParameterizedTest(name = "{0} lies within 9–11 December in Tunis: {1}")
    @CsvSource(delimiter = '|', value = {
        // whole days in the same zone
        "{\"start\": \"2024-12-10\", \"end\": \"2024-12-10\", \"timeZone\": \"Africa/Tunis\"} | true",
        "{\"start\": \"2024-12-09\", \"end\": \"2024-12-11\", \"timeZone\": \"Africa/Tunis\"} | true",
        "{\"start\": \"2024-12-08\", \"end\": \"2024-12-10\", \"timeZone\": \"Africa/Tunis\"} | false",
        "{\"start\": \"2024-12-10\", \"end\": \"2024-12-12\", \"timeZone\": \"Africa/Tunis\"} | false",
        // instants: 23:30 UTC on the 11th is 00:30 on the 12th in Tunis (UTC+1)
        "{\"start\": \"2024-12-11T21:00:00Z\", \"end\": \"2024-12-11T22:30:00Z\"} | true",
        "{\"start\": \"2024-12-11T21:00:00Z\", \"end\": \"2024-12-11T23:30:00Z\"} | false",
        "{\"start\": \"2024-12-08T23:30:00Z\", \"end\": \"2024-12-09T08:00:00Z\"} | true",
        "{\"start\": \"2024-12-08T22:30:00Z\", \"end\": \"2024-12-09T08:00:00Z\"} | false",
        // whole days in Paris: the same calendar days, also the same instants (both UTC+1 in December)
        "{\"start\": \"2024-12-11\", \"timeZone\": \"Europe/Paris\"} | true",
        // whole days in Tokyo: the 11th there starts at 16:00 on the 10th in Tunis and ends within the visit
        "{\"start\": \"2024-12-11\", \"end\": \"2024-12-11\", \"timeZone\": \"Asia/Tokyo\"} | true",
        // whole days in Los Angeles: the 11th there ends at 09:00 on the 12th in Tunis
        "{\"start\": \"2024-12-11\", \"end\": \"2024-12-11\", \"timeZone\": \"America/Los_Angeles\"} | false",
        // no zone: compared as days, so the 11th is within whatever the zones
        "{\"start\": \"2024-12-11\", \"end\": \"2024-12-11\"} | true",
        "{\"start\": \"2024-12-12\"} | false",
        // an open end of the child: only its start counts
        "{\"start\": \"2024-12-11T10:00:00+01:00\"} | true",
    })
    void periods_are_compared_as_instants_when_both_have_a_zone_and_as_days_otherwise(String period, boolean within) {
        ValidationReport report = validate(child(period));

        assertThat(withCode(report, "rule.event-outside-parent")).hasSize(within ? 0 : 1);
    }

    @Test
    void a_parent_in_whole_days_without_zone_is_compared_by_days() {
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Event", "id": "visit", "kind": "visit", "title": {"fr": "Visite"},
                     "period": {"start": "2024-12-09", "end": "2024-12-11"}},
                    {"type": "Event", "id": "dinner", "kind": "meeting", "title": {"fr": "Dîner"}, "parent": "visit",
                     "period": {"start": "2024-12-11T20:00:00+01:00", "end": "2024-12-12T00:00:00+01:00"}},
                    {"type": "Event", "id": "late", "kind": "meeting", "title": {"fr": "Réunion"}, "parent": "visit",
                     "period": {"start": "2024-12-11T23:00:00+01:00", "end": "2024-12-12T01:00:00+01:00"}}
                  ]
                }
                """;

        List<Finding> found = withCode(validate(json), "rule.event-outside-parent");

        assertThat(found).extracting(f -> f.parameters().get("event")).containsExactly("late");
    }

    @Test
    void an_open_parent_bounds_only_the_start() {
        String json = VISIT.replace("\"end\": \"2024-12-11\", ", "")
                .replace("CHILD", "{\"start\": \"2025-03-01\", \"timeZone\": \"Africa/Tunis\"}");

        assertThat(withCode(validate(json), "rule.event-outside-parent")).isEmpty();
    }

    @Test
    void a_loop_of_parents_is_one_error_on_the_parent_of_its_first_event() {
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Event", "id": "a", "kind": "visit", "title": {"fr": "A"},
                     "period": {"start": "2024-12-09"}, "parent": "b"},
                    {"type": "Event", "id": "b", "kind": "visit", "title": {"fr": "B"},
                     "period": {"start": "2024-12-01"}, "parent": "c"},
                    {"type": "Event", "id": "c", "kind": "visit", "title": {"fr": "C"},
                     "period": {"start": "2024-12-20"}, "parent": "a"},
                    {"type": "Event", "id": "d", "kind": "workshop", "title": {"fr": "D"},
                     "period": {"start": "2024-12-30"}, "parent": "d"},
                    {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "E"},
                     "period": {"start": "2024-12-09"}, "parent": "a"}
                  ]
                }
                """;

        ValidationReport report = validate(json);
        List<Finding> found = withCode(report, "rule.event-parent-cycle");

        assertThat(found).hasSize(2);
        assertFinding(found.get(0), "rule.event-parent-cycle", Severity.ERROR, json, "/records/0/parent", "\"b\"}",
                Map.of("event", "a", "cycle", "a → b → c → a"));
        assertFinding(found.get(1), "rule.event-parent-cycle", Severity.ERROR, json, "/records/3/parent", "\"d\"}",
                Map.of("event", "d", "cycle", "d → d"));
        // periods inside a loop are not compared; e, outside the loop, is within a
        assertThat(withCode(report, "rule.event-outside-parent")).isEmpty();
    }

    @Test
    void a_parent_that_is_not_an_event_is_left_to_the_references_rule() {
        String json = VISIT.replace("\"parent\": \"visit\"", "\"parent\": \"nowhere\"")
                .replace("CHILD", "{\"start\": \"2025-12-12\"}");

        ValidationReport report = validate(json);

        assertThat(withCode(report, "rule.event-outside-parent")).isEmpty();
        assertThat(withCode(report, "rule.event-parent-cycle")).isEmpty();
        assertThat(withCode(report, "rule.unresolved-reference")).hasSize(1);
    }

    @Test
    void parents_before_children_a_repeated_id_and_nanoseconds_are_compared_like_children_first() {
        // The rule keeps periods as seconds and nanoseconds: one nanosecond past the parent's
        // end is outside; the second event with the id "visit" is not the parent.
        String json = """
                {
                  "jisr": "1.0",
                  "records": [
                    {"type": "Event", "id": "visit", "kind": "visit", "title": {"fr": "Visite"},
                     "period": {"start": "2024-12-09T08:00:00Z", "end": "2024-12-11T18:00:00.000000001Z"}},
                    {"type": "Event", "id": "visit", "kind": "visit", "title": {"fr": "Visite bis"},
                     "period": {"start": "2024-01-01T08:00:00Z", "end": "2024-12-31T18:00:00Z"}},
                    {"type": "Event", "id": "late", "kind": "workshop", "title": {"fr": "Atelier"},
                     "period": {"start": "2024-12-11T17:00:00Z", "end": "2024-12-11T18:00:00.000000002Z"}, "parent": "visit"},
                    {"type": "Event", "id": "in-time", "kind": "workshop", "title": {"fr": "Atelier"},
                     "period": {"start": "2024-12-11T17:00:00Z", "end": "2024-12-11T18:00:00.000000001Z"}, "parent": "visit"},
                    {"type": "Event", "id": "early", "kind": "workshop", "title": {"fr": "Atelier"},
                     "period": {"start": "2024-12-09"}, "parent": "visit"}
                  ]
                }
                """;

        List<Finding> found = withCode(validate(json), "rule.event-outside-parent");

        assertThat(found).extracting(f -> f.location().pointer() + " " + f.parameters().get("event"))
                .containsExactly("/records/2/period late");
        assertThat(found.get(0).parameters()).isEqualTo(Map.of("event", "late", "parent", "visit"));
    }
    @Test
    void periods_are_kept_apart_across_thousands_of_events() {
        // The rule keeps periods in chunks of 4096 events: 10,000 events, the last 5,000 each the
        // part of one 5,000 earlier (another chunk), every seventh ending a nanosecond after its
        // parent (with 999,999,999 nanoseconds in the parent's end: the widest nanosecond field).
        StringBuilder json = new StringBuilder("{\"jisr\": \"1.0\", \"records\": [");
        int n = 10_000;
        int outside = 0;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",");
            int day = 1 + (i % 5_000) % 28;
            String date = "2024-03-%02d".formatted(day);
            if (i < 5_000) {
                json.append("{\"type\": \"Event\", \"id\": \"e%d\", \"kind\": \"visit\", \"title\": {\"fr\": \"V\"}, \"period\": {\"start\": \"%sT08:00:00.000000001Z\", \"end\": \"%sT18:00:00.999999999Z\"}}".formatted(i, date, date));
            } else {
                boolean late = i % 7 == 0;
                outside += late ? 1 : 0;
                String end = late ? "T18:00:01Z" : "T18:00:00.999999999Z";
                json.append("{\"type\": \"Event\", \"id\": \"e%d\", \"kind\": \"workshop\", \"title\": {\"fr\": \"A\"}, \"period\": {\"start\": \"%sT08:00:00.000000001Z\", \"end\": \"%s%s\"}, \"parent\": \"e%d\"}".formatted(i, date, date, end, i - 5_000));
            }
        }
        json.append("]}");

        ValidationReport report = validate(json.toString());

        assertThat(report.countsByCode()).containsEntry("rule.event-outside-parent", (long) outside);
        assertThat(withCode(report, "rule.event-outside-parent")).first()
                .satisfies(f -> assertThat(f.parameters()).isEqualTo(Map.of("event", "e5005", "parent", "e5")));
    }
}
