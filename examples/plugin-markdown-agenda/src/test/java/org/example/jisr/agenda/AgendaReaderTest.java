package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.spi.RecordReader;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingInput;
import org.jisr.testkit.tck.Sample;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;

/** What the reader makes of agendas, and where it says the problems are. */
class AgendaReaderTest {

    private static final String HEADER = "| Date | Fin | Type | Titre (fr) | العنوان (ar) | Lieu | Id |\n|---|---|---|---|---|---|---|\n";
    private final MarkdownAgendaAdapter adapter = new MarkdownAgendaAdapter();

    @Test
    void reads_the_events_of_a_published_agenda() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/agenda-2024.md"));

        assertThat(read.context.findings()).isEmpty();
        assertThat(read.events).hasSize(2);
        Event visit = read.events.get(0);
        assertThat(visit.id()).isEqualTo("event-cuf-working-visit-2024-12-09");
        assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
        assertThat(visit.period()).isEqualTo(TimeSpan.ofDays(LocalDate.of(2024, 12, 9), LocalDate.of(2024, 12, 11)));
        assertThat(visit.title()).isEqualTo(MultilingualText.of(
                "fr", "Visite de travail d'une délégation de Cités Unies France en Tunisie",
                "ar", "زيارة عمل وفد عن جمعية أحياء فرنسية متحدة إلى تونس"));
        assertThat(visit.venue()).isNull();
        Event workshop = read.events.get(1);
        assertThat(workshop.kind()).isEqualTo(EventKind.WORKSHOP);
        assertThat(workshop.venue().name()).isEqualTo(MultilingualText.of("fr",
                "Siège du Centre de Formation et d'Appui à la Décentralisation (CFAD)"));
    }

    @Test
    void locates_each_value_of_the_last_event_in_its_cell() {
        String agenda = "# Agenda\n\n" + HEADER + "| 2024-12-10 |  | Atelier | Atelier | ورشة عمل | Tunis | event-1 |\n";
        RecordingInput input = RecordingInput.of("agenda.md", agenda);
        try (RecordReader reader = adapter.openReader(input, new RecordingContext())) {
            assertThat(reader.next()).isPresent();

            assertThat(reader.locate("/period/start")).isEqualTo(Location.of("agenda.md", "", 5, 3));
            assertThat(reader.locate("/kind")).isEqualTo(Location.of("agenda.md", "", 5, 19));
            assertThat(reader.locate("/title/fr")).isEqualTo(Location.of("agenda.md", "", 5, 29));
            assertThat(reader.locate("/title/ar")).isEqualTo(Location.of("agenda.md", "", 5, 39));
            assertThat(reader.locate("/venue/name/fr")).isEqualTo(Location.of("agenda.md", "", 5, 50));
            assertThat(reader.locate("/id")).isEqualTo(Location.of("agenda.md", "", 5, 58));
            assertThat(reader.locate("/themes/0")).isEqualTo(Location.of("agenda.md", "", 5, 1));
        }
    }

    @Test
    void reads_columns_in_any_order_several_tables_codes_and_tagged_texts() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/agenda-by-year.md"));

        assertThat(read.context.findings()).isEmpty();
        assertThat(read.events).extracting(Event::id)
                .containsExactly("event-cuf-working-visit-2024-12-09", "event-workshop-2024-12-10");
        Event workshop = read.events.get(1);
        assertThat(workshop.kind()).isEqualTo(EventKind.WORKSHOP);
        assertThat(workshop.period()).isEqualTo(new TimeSpan(LocalDate.of(2024, 12, 10), null, null));
        assertThat(workshop.venue().name()).isEqualTo(MultilingualText.of("ar", "مقر مركز التكوين ودعم اللامركزية"));
    }

    @Test
    void reads_date_times_escapes_and_titles_in_other_languages() {
        Read read = read("agenda.md", HEADER
                + "| 2024-12-10T09:00+01:00 | 2024-12-10T17:30+01:00 | workshop | Eau \\| assainissement<br>\\[bilan] "
                + "[en] Water | [ar-TN] ماء | \\[x] &#32;salle [en] room | e-1 |\n");

        assertThat(read.context.findings()).isEmpty();
        Event event = read.events.get(0);
        assertThat(event.period()).isEqualTo(TimeSpan.ofTimes(OffsetDateTime.parse("2024-12-10T09:00+01:00"),
                OffsetDateTime.parse("2024-12-10T17:30+01:00")));
        assertThat(event.title()).isEqualTo(MultilingualText.of("fr", "Eau | assainissement\n[bilan]", "en", "Water",
                "ar-TN", "ماء"));
        assertThat(event.venue().name()).isEqualTo(MultilingualText.of("fr", "[x]  salle", "en", "room"));
    }

    @Test
    void a_date_it_cannot_read_is_located_in_its_cell_and_the_row_skipped() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/malformed/bad-date.md"));

        assertThat(read.events).isEmpty();
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f, "markdown-agenda.bad-date",
                Severity.ERROR, 3, 3, Map.of("column", "Date", "value", "10/12/2024")));
    }

    @Test
    void a_missing_column_is_reported_at_the_header_and_the_table_passed_over() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/malformed/missing-column.md"));

        assertThat(read.events).isEmpty();
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.missing-column", Severity.ERROR, 1, 1, Map.of("column", "Type")));
    }

    @Test
    void a_row_with_an_unescaped_pipe_has_one_cell_too_many() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/malformed/cell-count.md"));

        assertThat(read.events).isEmpty();
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f, "markdown-agenda.cell-count",
                Severity.ERROR, 3, 1, Map.of("expected", "4", "found", "5")));
    }

    @Test
    void a_file_without_an_agenda_table_says_so_at_its_start() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/malformed/no-table.md"));

        assertThat(read.events).isEmpty();
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f, "markdown-agenda.no-table",
                Severity.ERROR, 1, 1, Map.of()));
    }

    @Test
    void an_empty_file_has_no_line_to_point_at() {
        Read read = read("agenda.md", "");

        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f, "markdown-agenda.no-table",
                Severity.ERROR, 0, 0, Map.of()));
    }

    @Test
    void a_header_without_a_delimiter_row_is_no_table() {
        Read read = read(Sample.ofResource(getClass(), "/agenda/malformed/no-delimiter-row.md"));

        assertThat(read.events).isEmpty();
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.delimiter-row", Severity.ERROR, 1, 1, Map.of()));
    }

    @Test
    void each_bad_cell_is_located_and_the_good_rows_around_it_still_read() {
        Read read = read("agenda.md", HEADER
                + "| 2024-12-09 |  | Pique-nique | Rencontre |  |  | e-1 |\n"
                + "| 2024-12-10 |  | Atelier | Atelier |  |  |  |\n"
                + "| 2024-12-10 | 2024-12-10T18:00Z | Réunion | Réunion |  |  | e-3 |\n"
                + "| 2024-12-11 |  | Réunion |  |  | Tunis | e-4 |\n"
                + "| 2024-12-12 |  | Séminaire | [en] Seminar | [en] Other | | e-5 |\n");

        assertThat(read.events).extracting(Event::id).containsExactly("e-5");
        assertThat(read.events.get(0).title()).isEqualTo(MultilingualText.of("en", "Seminar"));
        List<Finding> findings = read.context.findings();
        assertThat(findings).hasSize(5);
        finding(findings.get(0), "markdown-agenda.unknown-type", Severity.ERROR, 3, 19,
                Map.of("value", "Pique-nique"));
        finding(findings.get(1), "markdown-agenda.missing-value", Severity.ERROR, 4, 46, Map.of("column", "Id"));
        finding(findings.get(2), "markdown-agenda.mixed-period", Severity.ERROR, 5, 16,
                Map.of("start", "2024-12-10", "end", "2024-12-10T18:00Z"));
        finding(findings.get(3), "markdown-agenda.missing-title", Severity.ERROR, 6, 1, Map.of());
        finding(findings.get(4), "markdown-agenda.duplicate-language", Severity.WARNING, 7, 46,
                Map.of("language", "en"));
    }

    @Test
    void an_unknown_column_is_a_warning_and_its_cells_are_not_read() {
        Read read = read("agenda.md", "| Date | Type | Titre (fr) | Contact | Id |\n|---|---|---|---|---|\n"
                + "| 2024-12-10 | Atelier | Atelier | mairie@example.org | e-1 |\n");

        assertThat(read.events).extracting(Event::id).containsExactly("e-1");
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.unknown-column", Severity.WARNING, 1, 30, Map.of("column", "Contact")));
    }

    @Test
    void a_line_of_bad_utf8_is_located_at_its_first_bad_byte() {
        byte[] bytes = (HEADER + "| 2024-12-10 |  | Atelier | Caf\u00e9 |  |  | e-1 |\n"
                + "| 2024-12-11 |  | Atelier | Caf?? |  |  | e-2 |\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int question = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lastIndexOf("??");
        byte[] broken = bytes.clone();
        broken[byteIndex(bytes, question)] = (byte) 0xC3;
        broken[byteIndex(bytes, question) + 1] = (byte) 0x28;

        Read read = read(new Sample("agenda.md", broken));

        assertThat(read.events).extracting(Event::id).containsExactly("e-1");
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.invalid-utf8", Severity.ERROR, 4, 32, Map.of()));
    }

    @Test
    void reading_stops_at_a_line_longer_than_the_limit() {
        ReadLimits limits = new ReadLimits(1 << 20, 64, 1000, 100, 1000, 80, 1000);
        Read read = read(RecordingInput.of("agenda.md", HEADER + "| 2024-12-10 |  | Atelier | Atelier |  |  | e-1 |\n"
                + "| 2024-12-11 |  | Atelier | " + "très long ".repeat(10) + " |  |  | e-2 |\n"
                + "| 2024-12-12 |  | Atelier | Atelier |  |  | e-3 |\n"), new RecordingContext(limits));

        assertThat(read.events).extracting(Event::id).containsExactly("e-1");
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.line-too-long", Severity.ERROR, 4, 1, Map.of("limit", "80")));
    }

    @Test
    void reading_stops_after_the_most_records_allowed() {
        ReadLimits limits = new ReadLimits(1 << 20, 64, 1000, 100, 1000, 1000, 2);
        Read read = read(RecordingInput.of("agenda.md", HEADER + "| 2024-12-10 |  | Atelier | A |  |  | e-1 |\n"
                + "| 2024-12-11 |  | Atelier | B |  |  | e-2 |\n| 2024-12-12 |  | Atelier | C |  |  | e-3 |\n"),
                new RecordingContext(limits));

        assertThat(read.events).extracting(Event::id).containsExactly("e-1", "e-2");
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.too-many-records", Severity.ERROR, 5, 1, Map.of("limit", "2")));
    }

    @Test
    void a_row_wider_than_max_columns_is_skipped_without_splitting_it() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxColumns(10);
        Read read = read(RecordingInput.of("agenda.md", HEADER + "| 2024-12-10 |  | Atelier | A |  |  | e-1 |\n"
                + "|" + " x |".repeat(50) + "\n| 2024-12-12 |  | Atelier | C |  |  | e-3 |\n"), new RecordingContext(limits));

        assertThat(read.events).extracting(Event::id).containsExactly("e-1", "e-3");
        assertThat(read.context.findings()).singleElement().satisfies(f -> finding(f,
                "markdown-agenda.cell-count", Severity.ERROR, 4, 1, Map.of("expected", "7", "found", "50")));
    }

    // ---- helpers

    private record Read(List<Event> events, RecordingContext context) {
    }

    private Read read(String name, String text) {
        return read(RecordingInput.of(name, text), new RecordingContext());
    }

    private Read read(Sample sample) {
        return read(sample.input(), new RecordingContext());
    }

    private Read read(RecordingInput input, RecordingContext context) {
        List<Event> events = new ArrayList<>();
        try (RecordReader reader = adapter.openReader(input, context)) {
            Optional<JisrRecord> next;
            while ((next = reader.next()).isPresent()) {
                events.add((Event) next.get());
            }
        }
        assertThat(input.unclosedStreams()).isZero();
        return new Read(events, context);
    }

    private static void finding(Finding f, String code, Severity severity, int line, int column,
            Map<String, String> parameters) {
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.location()).isEqualTo(Location.of(f.location().file(), "", line, column));
        assertThat(f.parameters()).isEqualTo(parameters);
    }

    private static int byteIndex(byte[] utf8, int charIndex) {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8).substring(0, charIndex)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
