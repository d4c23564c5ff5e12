package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.AuthorityKind;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingInput;
import org.jisr.testkit.tck.RecordingOutput;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

/** What the reader and the writer do with the cases a calendar file meets, one by one. */
class ReaderWriterTest {

    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n";
    private static final String TAIL = "END:VCALENDAR\r\n";

    /** What one reading gave. */
    private record Read(List<Event> events, List<Finding> findings, RecordingInput input) {
        List<String> codes() {
            return findings.stream().map(Finding::code).toList();
        }

        Finding finding(String code) {
            return findings.stream().filter(f -> f.code().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + code + " in " + findings));
        }
    }

    @Test
    void a_floating_time_is_read_in_the_calendars_zone_or_else_as_utc_with_a_warning() {
        String event = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20241210T090000\r\nSUMMARY:Atelier\r\nEND:VEVENT\r\n";

        Read zoned = read(HEAD + "X-WR-TIMEZONE:Africa/Tunis\r\n" + event + TAIL);
        assertThat(zoned.events().get(0).period()).isEqualTo(
                new TimeSpan(OffsetDateTime.parse("2024-12-10T09:00+01:00"), null, "Africa/Tunis"));
        assertThat(zoned.findings()).isEmpty();

        Read floating = read(HEAD + event + TAIL);
        assertThat(floating.events().get(0).period().start()).isEqualTo(OffsetDateTime.parse("2024-12-10T09:00Z"));
        assertThat(floating.finding("adapter.ics-floating-time").location().line()).isEqualTo(6);
    }

    @Test
    void a_time_zone_the_file_does_not_define_is_an_error_located_at_its_property() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nDTSTART;TZID=Mars/Olympus:20241210T090000\r\n"
                + "END:VEVENT\r\n" + TAIL);

        Finding f = read.finding("adapter.ics-unknown-time-zone");
        assertThat(f.parameters()).isEqualTo(Map.of("property", "DTSTART", "tzid", "Mars/Olympus"));
        assertThat(f.location().line()).isEqualTo(7);
    }

    @Test
    void a_bom_lf_line_ends_and_a_character_split_by_a_fold_are_read() {
        byte[] head = "\uFEFFBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20241210\n"
                .getBytes(StandardCharsets.UTF_8);
        // "SUMMARY:Réunion", its é (C3 A9) split between two physical lines.
        byte[] summary = {'S', 'U', 'M', 'M', 'A', 'R', 'Y', ':', 'R', (byte) 0xC3, '\n', ' ', (byte) 0xA9, 'u', 'n', 'i',
            'o', 'n', '\n'};
        byte[] tail = "END:VEVENT\nEND:VCALENDAR\n".getBytes(StandardCharsets.UTF_8);

        Read read = read(concat(head, summary, tail));

        assertThat(read.events()).singleElement().satisfies(e -> assertThat(e.title())
                .isEqualTo(MultilingualText.of("und", "Réunion")));
        assertThat(read.codes()).containsExactly("adapter.ics-byte-order-mark", "adapter.ics-bare-line-feed");
    }

    @Test
    void a_line_that_is_not_utf8_is_reported_where_the_bad_byte_is_and_the_rest_read() {
        byte[] bad = "SUMMARY;LANGUAGE=fr:Caf\u00e9\r\nDESCRIPTION:".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat((HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20241210\r\n")
                .getBytes(StandardCharsets.UTF_8), bad, new byte[] {'a', 'b', (byte) 0xFF, 'c', '\r', '\n'},
                ("END:VEVENT\r\n" + TAIL).getBytes(StandardCharsets.UTF_8));

        Read read = read(bytes);

        assertThat(read.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo(MultilingualText.of("fr", "Café"));
            assertThat(e.description()).isNull();
        });
        Location at = read.finding("adapter.ics-not-utf8").location();
        assertThat(at.line()).isEqualTo(8);
        assertThat(at.column()).isEqualTo(15);
    }

    @Test
    void a_text_in_a_language_already_given_is_reported_and_not_read() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20241210\r\nSUMMARY;LANGUAGE=fr:Un\r\n"
                + "X-JISR-TITLE;LANGUAGE=fr:Deux\r\nX-JISR-TITLE;LANGUAGE=AR-tn:ورشة\r\nEND:VEVENT\r\n" + TAIL);

        assertThat(read.events().get(0).title()).isEqualTo(MultilingualText.of("fr", "Un", "ar-TN", "ورشة"));
        assertThat(read.finding("adapter.ics-duplicate-language").parameters())
                .isEqualTo(Map.of("property", "X-JISR-TITLE", "language", "fr"));
    }

    @Test
    void an_event_without_summary_or_start_is_skipped_and_the_next_one_read() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20241210\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:y\r\nDTSTART;VALUE=DATE:20241211\r\nEND:VEVENT\r\n" + TAIL);

        assertThat(read.events()).extracting(Event::id).containsExactly("c");
        assertThat(read.finding("adapter.ics-no-title").location().line()).isEqualTo(4);
        assertThat(read.finding("adapter.ics-no-start").location().line()).isEqualTo(8);
    }

    @Test
    void structure_problems_are_located_and_reading_goes_on() {
        Read read = read(HEAD + "END:VTODO\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20241210\r\n"
                + "BEGIN:VALARM\r\nEND:VEVENT\r\n" + "NOT A LINE\r\n\r\n" + TAIL);

        assertThat(read.finding("adapter.ics-unexpected-end").location().line()).isEqualTo(4);
        assertThat(read.finding("adapter.ics-unterminated-component").parameters()).containsEntry("component",
                "VALARM");
        assertThat(read.finding("adapter.ics-malformed-line").location().line()).isEqualTo(11);
        assertThat(read.finding("adapter.ics-blank-line").location().line()).isEqualTo(12);
        assertThat(read.events()).extracting(Event::id).containsExactly("a");
        assertThat(read(("hello\r\n").getBytes(StandardCharsets.UTF_8)).codes()).contains("adapter.ics-no-calendar");
    }

    @Test
    void what_a_record_does_not_carry_is_reported_as_not_read_and_where() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nDTSTART:20241210T080000Z\r\nTRANSP:OPAQUE\r\n"
                + "ATTENDEE;CN=Leïla;ROLE=CHAIR:mailto:leila@example.org\r\nCATEGORIES:decentralized-cooperation,BUSINESS\r\n"
                + "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n" + TAIL);

        Finding notRead = read.finding("adapter.ics-not-read");
        assertThat(notRead.location().line()).isEqualTo(4);
        assertThat(notRead.parameters().get("names").split(", ")).containsExactlyInAnyOrder("VALARM", "TRANSP",
                "ATTENDEE;CN", "CATEGORIES:BUSINESS");
        Event e = read.events().get(0);
        assertThat(e.participants()).singleElement().satisfies(p -> assertThat(p.role().code()).isEqualTo("organizer"));
        assertThat(e.themes()).extracting(t -> t.code()).containsExactly("decentralized-cooperation");
    }

    @Test
    void an_rdate_period_and_a_date_duration_give_their_own_ends() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:x\r\nDTSTART:20240101T090000Z\r\nDURATION:PT1H\r\n"
                + "RDATE;VALUE=PERIOD:20240105T100000Z/PT3H\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:y\r\nDTSTART;VALUE=DATE:20241209\r\nDURATION:P3D\r\nEND:VEVENT\r\n"
                + TAIL);

        assertThat(read.events()).extracting(e -> e.id() + " " + e.period().start() + " " + e.period().end())
                .containsExactly("s-20240101T090000Z 2024-01-01T09:00Z 2024-01-01T10:00Z",
                        "s-20240105T100000Z 2024-01-05T10:00Z 2024-01-05T13:00Z",
                        "d 2024-12-09 2024-12-11");
    }

    @Test
    void a_date_start_with_a_date_time_end_keeps_its_start_and_reports_the_end() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20241210\r\n"
                + "DTEND:20241210T120000Z\r\nEND:VEVENT\r\n" + TAIL);

        assertThat(read.events().get(0).period()).isEqualTo(new TimeSpan(LocalDate.of(2024, 12, 10), null, null));
        assertThat(read.finding("adapter.ics-mixed-period").location().line()).isEqualTo(8);
    }

    @Test
    void an_exact_value_jisr_wrote_is_ignored_once_the_time_was_changed_elsewhere() {
        String exact = "DTSTART;X-JISR-VALUE=\"2024-12-10T09:00:00.5+05:30\":";

        assertThat(read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\n" + exact + "20241210T033000Z\r\nEND:VEVENT\r\n"
                + TAIL).events().get(0).period().start()).isEqualTo(OffsetDateTime.parse("2024-12-10T09:00:00.5+05:30"));
        assertThat(read(HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\n" + exact + "20241210T043000Z\r\nEND:VEVENT\r\n"
                + TAIL).events().get(0).period().start()).isEqualTo(OffsetDateTime.parse("2024-12-10T04:30Z"));
    }

    @Test
    void a_uid_that_is_not_a_record_id_becomes_one_and_is_written_back_as_it_was() {
        Read read = read(HEAD + "BEGIN:VEVENT\r\nUID:tgh9q@google.com\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20241210\r\n"
                + "END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:y\r\nDTSTART;VALUE=DATE:20241210\r\nEND:VEVENT\r\n" + TAIL);

        Event google = read.events().get(0);
        assertThat(google.id()).isEqualTo("tgh9q-google.com");
        assertThat(google.identifiers()).containsExactly(Identifier.of("x-icalendar-uid", "tgh9q@google.com"));
        assertThat(read.events().get(1).id()).isEqualTo("event-9");
        assertThat(read.finding("adapter.ics-missing-uid").parameters()).isEqualTo(Map.of("id", "event-9"));

        String written = write(List.of(google), new RecordingContext()).text();
        assertThat(written).contains("\r\nUID:tgh9q@google.com\r\nX-JISR-ID:tgh9q-google.com\r\n");
        assertThat(read(written).events()).containsExactly(google);
    }

    @Test
    void the_reader_locates_each_value_at_its_property() {
        RecordingInput in = RecordingInput.of("a.ics", HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\n"
                + "DTSTART;VALUE=DATE:20241210\r\nX-JISR-PARTICIPANT;X-JISR-ROLE=host:org-cfad\r\nEND:VEVENT\r\n" + TAIL);
        try (RecordReader reader = new IcsAdapter().openReader(in, new RecordingContext())) {
            assertThat(reader.next()).isPresent();
            assertThat(reader.locate("").line()).isEqualTo(4);
            assertThat(reader.locate("/title/und").line()).isEqualTo(6);
            assertThat(reader.locate("/period/start").line()).isEqualTo(7);
            assertThat(reader.locate("/participants/0/role").line()).isEqualTo(8);
        }
    }

    @Test
    void reading_stops_at_the_read_limits() {
        StringBuilder ics = new StringBuilder(HEAD);
        for (int i = 0; i < 5; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20241210\r\n")
                    .append("END:VEVENT\r\n");
        }
        ics.append("X-LONG:").append("x".repeat(500)).append("\r\n").append(TAIL);
        ReadLimits defaults = ReadLimits.DEFAULTS;

        Read records = read(ics.toString(), new ReadLimits(defaults.maxDocumentBytes(), defaults.maxNestingDepth(),
                defaults.maxStringLength(), defaults.maxNumberLength(), defaults.maxNameLength(),
                defaults.maxLineLength(), 3));
        assertThat(records.events()).hasSize(3);
        assertThat(records.finding("adapter.ics-limit-exceeded").parameters())
                .isEqualTo(Map.of("limit", "maxRecords", "maximum", "3"));

        Read line = read(ics.toString(), new ReadLimits(defaults.maxDocumentBytes(), defaults.maxNestingDepth(),
                defaults.maxStringLength(), defaults.maxNumberLength(), defaults.maxNameLength(), 100,
                defaults.maxRecords()));
        assertThat(line.events()).hasSize(5);
        assertThat(line.finding("adapter.ics-limit-exceeded").location().line()).isEqualTo(29);
    }

    @Test
    void an_event_with_too_many_properties_or_components_too_deep_stops_the_reading_at_its_line() {
        StringBuilder ics = new StringBuilder(HEAD);
        ics.append("BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20241210\r\nEND:VEVENT\r\n");
        ics.append("BEGIN:VEVENT\r\nUID:many\r\nDTSTART;VALUE=DATE:20241210\r\n");
        for (int i = 0; i < 50; i++) {
            ics.append("X-P:").append(i).append("\r\n");
        }
        ics.append("END:VEVENT\r\n").append(TAIL);
        Read many = read(ics.toString(), ReadLimits.DEFAULTS.withMaxProperties(20));
        assertThat(many.events()).hasSize(1);
        Finding properties = many.finding("adapter.ics-limit-exceeded");
        assertThat(properties.parameters()).isEqualTo(Map.of("limit", "maxProperties", "maximum", "20"));
        // HEAD (3 lines) and the first event (5) come first; UID, DTSTART and X-P:0…17 are the 20
        // properties allowed, so X-P:18 on line 3 + 5 + 3 + 19 = 30 is one too many.
        assertThat(properties.location().line()).isEqualTo(30);

        StringBuilder deep = new StringBuilder(HEAD);
        for (int i = 0; i < 10; i++) {
            deep.append("BEGIN:VALARM\r\n");
        }
        deep.append(TAIL);
        Read nested = read(deep.toString(), ReadLimits.DEFAULTS.withMaxNestingDepth(5));
        assertThat(nested.finding("adapter.ics-limit-exceeded").parameters())
                .isEqualTo(Map.of("limit", "maxNestingDepth", "maximum", "5"));
    }

    @Test
    void the_writer_reports_other_records_lost_and_replaces_control_characters_it_cannot_write() {
        RecordingContext context = new RecordingContext();
        Event bell = Event.builder("event-bell").kind(EventKind.MEETING)
                .title(MultilingualText.of("fr", "Réunion\u0007")).period(TimeSpan.ofDay(LocalDate.of(2024, 12, 10)))
                .build();
        LocalAuthority tunis = LocalAuthority.builder("tn-commune-tunis").kind(AuthorityKind.COMMUNE).country("TN")
                .name(MultilingualText.of("fr", "Tunis")).build();

        String written = write(List.of(bell, tunis), context).text();

        assertThat(written).contains("SUMMARY;LANGUAGE=fr:Réunion\uFFFD\r\n");
        assertThat(context.losses()).singleElement().satisfies(l -> {
            assertThat(l.record()).isEqualTo(tunis);
            assertThat(l.pointer()).isEmpty();
        });
        assertThat(context.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.ics-text-changed");
            assertThat(f.parameters()).isEqualTo(Map.of("record", "event-bell", "pointer", "/title/fr"));
        });
    }

    // ---- helpers

    private static RecordingOutput write(List<? extends JisrRecord> records, RecordingContext context) {
        RecordingOutput out = RecordingOutput.named("out.ics");
        try (RecordWriter w = new IcsAdapter().openWriter(out, context)) {
            w.begin(org.jisr.model.DocumentMetadata.EMPTY);
            records.forEach(w::write);
        }
        return out;
    }

    private static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Read read(String text, ReadLimits limits) {
        return read(text.getBytes(StandardCharsets.UTF_8), limits);
    }

    private static Read read(byte[] bytes) {
        return read(bytes, ReadLimits.DEFAULTS);
    }

    private static Read read(byte[] bytes, ReadLimits limits) {
        RecordingContext context = new RecordingContext(limits);
        RecordingInput in = RecordingInput.of("test.ics", bytes);
        List<Event> events = new ArrayList<>();
        try (RecordReader reader = new IcsAdapter().openReader(in, context)) {
            Optional<JisrRecord> next;
            while ((next = reader.next()).isPresent()) {
                events.add((Event) next.get());
            }
        }
        assertThat(in.unclosedStreams()).isZero();
        return new Read(events, context.findings(), in);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
