package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.cli.JisrCliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jisr demo}: the files it says it writes are there, and are what it says. */
class DemoCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    @Test
    void writes_the_examples_the_report_and_a_conversion_per_writer_and_says_so() throws IOException {
        Path dir = tmp.resolve("demo");

        JisrCliTest.Run r = run("demo", "--lang", "en", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Path workshop = dir.resolve("examples/workshop-2024-12-10.json");
        Path twinnings = dir.resolve("examples/twinnings-fr-tn.json");
        Path report = dir.resolve("report.html");
        assertThat(r.out()).isEqualTo(String.join(NL,
                "Jisr demo in " + dir + ": the workshop of 10 December 2024 and the Franco-Tunisian twinnings.",
                workshop + ": example, 18 records",
                twinnings + ": example, 19 records",
                report + ": validation report of the examples: 37 records, 0 errors, 0 warnings, 0 infos",
                dir.resolve("csv-fr/workshop-2024-12-10.zip") + ": csv-fr, 18 of 18 records written; nothing lost",
                dir.resolve("csv-fr/twinnings-fr-tn.zip") + ": csv-fr, 19 of 19 records written; nothing lost",
                dir.resolve("csv-tn/workshop-2024-12-10.zip") + ": csv-tn, 18 of 18 records written; nothing lost",
                dir.resolve("csv-tn/twinnings-fr-tn.zip") + ": csv-tn, 19 of 19 records written; nothing lost",
                dir.resolve("ics/workshop-2024-12-10.ics") + ": ics, 2 of 18 records written; not carried: 16 whole"
                        + " records (LocalAuthority 11, Organization 5)",
                dir.resolve("ics/twinnings-fr-tn.ics") + ": ics, 0 of 19 records written; not carried: 19 whole"
                        + " records (LocalAuthority 12, Partnership 7)",
                dir.resolve("json/workshop-2024-12-10.json") + ": json, 18 of 18 records written; nothing lost",
                dir.resolve("json/twinnings-fr-tn.json") + ": json, 19 of 19 records written; nothing lost",
                dir.resolve("ndjson/workshop-2024-12-10.ndjson") + ": ndjson, 18 of 18 records written; nothing lost",
                dir.resolve("ndjson/twinnings-fr-tn.ndjson") + ": ndjson, 19 of 19 records written; nothing lost",
                dir.resolve("xlsx-fr/workshop-2024-12-10.xlsx") + ": xlsx-fr, 18 of 18 records written; nothing lost",
                dir.resolve("xlsx-fr/twinnings-fr-tn.xlsx") + ": xlsx-fr, 19 of 19 records written; nothing lost",
                dir.resolve("xlsx-tn/workshop-2024-12-10.xlsx") + ": xlsx-tn, 18 of 18 records written; nothing lost",
                dir.resolve("xlsx-tn/twinnings-fr-tn.xlsx") + ": xlsx-tn, 19 of 19 records written; nothing lost")
                + NL);

        // The copies are the examples of the repository, byte for byte.
        assertThat(Files.readAllBytes(workshop)).isEqualTo(Files.readAllBytes(Path.of(JisrCliTest.FLAGSHIP)));
        // Each conversion reads back as the example's records.
        JisrJson json = JisrJson.create();
        for (String base : List.of("workshop-2024-12-10", "twinnings-fr-tn")) {
            List<JisrRecord> original = json.readDocument(dir.resolve("examples/" + base + ".json")).records();
            assertThat(json.readDocument(dir.resolve("json/" + base + ".json")).records()).isEqualTo(original);
            try (var in = Files.newInputStream(dir.resolve("ndjson/" + base + ".ndjson"))) {
                ExchangeDocument stream = json.readStream(in);
                assertThat(stream.records()).isEqualTo(original);
            }
        }
        // The report is the HTML page of the validation of both files, in the language asked.
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"")
                .contains("workshop-2024-12-10.json").contains("twinnings-fr-tn.json").endsWith("</html>\n");
        // And the folder holds nothing else but the demo's marker.
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder(".jisr-demo", "report.html", "examples/workshop-2024-12-10.json",
                            "ics/workshop-2024-12-10.ics", "ics/twinnings-fr-tn.ics",
                            "examples/twinnings-fr-tn.json", "json/workshop-2024-12-10.json",
                            "json/twinnings-fr-tn.json", "ndjson/workshop-2024-12-10.ndjson",
                            "ndjson/twinnings-fr-tn.ndjson", "csv-fr/workshop-2024-12-10.zip",
                            "csv-fr/twinnings-fr-tn.zip", "csv-tn/workshop-2024-12-10.zip", "csv-tn/twinnings-fr-tn.zip",
                            "xlsx-fr/workshop-2024-12-10.xlsx", "xlsx-fr/twinnings-fr-tn.xlsx",
                            "xlsx-tn/workshop-2024-12-10.xlsx", "xlsx-tn/twinnings-fr-tn.xlsx");
        }
    }

    @Test
    void runs_again_in_its_own_folder_replacing_only_its_files() throws IOException {
        Path dir = tmp.resolve("demo");
        assertThat(run("demo", dir.toString()).code()).isZero();
        Path mine = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Files.writeString(dir.resolve("report.html"), "stale");

        JisrCliTest.Run again = run("demo", "--lang", "en", dir.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("was made by an earlier jisr demo");
        assertThat(Files.readString(mine)).isEqualTo("my notes");
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void refuses_a_folder_that_is_not_its_own() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("thesis.docx"), "years of work");

        JisrCliTest.Run r = run("demo", "--lang", "en", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("is not empty and was not made by jisr demo");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("thesis.docx"));
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        JisrCliTest.Run notFolder = run("demo", "--lang", "en", file.toString());
        assertThat(notFolder.code()).isEqualTo(2);
        assertThat(notFolder.err()).hasLineCount(1).contains("is not a folder");
    }

    @Test
    void an_own_folder_with_a_file_the_demo_did_not_write_is_left_alone() throws IOException {
        Path dir = tmp.resolve("demo");
        assertThat(run("demo", dir.toString()).code()).isZero();
        // The user put a file where the demo would write one it has not written before.
        List<String> marker = Files.readAllLines(dir.resolve(".jisr-demo"));
        Files.write(dir.resolve(".jisr-demo"), marker.stream().filter(l -> !l.equals("report.html")).toList());
        Files.writeString(dir.resolve("report.html"), "the user's");

        JisrCliTest.Run r = run("demo", "--lang", "en", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("report.html exists and was not written by jisr demo");
        assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("the user's");
    }

    @Test
    void speaks_french_and_arabic_and_quiet_prints_nothing() {
        JisrCliTest.Run fr = run("demo", "--lang", "fr", tmp.resolve("fr").toString());
        assertThat(fr.out()).contains("Démonstration de Jisr").contains("rien de perdu");
        JisrCliTest.Run ar = run("demo", "--lang", "ar", tmp.resolve("ar").toString());
        assertThat(ar.out()).contains("عرض Jisr").contains("لم يضِع شيء");
        assertThat(tmp.resolve("ar/report.html")).content(java.nio.charset.StandardCharsets.UTF_8)
                .contains("<html lang=\"ar\" dir=\"rtl\"");
        JisrCliTest.Run quiet = run("demo", "--quiet", tmp.resolve("quiet").toString());
        assertThat(quiet).isEqualTo(new JisrCliTest.Run(0, "", ""));
        assertThat(tmp.resolve("quiet/report.html")).isRegularFile();
    }
}
