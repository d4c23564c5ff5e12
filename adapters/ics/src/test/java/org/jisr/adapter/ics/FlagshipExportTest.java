package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.model.TimeSpan;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.spi.RecordReader;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship workshop of 10 December 2024 and the working visit it was part of (9–11 December),
 * exported to iCalendar: the days and times are right, the file is what other calendar software
 * accepts (ical4j's own strict parser and validator say so), and it reads back as the same events.
 */
class FlagshipExportTest {

    private static final String[] RELAXED = {CompatibilityHints.KEY_RELAXED_PARSING,
        CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
        CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY};

    @Test
    void the_visit_is_three_whole_days_ending_on_the_12th_exclusive_and_the_workshop_one() {
        String ics = unfolded(text(Flagship.ics()));

        assertThat(vevent(ics, Flagship.VISIT)).contains(
                "\r\nDTSTART;VALUE=DATE:20241209\r\n",
                "\r\nDTEND;VALUE=DATE:20241212\r\n",
                "\r\nX-JISR-TIME-ZONE:Africa/Tunis\r\n",
                "\r\nSTATUS:CONFIRMED\r\nX-JISR-STATUS:held\r\n",
                "\r\nX-JISR-KIND:visit\r\n");
        assertThat(vevent(ics, Flagship.WORKSHOP)).contains(
                "\r\nDTSTART;VALUE=DATE:20241210\r\n",
                "\r\nDTEND;VALUE=DATE:20241211\r\n",
                "\r\nRELATED-TO;RELTYPE=PARENT:" + Flagship.VISIT + "\r\n",
                "\r\nX-JISR-ATTENDANCE-MODE:hybrid\r\n",
                "\r\nCATEGORIES:decentralized-cooperation,institutional-capacity,exchange-of-expertise,",
                "\r\nSUMMARY;LANGUAGE=ar:تنظيم ورشة عمل",
                "\r\nX-JISR-TITLE;LANGUAGE=fr:Organisation d'un atelier",
                "\r\nLOCATION;LANGUAGE=ar:مقر مركز التكوين");
    }

    @Test
    void reads_back_as_the_same_events() {
        assertThat(read(Flagship.ics())).containsExactlyElementsOf(Flagship.events());
    }

    @Test
    void times_in_tunis_are_written_in_its_zone_with_a_vtimezone_and_other_software_reads_the_same_instant()
            throws Exception {
        // Illustrative times: the flagship gives the workshop's day, not its hours.
        Event workshop = withTimes(Flagship.WORKSHOP, "2024-12-10T09:00+01:00", "2024-12-10T13:00+01:00",
                "Africa/Tunis");
        byte[] bytes = Flagship.write(List.of(workshop), Flagship.document()).bytes();
        String ics = text(bytes);

        assertThat(vevent(ics, Flagship.WORKSHOP)).contains(
                "\r\nDTSTART;TZID=Africa/Tunis:20241210T090000\r\n",
                "\r\nDTEND;TZID=Africa/Tunis:20241210T130000\r\n").doesNotContain("X-JISR-VALUE");
        String vtimezone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
        // Tunisia last left daylight saving time on 26 October 2008: UTC+1 since.
        assertThat(vtimezone).contains("TZID:Africa/Tunis\r\n", "BEGIN:STANDARD\r\nDTSTART:20081026T030000\r\n",
                "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n").doesNotContain("DAYLIGHT");

        VEvent parsed = ical4j(bytes).<VEvent>getComponents("VEVENT").get(0);
        assertThat(instant(parsed.getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2024-12-10T08:00:00Z"));
        assertThat(instant(parsed.getDateTimeEnd().getDate()))
                .isEqualTo(Instant.parse("2024-12-10T12:00:00Z"));
        assertThat(read(bytes)).containsExactly(workshop);
    }

    @Test
    void paris_summer_and_winter_times_get_both_observances_and_keep_their_offsets() throws Exception {
        // Illustrative events on either side of the 2024 change of time in Paris.
        Event summer = withTimes("event-summer", "2024-07-01T10:00+02:00", "2024-07-01T12:00+02:00", "Europe/Paris");
        Event winter = withTimes("event-winter", "2024-12-02T10:00+01:00", "2024-12-02T12:00+01:00", "Europe/Paris");
        byte[] bytes = Flagship.write(List.of(summer, winter), Flagship.document()).bytes();
        String ics = text(bytes);

        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20240701T100000\r\n",
                "DTSTART;TZID=Europe/Paris:20241202T100000\r\n",
                // Paris follows the EU rule since 1996: written as yearly rules, from the year before.
                "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                        + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n",
                "BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                        + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n");
        List<VEvent> parsed = ical4j(bytes).getComponents("VEVENT");
        assertThat(instant(parsed.get(0).getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
        assertThat(instant(parsed.get(1).getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2024-12-02T09:00:00Z"));
        assertThat(read(bytes)).containsExactly(summer, winter);
    }

    @Test
    void the_export_validates_with_ical4j_in_strict_mode() throws Exception {
        for (String hint : RELAXED) {
            assertThat(CompatibilityHints.isHintEnabled(hint)).as("ical4j hint %s is off (strict)", hint).isFalse();
        }
        Event timed = withTimes("event-timed", "2024-12-10T09:00+01:00", "2024-12-10T13:00+01:00", "Africa/Tunis");
        List<JisrRecord> records = new ArrayList<>(Flagship.document().records());
        records.add(timed);
        byte[] bytes = Flagship.write(records, Flagship.document()).bytes();

        Calendar calendar = ical4j(bytes);
        ValidationResult result = calendar.validate(true);

        assertThat(result.getEntries()).as("ical4j's validation of the export").isEmpty();
        assertThat(calendar.getComponents("VEVENT")).hasSize(3);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void lines_are_crlf_folded_at_75_octets_without_splitting_a_character() throws Exception {
        byte[] bytes = Flagship.ics();
        String ics = text(bytes);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Jisr//").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        int folded = 0;
        for (byte[] line : physicalLines(bytes)) {
            assertThat(line.length).as("octets of a line").isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(line));
            folded += line.length > 0 && line[0] == ' ' ? 1 : 0;
        }
        assertThat(folded).as("continuation lines: the Arabic descriptions are long").isGreaterThan(20);
        // Escaped TEXT: the commas of the English title are escaped, the colon is not.
        assertThat(ics).contains("X-JISR-TITLE;LANGUAGE=en:Workshop on decentralized cooperation between Tuni\r\n"
                + " sian municipalities and their French counterparts\\, Tunis\\, 10 December 20\r\n 24\r\n");
    }

    @Test
    void a_conversion_writes_the_two_events_and_reports_every_other_record_lost(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("workshop-2024-12-10.json");
        try (var in = getClass().getResourceAsStream("/flagship/workshop-2024-12-10.json")) {
            Files.copy(in, json);
        }
        Path ics = dir.resolve("workshop.ics");
        Jisr jisr = Jisr.builder().build();

        ConversionReport report = jisr.convert(json, null, ics, null, false);

        assertThat(report.to()).isEqualTo(IcsAdapter.ID);
        assertThat(report.written()).isTrue();
        assertThat(report.recordsRead()).isEqualTo(18);
        assertThat(report.recordsWritten()).isEqualTo(2);
        assertThat(report.losses()).hasSize(16).allSatisfy(loss -> {
            assertThat(loss.pointer()).isEmpty();
            assertThat(loss.recordType()).isNotEqualTo(RecordType.EVENT);
        });
        assertThat(read(Files.readAllBytes(ics))).containsExactlyElementsOf(Flagship.events());
    }

    // ---- helpers

    static Event withTimes(String id, String start, String end, String zone) {
        Event workshop = Flagship.events().get(1);
        return workshop.toBuilder().id(id)
                .period(new TimeSpan(OffsetDateTime.parse(start), OffsetDateTime.parse(end), zone)).build();
    }

    static List<Event> read(byte[] bytes) {
        RecordingContext context = new RecordingContext();
        List<Event> events = new ArrayList<>();
        try (RecordReader reader = new IcsAdapter().openReader(RecordingInput.of("flagship.ics", bytes), context)) {
            Optional<JisrRecord> next;
            while ((next = reader.next()).isPresent()) {
                events.add((Event) next.get());
            }
        }
        assertThat(context.findings()).as("findings reading an export").isEmpty();
        return events;
    }

    static Calendar ical4j(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static Instant instant(Temporal t) {
        return t instanceof OffsetDateTime o ? o.toInstant() : Instant.from(t);
    }

    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8", e);
        }
    }

    /** The text with its folds undone. */
    static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    /** The unfolded-or-not text of the VEVENT with a UID, from BEGIN to END. */
    static String vevent(String ics, String uid) {
        int at = ics.indexOf("\r\nUID:" + uid + "\r\n");
        assertThat(at).as("VEVENT " + uid).isPositive();
        int begin = ics.lastIndexOf("BEGIN:VEVENT", at);
        return ics.substring(begin, ics.indexOf("END:VEVENT", at) + "END:VEVENT\r\n".length());
    }

    /** The physical lines of the bytes, without their CR LF. */
    static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            }
        }
        assertThat(start).as("the output ends with CR LF").isEqualTo(bytes.length);
        return lines;
    }
}
