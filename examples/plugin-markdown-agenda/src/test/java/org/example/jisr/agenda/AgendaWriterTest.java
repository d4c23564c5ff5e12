package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.TimeSpan;
import org.jisr.spi.RecordWriter;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingOutput;
import org.junit.jupiter.api.Test;

/** What the writer makes of events, and what it reports it could not carry. */
class AgendaWriterTest {

    /** The flagship example, from the examples module next to this one. */
    private static final Path FLAGSHIP = Path.of("../data/workshop-2024-12-10.json");

    private final MarkdownAgendaAdapter adapter = new MarkdownAgendaAdapter();

    @Test
    void writes_the_flagship_events_as_an_agenda_and_reports_all_it_leaves_out() {
        ExchangeDocument flagship = JisrJson.create().readDocument(FLAGSHIP);
        List<JisrRecord> events = flagship.records().stream().filter(r -> r instanceof Event).toList();
        RecordingContext context = new RecordingContext();
        RecordingOutput output = RecordingOutput.named("agenda.md");

        try (RecordWriter writer = adapter.openWriter(output, context)) {
            writer.begin(flagship.metadata());
            events.forEach(writer::write);
        }

        assertThat(output.text()).isEqualTo("""
                # Atelier sur la coopération décentralisée entre les communes tunisiennes et leurs homologues \
                françaises, Tunis, 10 décembre 2024

                | Date | Fin | Type | Titre (fr) | العنوان (ar) | Lieu | Id |
                |---|---|---|---|---|---|---|
                | 2024-12-09 | 2024-12-11 | Visite de travail | Visite de travail d'une délégation de Cités Unies \
                France en Tunisie [en] Working visit of a Cités Unies France delegation to Tunisia | زيارة عمل وفد عن \
                جمعية أحياء فرنسية متحدة إلى تونس |  | event-cuf-working-visit-2024-12-09 |
                | 2024-12-10 | 2024-12-10 | Atelier | Organisation d'un atelier pour impulser et développer les relations \
                de coopération décentralisée entre les communes tunisiennes et leurs homologues françaises [en] Workshop \
                organised to boost and develop decentralized cooperation relations between Tunisian municipalities and \
                their French counterparts | تنظيم ورشة عمل لدفع وتطوير علاقات التعاون اللامركزي بين البلديات التونسية \
                ونظيراتها الفرنسية | Siège du Centre de Formation et d'Appui à la Décentralisation (CFAD) [ar] مقر مركز \
                التكوين ودعم اللامركزية [en] Headquarters of the Centre de Formation et d'Appui à la Décentralisation \
                (CFAD) | event-workshop-2024-12-10 |
                """);
        assertThat(output.closed()).isTrue();
        assertThat(context.findings()).isEmpty();
        assertThat(context.lostPointers(events.get(0))).containsExactly("/venue/country", "/description", "/status",
                "/period/timeZone", "/participants", "/sources");
        assertThat(context.lostPointers(events.get(1))).containsExactly("/venue/locality", "/venue/country",
                "/description", "/status", "/period/timeZone", "/attendanceMode", "/parent", "/participants",
                "/themes", "/outcomes", "/sources");
    }

    @Test
    void titles_in_other_languages_follow_the_french_or_arabic_one_after_their_tags() {
        Event event = Event.builder("e-1").kind(EventKind.SEMINAR)
                .title(MultilingualText.of("en", "Seminar", "fr-TN", "Séminaire", "ar-Latn", "Seminar bel 3arbi"))
                .period(TimeSpan.ofDay(LocalDate.of(2025, 3, 4))).build();
        RecordingContext context = new RecordingContext();
        RecordingOutput output = RecordingOutput.named("agenda.md");

        try (RecordWriter writer = adapter.openWriter(output, context)) {
            writer.begin(org.jisr.model.DocumentMetadata.EMPTY);
            writer.write(event);
        }

        assertThat(output.text()).endsWith(
                "| 2025-03-04 | 2025-03-04 | Séminaire | [en] Seminar [fr-TN] Séminaire | [ar-Latn] Seminar bel 3arbi "
                        + "|  | e-1 |\n");
        assertThat(context.losses()).isEmpty();
    }

    @Test
    void escapes_what_a_table_cell_cannot_hold_as_is() {
        Event event = Event.builder("e-1").kind(EventKind.MEETING)
                .title(MultilingualText.of("fr", "[Bilan] eau | assainissement\nsuite & <fin> ")).period(
                        TimeSpan.ofDay(LocalDate.of(2025, 3, 4))).build();
        RecordingOutput output = RecordingOutput.named("agenda.md");

        try (RecordWriter writer = adapter.openWriter(output, new RecordingContext())) {
            writer.write(event);
        }

        assertThat(output.text()).endsWith("| Réunion | \\[Bilan] eau \\| assainissement<br>suite \\& \\<fin>&#32; |"
                + "  |  | e-1 |\n");
    }

    @Test
    void a_record_that_is_not_an_event_is_lost_whole() {
        Organization cuf = Organization.builder("org-cites-unies-france").kind(OrganizationKind.ASSOCIATION)
                .name(MultilingualText.of("fr", "Cités Unies France")).build();
        RecordingContext context = new RecordingContext();
        RecordingOutput output = RecordingOutput.named("agenda.md");

        try (RecordWriter writer = adapter.openWriter(output, context)) {
            writer.write(cuf);
        }

        assertThat(output.text()).isEqualTo(AgendaWriter.HEADER + "\n" + AgendaWriter.DELIMITER + "\n");
        assertThat(context.losses()).containsExactly(new RecordingContext.Loss(cuf, ""));
    }
}
