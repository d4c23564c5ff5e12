package org.jisr.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.validation.rules.Validation.position;
import static org.jisr.validation.rules.Validation.validate;
import static org.jisr.validation.rules.Validation.withCode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Dates relative to today are computed by the test, at least a year away from any bound, and
 * "today" in a finding may be the day before or after the test's own (a run across midnight).
 */
class PlausibleDatesRuleTest {

    private static final String EVENT = """
            {
              "jisr": "1.0",
              "records": [
                {"type": "Event", "id": "ev", "kind": "workshop", "title": {"fr": "Atelier"}, "status": "STATUS",
                 "period": {"start": "START", "end": "END"}},
                {"type": "Partnership", "id": "p", "kind": "twinning", "parties": ["a", "b"], "signed": "SIGNED"},
                {"type": "LocalAuthority", "id": "a", "name": {"fr": "A"}, "kind": "commune", "country": "FR"},
                {"type": "LocalAuthority", "id": "b", "name": {"fr": "B"}, "kind": "commune", "country": "TN"},
                {"type": "Organization", "id": "o", "name": {"fr": "O"}, "kind": "ngo", "founded": FOUNDED}
              ]
            }
            """;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String doc(String status, LocalDate start, LocalDate end, LocalDate signed, String founded) {
        return EVENT.replace("STATUS", status).replace("START", start.toString()).replace("END", end.toString())
                .replace("SIGNED", signed.toString()).replace("FOUNDED", founded);
    }

    private static void assertAt(Finding f, String code, String json, String pointer, String needle) {
        int[] pos = position(json, needle);
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.layer()).isEqualTo(Layer.RULE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location()).isEqualTo(Location.of(Validation.FILE, pointer, pos[0], pos[1]));
    }

    private static Set<String> todays() {
        return Set.of(TODAY.minusDays(1).toString(), TODAY.toString(), TODAY.plusDays(1).toString());
    }

    @Test
    void plausible_dates_give_no_finding() {
        String json = doc("held", LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 11), LocalDate.of(1958, 5, 1), "1850");

        ValidationReport report = validate(json);

        assertThat(report.findings()).noneMatch(f -> f.layer() == Layer.RULE);
    }

    @Test
    void a_date_before_1900_or_more_than_30_years_ahead_is_implausible() {
        LocalDate farAhead = TODAY.plusYears(31);
        String json = doc("scheduled", LocalDate.of(1824, 12, 9), farAhead, LocalDate.of(1899, 12, 31), "1975");

        List<Finding> found = withCode(validate(json), "rule.implausible-date");

        assertThat(found).hasSize(3);
        assertAt(found.get(0), "rule.implausible-date", json, "/records/0/period/start", "\"1824-12-09\"");
        assertThat(found.get(0).parameters()).containsEntry("date", "1824-12-09").containsEntry("earliest", "1900-01-01")
                .containsKey("latest");
        assertThat(LocalDate.parse(found.get(0).parameters().get("latest")))
                .isBetween(TODAY.minusDays(1).plusYears(30), TODAY.plusDays(1).plusYears(30));
        assertAt(found.get(1), "rule.implausible-date", json, "/records/0/period/end", "\"" + farAhead + "\"");
        assertAt(found.get(2), "rule.implausible-date", json, "/records/1/signed", "\"1899-12-31\"");
    }

    @Test
    void a_signature_or_a_founding_after_today_is_in_the_future() {
        LocalDate signed = TODAY.plusYears(2);
        int founded = TODAY.getYear() + 2;
        String json = doc("scheduled", TODAY.plusYears(1), TODAY.plusYears(1), signed, String.valueOf(founded));

        List<Finding> found = withCode(validate(json), "rule.date-in-future");

        assertThat(found).hasSize(2);
        assertAt(found.get(0), "rule.date-in-future", json, "/records/1/signed", "\"" + signed + "\"");
        assertThat(found.get(0).parameters()).containsEntry("date", signed.toString());
        assertThat(found.get(0).parameters().get("today")).isIn(todays());
        assertAt(found.get(1), "rule.date-in-future", json, "/records/4/founded", founded + "}");
        assertThat(found.get(1).parameters()).containsEntry("date", String.valueOf(founded));
    }

    @Test
    void an_event_held_in_the_future_contradicts_its_status() {
        LocalDate start = TODAY.plusYears(1);
        String json = doc("held", start, start.plusDays(2), LocalDate.of(2000, 1, 1), "1975");

        List<Finding> found = withCode(validate(json), "rule.status-date-mismatch");

        assertThat(found).hasSize(1);
        assertAt(found.get(0), "rule.status-date-mismatch", json, "/records/0/status", "\"held\"");
        assertThat(found.get(0).parameters()).containsEntry("status", "held").containsEntry("date", start.toString());
        assertThat(found.get(0).parameters().get("today")).isIn(todays());
    }

    @Test
    void an_event_still_scheduled_more_than_a_year_after_its_end_contradicts_its_status() {
        LocalDate end = TODAY.minusYears(2);
        String json = doc("scheduled", end.minusDays(2), end, LocalDate.of(2000, 1, 1), "1975");

        List<Finding> found = withCode(validate(json), "rule.status-date-mismatch");

        assertThat(found).hasSize(1);
        assertAt(found.get(0), "rule.status-date-mismatch", json, "/records/0/status", "\"scheduled\"");
        assertThat(found.get(0).parameters()).containsEntry("status", "scheduled").containsEntry("date", end.toString());
    }

    @Test
    void a_scheduled_event_that_ended_months_ago_or_a_held_event_of_the_past_is_plausible() {
        String recent = doc("scheduled", TODAY.minusMonths(3), TODAY.minusMonths(3), LocalDate.of(2000, 1, 1), "1975");
        String past = doc("held", TODAY.minusYears(3), TODAY.minusYears(3), LocalDate.of(2000, 1, 1), "1975");

        assertThat(withCode(validate(recent), "rule.status-date-mismatch")).isEmpty();
        assertThat(withCode(validate(past), "rule.status-date-mismatch")).isEmpty();
    }
}
