package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConversionRoundTrip}: the flagship there and back, a format that loses values, a refused input. */
class ConversionRoundTripTest {

    /** Finds json and ndjson, and the Markdown agenda plugin on the test class path. */
    private static final Jisr JISR = Jisr.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream printTo = new PrintStream(out, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return ConversionRoundTrip.run(args, printTo, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void converts_the_flagship_to_a_record_stream_and_back_to_the_same_bytes(@TempDir Path dir) throws IOException {
        assertThat(run("--lang", "en", ExampleFiles.WORKSHOP.toString(), dir.toString())).isZero();

        Path ndjson = dir.resolve("workshop-2024-12-10.ndjson");
        Path back = dir.resolve("workshop-2024-12-10.back.json");
        assertThat(Files.mismatch(ndjson, ExampleFiles.WORKSHOP_NDJSON)).isEqualTo(-1L);
        assertThat(Files.mismatch(back, ExampleFiles.WORKSHOP)).isEqualTo(-1L);
        assertThat(printed()).isEqualTo(String.join("\n",
                ExampleFiles.WORKSHOP + " (json) → " + ndjson + " (ndjson): records read: 18, written: 18.",
                "  Written: " + ndjson,
                "  Nothing lost: the target format carries every value.",
                ndjson + " (ndjson) → " + back + " (json): records read: 18, written: 18.",
                "  Written: " + back,
                "  Nothing lost: the target format carries every value.",
                back + " is identical to " + ExampleFiles.WORKSHOP + ", byte for byte.",
                ""));
        assertThat(err.size()).isZero();
    }

    @Test
    void lists_what_the_markdown_agenda_cannot_carry_with_its_reasons(@TempDir Path dir) {
        Path agenda = dir.resolve("agenda.md");

        ConversionReport report = ConversionRoundTrip.convert(JISR, ExampleFiles.WORKSHOP, agenda, "fr", printTo);

        assertThat(report.to()).isEqualTo("markdown-agenda");
        assertThat(report.written()).isTrue();
        assertThat(report.recordsRead()).isEqualTo(18);
        assertThat(report.recordsWritten()).isEqualTo(2);
        // The agenda holds events only: the 5 organisations and 11 municipalities are lost whole.
        assertThat(report.losses()).filteredOn(loss -> loss.pointer().isEmpty()).hasSize(16);
        assertThat(printed().lines()).contains(
                "  Écrit : " + agenda,
                "  Valeurs que le format cible ne peut pas porter : " + report.lossCount(),
                "    /description : 2 × (event-cuf-working-visit-2024-12-09, event-workshop-2024-12-10) — "
                        + "La description de l'événement : l'agenda n'a pas de colonne pour elle.",
                "    /parent : 1 × (event-workshop-2024-12-10) — L'événement dont il fait partie.",
                "    enregistrement entier : 16 × (org-cites-unies-france, org-cfad, org-tn-ministry-of-the-interior, …)"
                        + " — ce format ne porte que ces enregistrements : Event");
        assertThat(printed().lines().filter(line -> line.startsWith("    /"))).hasSize(
                (int) report.losses().stream().map(ConversionReport.Loss::pointer).filter(p -> !p.isEmpty()).distinct()
                        .count());
    }

    @Test
    void the_agenda_reads_back_with_the_events_dates_and_titles(@TempDir Path dir) throws IOException {
        Path agenda = dir.resolve("agenda.md");
        ConversionRoundTrip.convert(JISR, ExampleFiles.WORKSHOP, agenda, "en", printTo);
        Path back = dir.resolve("agenda.json");

        ConversionReport report = ConversionRoundTrip.convert(JISR, agenda, back, "en", printTo);

        assertThat(report.from()).isEqualTo("markdown-agenda");
        assertThat(report.written()).isTrue();
        var original = org.jisr.json.JisrJson.create().readDocument(ExampleFiles.WORKSHOP)
                .recordsOf(org.jisr.model.Event.class).toList();
        var read = org.jisr.json.JisrJson.create().readDocument(back).recordsOf(org.jisr.model.Event.class).toList();
        assertThat(read).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(read.get(i).id()).isEqualTo(original.get(i).id());
            assertThat(read.get(i).title()).isEqualTo(original.get(i).title());
            assertThat(read.get(i).period().start()).isEqualTo(original.get(i).period().start());
            assertThat(read.get(i).period().end()).isEqualTo(original.get(i).period().end());
        }
    }

    @Test
    void refuses_to_write_a_record_it_could_not_read_and_stops_the_round_trip(@TempDir Path dir) {
        Path input = ExampleFiles.INVALID.resolve("12-partnership-one-party.json");

        assertThat(run(input.toString(), dir.toString())).isEqualTo(1);

        Path ndjson = dir.resolve("12-partnership-one-party.ndjson");
        assertThat(ndjson).doesNotExist();
        assertThat(dir.resolve("12-partnership-one-party.back.json")).doesNotExist();
        assertThat(printed()).isEqualTo(String.join("\n",
                input + " (json) → " + ndjson + " (ndjson): records read: 2, written: 2.",
                "  Not written: " + ndjson + " (errors: 1); an existing file was left as it was.",
                "  " + input + ":4:5 /records/0 adapter.record-skipped This record could not be read (a partnership"
                        + " joins at least two parties); it was skipped. Validate the file for a full diagnosis.",
                "  Nothing lost: the target format carries every value.",
                ""));
    }

    @Test
    void an_input_no_adapter_reads_or_a_usage_error_is_one_line_and_exit_code_2(@TempDir Path dir)
            throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an exchange file");

        assertThat(run("--lang", "fr", notes.toString(), dir.toString())).isEqualTo(2);
        assertThat(run("a.json", "b", "c")).isEqualTo(2);
        assertThat(run("a.json", "--strict")).isEqualTo(2);
        assertThat(run("--lang", "xx")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(4).satisfiesExactly(
                line -> assertThat(line).isEqualTo("Aucun format connu de Jisr ne prend " + notes
                        + " ; formats trouvés : " + String.join(", ", org.jisr.runtime.Jisr.builder().build().adapters()
                                .stream().map(org.jisr.runtime.AdapterInfo::id).sorted().toList()) + "."),
                line -> assertThat(line).isEqualTo("usage: ConversionRoundTrip [--lang fr|ar|en] [INPUT [FOLDER]]"),
                line -> assertThat(line).isEqualTo("usage: ConversionRoundTrip [--lang fr|ar|en] [INPUT [FOLDER]]"),
                line -> assertThat(line).startsWith("language must be fr, ar or en"));
        assertThat(printed()).isEmpty();
    }
}
