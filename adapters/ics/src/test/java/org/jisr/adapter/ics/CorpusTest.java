package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.ParticipantRole;
import org.jisr.spi.RecordReader;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingInput;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the real-world corpus (ical4j, python icalendar, ical.js; see
 * {@code icalendar/PROVENANCE.md}) is read without an exception, with findings located by line,
 * and gives what it should: the valid files their events (those that can be Jisr events), the
 * malformed ones their errors.
 */
class CorpusTest {

    /** What reading a file gives: how many records, and which error codes. */
    private record Expected(int records, Set<String> errors) {
        static Expected of(int records, String... errors) {
            return new Expected(records, Set.of(errors));
        }
    }

    private static final Map<String, Expected> VALID = Map.ofEntries(
            Map.entry("ical4j__Casablanca.ics", Expected.of(0)),
            Map.entry("ical4j__EXDATE.ics", Expected.of(5)),
            Map.entry("ical4j__Session6.ics", Expected.of(1)),
            Map.entry("ical4j__dst-only-vtimezone.ics", Expected.of(1)),
            // No DTSTART: RFC 5545 requires one, and so does a Jisr event.
            Map.entry("ical4j__mansour.ics", Expected.of(0, "adapter.ics-no-start")),
            // Two events, then a yearly anniversary for ever (100 occurrences), then a festival.
            Map.entry("ical4j__rfc5545-sec3.6.1.ics", Expected.of(103)),
            Map.entry("ical4j__rfc5545-sec3.6.5.ics", Expected.of(0)),
            Map.entry("ical4j__rfc5545-sec4.1.ics", Expected.of(1)),
            Map.entry("ical4j__rfc5545-sec4.2.ics", Expected.of(1)),
            Map.entry("icaljs__daily_recur.ics", Expected.of(100)),
            // 100 occurrences of a monthly series with RDATEs and EXDATEs, and the 2 it overrides.
            Map.entry("icaljs__recur_instances.ics", Expected.of(102)),
            Map.entry("pyicalendar__calendar_with_unicode.ics", Expected.of(0)),
            Map.entry("pyicalendar__event_with_recurrence_exdates_on_different_lines.ics", Expected.of(10)),
            Map.entry("pyicalendar__event_with_unicode_fields.ics", Expected.of(1)),
            Map.entry("pyicalendar__issue_127_categories_with_commas.ics", Expected.of(1)),
            // Events without SUMMARY: valid iCalendar, but a Jisr event needs a title (warnings).
            Map.entry("pyicalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", Expected.of(0)),
            Map.entry("pyicalendar__issue_53_description_parsed_properly.ics", Expected.of(1)),
            Map.entry("pyicalendar__issue_722_timezone_transition_ambiguity.ics", Expected.of(4)),
            Map.entry("pyicalendar__multiple_timezones.ics", Expected.of(0)),
            Map.entry("pyicalendar__rfc_5545_RDATE_example.ics", Expected.of(0)),
            Map.entry("pyicalendar__rfc_6868.ics", Expected.of(0)));

    private static final Map<String, Expected> MALFORMED = Map.ofEntries(
            Map.entry("ical4j__1106817412_broken-utf8-fold.ics", Expected.of(0, "adapter.ics-not-utf8")),
            Map.entry("ical4j__invalid_0.ics", Expected.of(0, "adapter.ics-no-start")),
            // A line of the folded DESCRIPTION lost its leading space: "3.11" is no content line.
            Map.entry("ical4j__invalid_bhav23-2.ics", Expected.of(1, "adapter.ics-malformed-line")),
            // Blank lines only: warnings, and Ted's birthday every year (100 occurrences).
            Map.entry("ical4j__invalid_korganizer.ics", Expected.of(100)),
            Map.entry("ical4j__invalid_sogo-geo-escaped-semicolon.ics", Expected.of(1, "adapter.ics-bad-value")),
            // LF line ends and a zone of Outlook's own: read, with a warning.
            Map.entry("ical4j__test-relaxed-parsing.ics", Expected.of(1)),
            Map.entry("icaljs__blank_line_mid.ics", Expected.of(0)),
            Map.entry("icaljs__newline_junk.ics", Expected.of(0)),
            Map.entry("pyicalendar__bom_calendar.ics", Expected.of(0)),
            Map.entry("pyicalendar__broken_ical.ics", Expected.of(0, "adapter.ics-malformed-line",
                    "adapter.ics-no-start")),
            Map.entry("pyicalendar__fuzz_testcase_invalid_month.ics", Expected.of(0,
                    "adapter.ics-unterminated-component")),
            Map.entry("pyicalendar__fuzz_testcase_vtimezone_lone_cr.ics", Expected.of(0,
                    "adapter.ics-control-character")),
            Map.entry("pyicalendar__parsing_error_in_UTC_offset.ics", Expected.of(0, "adapter.ics-bad-value")),
            Map.entry("pyicalendar__small_bad_calendar.ics", Expected.of(0, "adapter.ics-unterminated-component")));

    /** What one reading gave. */
    private record Reading(List<JisrRecord> records, List<Finding> findings, DocumentMetadata metadata) {
        List<Event> events() {
            return records.stream().map(Event.class::cast).toList();
        }

        Set<String> errorCodes() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Stream<Path> valid() throws Exception {
        return files("valid");
    }

    static Stream<Path> malformed() throws Exception {
        return files("malformed");
    }

    @Test
    void the_tables_name_every_file_of_the_corpus() throws Exception {
        assertThat(valid().map(CorpusTest::name)).containsExactlyInAnyOrderElementsOf(VALID.keySet());
        assertThat(malformed().map(CorpusTest::name)).containsExactlyInAnyOrderElementsOf(MALFORMED.keySet());
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_file_is_read(Path file) throws IOException {
        check(file, VALID.get(name(file)));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void every_malformed_file_gives_located_findings_and_no_exception(Path file) throws IOException {
        Reading reading = check(file, MALFORMED.get(name(file)));

        assertThat(reading.findings()).as("findings of " + name(file)).isNotEmpty();
    }

    @Test
    void repeating_events_become_their_occurrences_minus_exdates_and_overridden_instances() throws Exception {
        List<Event> exdate = read("valid/ical4j__EXDATE.ics").events();
        assertThat(exdate).extracting(e -> e.period().start().toString()).containsExactly(
                "2006-01-01T12:00+10:00", "2006-01-02T12:00+10:00", "2006-01-05T12:00+10:00",
                "2006-01-06T12:00+10:00", "2006-01-07T12:00+10:00");
        assertThat(exdate).extracting(e -> e.period().end().toString()).startsWith("2006-01-01T13:00+10:00");
        assertThat(exdate.get(0).id()).isEqualTo("DDC5B090-1B46-4C1D-8A3C-D305516A0B90-20060101T020000Z");

        List<Event> instances = read("valid/icaljs__recur_instances.ics").events();
        // The 10:00 occurrence of 2 October was moved to 15:00 by the second VEVENT, which takes its id.
        String moved = "623c13c0-6c2b-45d6-a12b-c33ad61c4868-20121002T170000Z";
        assertThat(instances).filteredOn(e -> e.id().equals(moved)).singleElement().satisfies(e -> {
            assertThat(e.period().start()).isEqualTo(OffsetDateTime.parse("2012-10-02T15:00-07:00"));
            assertThat(e.description()).isEqualTo(MultilingualText.of("und", "I HAZ CHANGED!"));
        });
        assertThat(instances).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(instances.get(0).participants()).extracting(p -> p.participant().value(), p -> p.role())
                .contains(org.assertj.core.groups.Tuple.tuple("mailto:calmozilla1@gmail.com",
                        ParticipantRole.PARTICIPANT));
    }

    @Test
    void times_resolve_in_iana_zones_and_in_zones_the_file_defines() throws Exception {
        assertThat(read("valid/ical4j__rfc5545-sec4.2.ics").events().get(0).period().start())
                .isEqualTo(OffsetDateTime.parse("1998-03-12T08:30-05:00"));
        // A zone of the file's own, +12:00 then +10:00 from 5 May 2024 08:00: 07:00:01 that day is
        // still winter, 08:00:01 summer (the local hour between 06:00 and 08:00 happens twice).
        assertThat(read("valid/pyicalendar__issue_722_timezone_transition_ambiguity.ics").events())
                .extracting(e -> e.period().start().toString())
                .containsExactly("2024-03-03T08:00+12:00", "2024-08-03T08:00+10:00", "2024-05-05T08:00:01+10:00",
                        "2024-05-05T07:00:01+12:00");
    }

    @Test
    void texts_keep_their_language_their_escapes_and_their_non_ascii_characters() throws Exception {
        Event session = read("valid/ical4j__Session6.ics").events().get(0);
        assertThat(session.title().languages()).containsExactly("en-US");
        assertThat(session.description().get("und").orElseThrow()).contains("3/14, 9 a.m. (PST)\nhttps://");

        assertThat(read("valid/pyicalendar__event_with_unicode_fields.ics").events().get(0).title())
                .isEqualTo(MultilingualText.of("und", "Non-ASCII Test: ÄÖÜ äöü €"));
        assertThat(read("valid/pyicalendar__calendar_with_unicode.ics").metadata().title())
                .isEqualTo(MultilingualText.of("und", "äöü ÄÖÜ €"));
    }

    // ---- helpers

    private static Reading check(Path file, Expected expected) throws IOException {
        assertThat(expected).as("expectations for " + name(file)).isNotNull();
        Reading reading = read(file);
        int lines = (int) new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().count();
        for (Finding f : reading.findings()) {
            assertThat(f.location().file()).isEqualTo(name(file));
            assertThat(f.location().line()).as("line of " + f.code()).isBetween(1, Math.max(lines, 1));
            assertThat(f.location().column()).as("column of " + f.code()).isPositive();
        }
        assertThat(reading.records()).as("records of " + name(file)).hasSize(expected.records());
        assertThat(reading.errorCodes()).as("errors of " + name(file)).isEqualTo(expected.errors());
        return reading;
    }

    private static Reading read(String resource) throws Exception {
        return read(Path.of(CorpusTest.class.getResource("/icalendar/" + resource).toURI()));
    }

    private static Reading read(Path file) throws IOException {
        RecordingContext context = new RecordingContext();
        List<JisrRecord> records = new ArrayList<>();
        DocumentMetadata metadata;
        try (RecordReader reader = new IcsAdapter().openReader(RecordingInput.of(name(file),
                Files.readAllBytes(file)), context)) {
            Optional<JisrRecord> next;
            while ((next = reader.next()).isPresent()) {
                records.add(next.get());
            }
            metadata = reader.metadata();
        }
        return new Reading(records, context.findings(), metadata);
    }

    private static Stream<Path> files(String folder) throws URISyntaxException, IOException {
        Path dir = Path.of(CorpusTest.class.getResource("/icalendar/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> name(p).endsWith(".ics")).sorted().toList().stream();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
