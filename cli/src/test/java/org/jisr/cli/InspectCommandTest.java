package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.cli.JisrCliTest.FLAGSHIP;
import static org.jisr.cli.JisrCliTest.example;
import static org.jisr.cli.JisrCliTest.run;

import org.jisr.cli.JisrCliTest.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jisr inspect}: format, size, version, records by type, languages; findings; exit codes. */
class InspectCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    @Test
    void the_flagship_document() throws IOException {
        Run r = run("inspect", "--lang", "en", FLAGSHIP);

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("File: " + FLAGSHIP + " (" + String.format(java.util.Locale.ROOT, "%,d",
                Files.size(Path.of(FLAGSHIP))) + " bytes)" + NL
                + "Format: json, Jisr exchange document (JSON) (built-in)" + NL
                + "Exchange format version: 1.0" + NL
                + "Records: 18" + NL
                + "  of type LocalAuthority: 11" + NL
                + "  of type Organization: 5" + NL
                + "  of type Event: 2" + NL
                + "Document language: ar" + NL
                + "Languages of the texts: ar, en, fr" + NL);
    }

    @Test
    void the_languages_are_found_in_nested_texts_too() {
        Organization org = Organization.builder("org-example").kind(OrganizationKind.ASSOCIATION)
                .name(MultilingualText.of("fr", "Association", "ar", "جمعية"))
                .description(MultilingualText.of("en", "An association", "ar-Latn", "jam'iya"))
                .source(new Source(MultilingualText.of("it", "Fonte"), "https://example.org/", null, null, null, null,
                        null))
                .build();
        Set<String> found = new TreeSet<>();

        InspectCommand.languages(org, found);

        assertThat(found).containsExactly("ar", "ar-Latn", "en", "fr", "it");
    }

    @Test
    void a_record_stream_without_header_declares_no_version_and_in_french() throws IOException {
        Path stream = tmp.resolve("no-header.ndjson");
        java.util.List<String> lines = Files.readAllLines(Path.of(example("workshop-2024-12-10.ndjson")));
        Files.write(stream, lines.subList(1, lines.size()));

        Run r = run("inspect", "--lang", "fr", stream.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Format : ndjson").contains("Version du format d’échange : non déclarée")
                .contains("Enregistrements : 18").contains("Langue du document : non déclarée")
                .contains("Langues des textes : ar, en, fr");
    }

    @Test
    void content_that_cannot_be_read_gives_located_findings_and_exit_1() {
        String invalid = example("invalid/12-partnership-one-party.json");

        Run r = run("inspect", "--lang", "en", invalid);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Format: json").contains("Records: 2")
                .containsPattern(java.util.regex.Pattern.quote(invalid) + ":\\d+:\\d+: error adapter.record-skipped");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void arabic_output() {
        Run r = run("inspect", "--lang", "ar", FLAGSHIP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("السجلات: 18").contains("لغة الوثيقة: ar");
    }

    @Test
    void a_missing_undetectable_or_unknown_format_file_is_one_line_and_exit_2() throws IOException {
        Run missing = run("inspect", "--lang", "en", "nowhere.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("jisr: nowhere.json: no such file." + NL);

        Path binary = Files.write(tmp.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Run undetectable = run("inspect", "--lang", "en", binary.toString());
        assertThat(undetectable.code()).isEqualTo(2);
        assertThat(undetectable.err()).hasLineCount(1).contains("no format recognises this file");
        assertThat(undetectable.out()).isEmpty();

        Run unknown = run("inspect", "--lang", "en", "--format", "xlsx", FLAGSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("jisr: unknown format xlsx; known formats: csv-fr, csv-tn, ics, json, ndjson, xlsx-fr, xlsx-tn." + NL);
    }

    @Test
    void a_format_named_reads_the_file_with_it() {
        // The pretty-printed document read as a record stream: every line is broken.
        Run r = run("inspect", "--lang", "en", "--format", "ndjson", FLAGSHIP);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Format: ndjson").contains("Records: 0").contains("adapter.record-skipped");
    }
}
