package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code the README shows is code of the build. Each {@code java} block of README.md is marked
 * {@code <!-- from: path -->} and must be found in that file, line for line (indentation and blank
 * lines aside), its parts between {@code // …} lines in that order. The blocks taken from this
 * class are run here, on the example data; the others are run by their own tests.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)(?:^<!-- from: (\\S+) -->\\n)?^```java\\n(.*?)^```$",
            Pattern.DOTALL);
    private static final Pattern ELISION = Pattern.compile("\\s*//\\s*….*");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void every_java_block_of_the_readme_is_taken_from_the_code_it_names() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(README));
        int blocks = 0;
        while (m.find()) {
            blocks++;
            assertThat(m.group(1)).as("the <!-- from: path --> line before the README's Java block:%n%s", m.group(2))
                    .isNotNull();
            Path source = ROOT.resolve(m.group(1));
            assertThat(source).as("the source of a README block").isRegularFile();
            List<String> file = normalized(Files.readString(source));
            int from = 0;
            for (List<String> part : parts(m.group(2))) {
                int at = Collections.indexOfSubList(file.subList(from, file.size()), part);
                assertThat(at).as("a README block is not (or no longer) in %s, in this order:%n%s",
                        m.group(1), String.join("\n", part)).isNotNegative();
                from += at + part.size();
            }
        }
        assertThat(blocks).as("Java blocks in the README").isGreaterThanOrEqualTo(6);
    }

    @Test
    void the_output_shown_for_the_received_file_check_is_what_it_prints() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("(?m)^```text\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        // The README runs it from the repository root, the test from the examples module.
        String shown = m.group(1).replace("examples/data/", "data/");
        Path report = Path.of("target", "received", "12-partnership-one-party.report.json");
        Files.deleteIfExists(report);

        int exit = ReceivedFileCheck.run(new String[] {"--lang", "fr", "data/invalid/12-partnership-one-party.json"},
                out, out);

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(shown);
        assertThat(report).isRegularFile();
    }

    @Test
    void read_write_and_build_records(@TempDir Path dir) throws IOException {
        Path file = ExampleFiles.WORKSHOP;
        Path ndjson = dir.resolve("workshop.ndjson");
        // README "Read, write and build records", part 1
        JisrJson json = JisrJson.create();                       // immutable, thread-safe: share it
        ExchangeDocument doc = json.readDocument(file);

        for (Event event : doc.recordsOf(Event.class).toList()) {
            out.println(event.title().get("fr").orElse("") + " " + event.period().start());
        }
        try (OutputStream stream = Files.newOutputStream(ndjson)) {
            json.writeStream(doc, stream);                       // one record per line
        }
        // ---
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Organisation d'un atelier").endsWith(" 2024-12-10"));
        assertThat(Files.mismatch(ndjson, ExampleFiles.WORKSHOP_NDJSON)).isEqualTo(-1L);
    }

    @Test
    void build_an_event() {
        // README "Read, write and build records", part 2
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

    /** To a record stream nothing is lost; to the Markdown agenda (a plugin on the class path), much is. */
    @ParameterizedTest
    @ValueSource(strings = {"workshop.ndjson", "agenda.md"})
    void convert(String target, @TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        Path input = Files.copy(ExampleFiles.WORKSHOP, dir.resolve("workshop.json"));
        Path output = dir.resolve(target);
        // README "Convert"
        Jisr jisr = Jisr.builder().pluginFolder(plugins).build();     // immutable, thread-safe: keep it
        jisr.problems().forEach(p -> out.println(p.diagnosis()));     // broken plugins, skipped

        ConversionReport report = jisr.convert(input, null,           // null: detect the input's format
                output, null,                                         // null: choose by the extension
                false);                                               // strict: a loss is an error
        if (!report.written()) {
            out.println(report.findings().errors() + " errors: nothing written");
        }
        report.losses().forEach(loss -> out.println(loss.recordId() + " " + loss.pointer()));
        // ---
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(output).isRegularFile();
        if (target.endsWith(".ndjson")) {
            assertThat(lines).isEmpty();
            assertThat(Files.mismatch(output, ExampleFiles.WORKSHOP_NDJSON)).isEqualTo(-1L);
        } else {
            assertThat(report.to()).isEqualTo("markdown-agenda");
            assertThat(lines).hasSize((int) report.lossCount())
                    .contains("event-workshop-2024-12-10 /description", "tn-commune-carthage ");
        }
    }

    // README "Validating files in your tests": jqwik
    @Property(tries = 100)
    void every_event_reads_back_from_its_line(@ForAll Event event) {
        JisrJson json = JisrJson.create();
        assertThat(json.readRecord(json.toJsonLine(event))).isEqualTo(event);
    }
    // ---

    private static List<List<String>> parts(String block) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            if (ELISION.matcher(line).matches()) {
                parts.add(normalized(String.join("\n", part)));
                part = new ArrayList<>();
            } else {
                part.add(line);
            }
        }
        parts.add(normalized(String.join("\n", part)));
        parts.removeIf(List::isEmpty);
        return parts;
    }

    /** The lines of a text without their indentation, blank lines left out. */
    private static List<String> normalized(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
