package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jisr.model.Event;

/**
 * Dates are bound as {@link LocalDate#parse} reads them: the same day for every string of the
 * shape {@code yyyy-MM-dd}, and a failure for the same strings (February 30th, month 13, day 00).
 */
class DateBindingTest {

    private static final JisrJson JSON = JisrJson.create();

    @Property(tries = 2000)
    void a_date_binds_exactly_when_java_reads_it(@ForAll @IntRange(max = 9999) int year,
            @ForAll @IntRange(max = 14) int month, @ForAll @IntRange(max = 33) int day) {
        String date = "%04d-%02d-%02d".formatted(year, month, day);
        String json = """
                {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": {"start": "%s"}}""".formatted(date);

        LocalDate expected;
        try {
            expected = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> JSON.readRecord(json)).as(date).hasMessageContaining(date);
            return;
        }
        Event event = (Event) JSON.readRecord(json);
        assertThat(event.period().start()).as(date).isEqualTo(expected);
    }
}
