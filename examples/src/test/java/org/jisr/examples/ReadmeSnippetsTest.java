package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.AttendanceMode;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.MultilingualText;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Reference;
import org.jisr.model.TimeSpan;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.jisr.testkit.ExchangeFiles;
import org.junit.jupiter.api.io.TempDir;

/** The code shown in the README, compiled and run (keep the two in step). */
class ReadmeSnippetsTest {

    @Test
    void read_inspect_convert(@TempDir Path dir) throws Exception {
        List<String> printed = new ArrayList<>();
        Path ndjson = dir.resolve("workshop.ndjson");
        // --- README: "Read, inspect, convert" (paths adapted to the test's folders)
        JisrJson json = JisrJson.create();
        ExchangeDocument doc = json.readDocument(ExampleFiles.WORKSHOP);

        for (Event event : doc.recordsOf(Event.class).toList()) {
            printed.add(event.title().get("fr").orElse("") + " " + event.period().start());
        }
        try (OutputStream out = Files.newOutputStream(ndjson)) {
            json.writeStream(doc, out);
        }
        // ---
        assertThat(printed).hasSize(2).anySatisfy(line -> assertThat(line).endsWith(" 2024-12-10"));
        assertThat(Files.readAllLines(ndjson)).hasSize(doc.records().size() + 1);
    }

    @Test
    void validate_what_a_partner_sent() {
        List<String> printed = new ArrayList<>();
        // --- README: "Validating what a partner sent" (path adapted to the test's folder)
        Validator validator = Validator.builder().build();
        ValidationReport report = validator.validate(ExampleFiles.INVALID.resolve("12-partnership-one-party.json"));

        FindingMessages fr = FindingMessages.of("fr");
        for (Finding f : report.findings()) {
            printed.add(f.location() + " " + f.severity().code() + " " + f.code() + " " + fr.render(f));
        }
        // ---
        assertThat(printed).containsExactly(ExampleFiles.INVALID.resolve("12-partnership-one-party.json")
                + ":8:18 /records/0/parties error schema.too-few-items Il faut au moins 2 éléments ; il y en a 1.");
    }

    // --- README: "Validating files in your tests" (folders adapted to the examples module)
    @ParameterizedTest
    @ExchangeFiles("data")
    void every_export_is_valid(Path file) {
        assertThatExchange(file).isValid().hasNoWarnings();
    }

    @Test
    void a_partnership_needs_two_parties() {
        assertThatExchange(Path.of("data/invalid/12-partnership-one-party.json"))
                .hasFinding("schema.too-few-items").atPointer("/records/0/parties").atLine(8);
    }
    // ---

    @Test
    void formats_and_conversion(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        Path workshop = dir.resolve("workshop.json");
        Files.copy(ExampleFiles.WORKSHOP, workshop);
        Path out = dir.resolve("workshop.ndjson");
        List<String> problems = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        // --- README: "Formats and conversion" (folders adapted to the test's)
        Jisr jisr = Jisr.builder().pluginFolder(plugins).build();
        jisr.problems().forEach(p -> problems.add(p.diagnosis()));

        ConversionReport report = jisr.convert(workshop, null,
                out, null,
                false);
        report.losses().forEach(loss -> losses.add(loss.recordId() + " " + loss.pointer()));
        // ---
        assertThat(problems).isEmpty();
        assertThat(losses).isEmpty();
        assertThat(report.recordsWritten()).isEqualTo(18);
        assertThat(Files.readString(out)).isEqualTo(Files.readString(ExampleFiles.WORKSHOP_NDJSON));
    }

    @Test
    void build_an_event() {
        // --- README: "Build records with their builders"
        Event workshop = Event.builder("event-workshop-2024-12-10")
                .kind(EventKind.WORKSHOP)
                .title(MultilingualText.of("ar", "ورشة عمل", "fr", "Atelier"))
                .period(TimeSpan.ofDay(LocalDate.of(2024, 12, 10)).withTimeZone("Africa/Tunis"))
                .attendanceMode(AttendanceMode.HYBRID)
                .participant(Participation.of(Reference.to("tn-commune-carthage"),
                        ParticipantRole.PARTICIPANT, AttendanceMode.IN_PERSON))
                .build();
        // ---
        String line = JisrJson.create().toJsonLine(workshop);
        assertThat(TwoValidators.networknt("record.schema.json", line)).isEmpty();
        assertThat(JisrJson.create().readRecord(line)).isEqualTo(workshop);
    }
}
