package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JisrCliTest {

    @TempDir
    Path tmp;

    /** One run of the command line: exit code and both streams. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JisrCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run whose standard error is (or is not) a terminal. */
    static Run runOnTerminal(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JisrCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String example(String name) {
        try {
            return Path.of(JisrCliTest.class.getResource("/examples/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String FLAGSHIP = example("workshop-2024-12-10.json");
    static final String INVALID = example("invalid/12-partnership-one-party.json");

    @Test
    void the_flagship_is_valid() {
        Run r = run("validate", "--lang", "en", FLAGSHIP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Records: 18; errors: 0");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void an_invalid_file_gives_located_findings_and_exit_1() {
        Run r = run("validate", "--lang", "fr", INVALID);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(INVALID + ":8:18: erreur schema.too-few-items Il faut au moins 2 éléments");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void arabic_messages_are_in_arabic_script() {
        Run r = run("--lang", "ar", "validate", INVALID);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern("\\p{IsArabic}");
    }

    @Test
    void several_files_make_one_report_and_the_worst_decides() {
        Run r = run("validate", "--lang", "en", FLAGSHIP, INVALID);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Records: 21; errors: 1");
    }

    @Test
    void quiet_prints_no_report_but_keeps_the_exit_code() {
        assertThat(run("validate", "--quiet", INVALID)).isEqualTo(new Run(1, "", ""));
        assertThat(run("--quiet", "validate", FLAGSHIP)).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void the_json_report_parses_and_counts_the_errors() {
        Run r = run("validate", "--report", "json", INVALID);
        assertThat(r.code()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        assertThat(report.get("summary").get("errors").asLong()).isEqualTo(1);
        assertThat(report.get("findings").get(0).get("code").asString()).isEqualTo("schema.too-few-items");
        assertThat(report.get("findings").get(0).get("location").get("line").asInt()).isEqualTo(8);
    }

    @Test
    void the_report_goes_to_the_output_file() throws IOException {
        Path file = tmp.resolve("report.json");
        Run r = run("validate", "--report", "json", "--output", file.toString(), FLAGSHIP);
        assertThat(r).isEqualTo(new Run(0, "", ""));
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(report.get("summary").get("errors").asLong()).isZero();
    }

    @Test
    void validate_with_a_format_reads_the_files_with_that_adapter() throws IOException {
        Path renamed = Files.copy(Path.of(FLAGSHIP), tmp.resolve("workshop.txt"));
        assertThat(run("validate", "--format", "json", renamed.toString()).code()).isZero();

        Run asStream = run("validate", "--lang", "en", "--format", "ndjson", FLAGSHIP);
        assertThat(asStream.code()).isEqualTo(1);
        assertThat(asStream.out()).contains(FLAGSHIP + ":1:").contains("error syntax.");

        Run unknown = run("validate", "--lang", "en", "--format", "xlsx", FLAGSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("jisr: unknown format xlsx; known formats: csv-fr, csv-tn, ics, json, ndjson, xlsx-fr, xlsx-tn."
                + System.lineSeparator());
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void a_file_no_adapter_recognises_is_still_validated_as_an_exchange_file() throws IOException {
        Path garbage = Files.writeString(tmp.resolve("export.json"), "<xml>not json</xml>\n");
        Run r = run("validate", "--lang", "en", garbage.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(garbage + ":1:1: error syntax.");
    }

    @Test
    void a_report_that_cannot_be_written_is_one_line_and_exit_2() {
        Path nowhere = tmp.resolve("no-such-folder/report.json");
        Run r = run("validate", "--lang", "en", "--output", nowhere.toString(), FLAGSHIP);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("jisr: cannot write " + nowhere + "." + System.lineSeparator());
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void a_profile_changes_severities() throws IOException {
        Path profile = tmp.resolve("lenient.properties");
        Files.writeString(profile, "code.schema.too-few-items = warning\n");
        Run r = run("validate", "--profile", profile.toString(), INVALID);
        assertThat(r.code()).isZero();
        Files.writeString(profile, "nonsense = 1\n");
        Run bad = run("validate", "--lang", "en", "--profile", profile.toString(), INVALID);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("jisr: invalid rule profile:").hasLineCount(1);
    }

    @Test
    void a_missing_file_is_one_line_and_exit_2() {
        Run r = run("validate", "--lang", "en", "no-such-export.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("jisr: no-such-export.json: no such file." + System.lineSeparator());
        assertThat(r.out()).isEmpty();
        Run fr = run("validate", "--lang", "fr", "no-such-export.json");
        assertThat(fr.err()).isEqualTo("jisr: no-such-export.json : fichier introuvable." + System.lineSeparator());
    }

    @Test
    void a_folder_is_not_a_readable_file() {
        Run r = run("validate", "--lang", "en", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a readable file").hasLineCount(1);
    }

    @Test
    void usage_errors_are_one_line_and_exit_2() {
        Run unknown = run("validate", "--lang", "en", "--bogus", FLAGSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("jisr: unknown option or argument --bogus").hasLineCount(1);
        assertThat(unknown.out()).isEmpty();
        Run noFile = run("validate", "--lang", "en");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).hasLineCount(1).contains("FILE");
        Run badReport = run("validate", "--report", "xml", FLAGSHIP);
        assertThat(badReport.code()).isEqualTo(2);
        assertThat(badReport.err()).hasLineCount(1).contains("--report").contains("text, json, sarif, html");
        Run noCommand = run("--lang", "en");
        assertThat(noCommand.code()).isEqualTo(2);
        assertThat(noCommand.err()).hasLineCount(1).contains("validate, convert, inspect, formats, schema or demo");
        Run badLang = run("--lang", "de", "formats");
        assertThat(badLang.code()).isEqualTo(2);
        assertThat(badLang.err()).hasLineCount(1).contains("fr, ar, en");
    }

    @Test
    void help_lists_the_report_formats_of_core_and_every_command_documents_the_exit_codes() {
        Run help = run("validate", "--help", "--lang", "en");
        String formats = String.join("|", java.util.Arrays.stream(org.jisr.validation.ReportFormat.values())
                .map(org.jisr.validation.ReportFormat::code).toList());
        assertThat(help.out()).contains("--report=" + formats).contains("--format=ID");
        // The options keep their declared order although --report was relabelled.
        String options = help.out().substring(help.out().indexOf("Options:"));
        assertThat(options.indexOf("--format")).isLessThan(options.indexOf("--report"));
        assertThat(options.indexOf("--report")).isLessThan(options.indexOf("--output"));
        for (String command : new String[] {"validate", "convert", "inspect", "formats", "schema", "demo"}) {
            assertThat(run(command, "--help", "--lang", "en").out()).as(command)
                    .contains("Exit codes:").contains("2   usage error");
            assertThat(run(command, "--help", "--lang", "ar").out()).as(command).contains("رموز الخروج");
        }
    }

    @Test
    void a_run_builds_only_the_subcommand_it_names_after_global_options() {
        assertThat(JisrCli.subcommandOf(new String[] {"validate", "x.json"})).isEqualTo("validate");
        assertThat(JisrCli.subcommandOf(new String[] {"--lang", "fr", "--quiet", "--plugins=p", "lookup", "Kef"}))
                .isEqualTo("lookup");
        assertThat(JisrCli.subcommandOf(new String[] {"--debug", "--lang=ar", "--plugins", "p", "convert"}))
                .isEqualTo("convert");
        // The value of an option is no subcommand; help, unknown names and nothing at all need every subcommand.
        assertThat(JisrCli.subcommandOf(new String[] {"--plugins", "validate"})).isNull();
        assertThat(JisrCli.subcommandOf(new String[] {"--help", "validate"})).isNull();
        assertThat(JisrCli.subcommandOf(new String[] {"valdate", "x.json"})).isNull();
        assertThat(JisrCli.subcommandOf(new String[] {"--lang"})).isNull();
        assertThat(JisrCli.subcommandOf(new String[0])).isNull();

        // The root help still lists every subcommand, and a misspelt one is still answered.
        Run help = run("--lang", "en", "--help");
        for (String command : new String[] {"validate", "convert", "inspect", "formats", "schema", "demo",
                "template", "lookup"}) {
            assertThat(help.out()).as(command).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        Run misspelt = run("--lang", "en", "valdate", FLAGSHIP);
        assertThat(misspelt.code()).isEqualTo(2);
        assertThat(misspelt.err()).startsWith("jisr: unknown option or argument valdate").hasLineCount(1);
    }

    @Test
    void help_and_version() {
        Run help = run("--help", "--lang", "fr");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Valider, convertir et décrire").contains("Codes de sortie").contains("validate");
        Run arabic = run("validate", "--help", "--lang", "ar");
        assertThat(arabic.out()).contains("التحقق من الملفات وكتابة تقرير واحد").contains("رموز الخروج");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("jisr " + org.jisr.core.JisrVersion.library());
    }

    @Test
    void formats_lists_the_built_in_adapters() {
        Run r = run("formats", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("json\tJisr exchange document (JSON)\tread, write\t.json\t")
                .contains("ndjson\t").contains(".ndjson .jsonl").contains("built-in");
        assertThat(r.out()).doesNotContain("could not be loaded");
    }

    @Test
    void formats_with_an_id_describes_one_adapter_and_an_unknown_id_is_a_usage_error() {
        Run json = run("formats", "--lang", "fr", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("json — Jisr exchange document (JSON)" + System.lineSeparator())
                .contains("extensions : .json").contains("types de média : application/")
                .contains("Il transporte toutes les valeurs");
        Run unknown = run("formats", "--lang", "en", "csv-xx");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("jisr: unknown format csv-xx; known formats: csv-fr, csv-tn, ics, json, ndjson, xlsx-fr, xlsx-tn." + System.lineSeparator());
    }

    @Test
    void formats_reports_a_broken_plugin_with_its_diagnosis() throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a jar");
        Run r = run("formats", "--lang", "en", "--plugins", plugins.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Plugins that could not be loaded:").contains("broken.jar");
        Run missing = run("formats", "--lang", "en", "--plugins", tmp.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).hasLineCount(1).contains("no such folder");
    }

    @Test
    void convert_json_to_ndjson_reproduces_the_example_byte_for_byte() throws IOException {
        Path out = tmp.resolve("workshop.ndjson");
        Run r = run("convert", "--lang", "en", "--to", "ndjson", FLAGSHIP, out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("18 records read, 18 written, 0 values not carried");
        assertThat(Files.readAllBytes(out))
                .isEqualTo(Files.readAllBytes(Path.of(example("workshop-2024-12-10.ndjson"))));
    }

    @Test
    void convert_to_ics_writes_the_events_and_names_each_record_it_cannot_carry() throws IOException {
        Path out = tmp.resolve("workshop.ics");
        Run r = run("convert", "--lang", "en", "--to", "ics", FLAGSHIP, out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("not carried: the whole record tn-commune-sousse (LocalAuthority; format ics)")
                .contains("18 records read, 2 written, 16 values not carried").doesNotContain("  (");
        assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:event-workshop-2024-12-10\r\n");
    }

    @Test
    void convert_refuses_an_invalid_input_unless_forced() throws IOException {
        Path out = tmp.resolve("out.ndjson");
        Run refused = run("convert", "--lang", "en", "--to", "ndjson", INVALID, out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("schema.too-few-items");
        assertThat(refused.err()).contains("nothing written").hasLineCount(1);
        assertThat(out).doesNotExist();
        // A bad SIREN check digit is a validation error the adapters still read: --force carries it.
        String badSiren = example("invalid/15-bad-siren.json");
        Run refusedToo = run("convert", "--to", "ndjson", badSiren, out.toString());
        assertThat(refusedToo.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
        Run forced = run("convert", "--force", "--to", "ndjson", badSiren, out.toString());
        assertThat(forced.code()).isZero();
        assertThat(out).exists();
        // What the adapters cannot read at all is still not written, forced or not.
        Run unreadable = run("convert", "--lang", "en", "--force", "--to", "ndjson", INVALID,
                tmp.resolve("other.ndjson").toString());
        assertThat(unreadable.code()).isEqualTo(1);
        assertThat(unreadable.out()).contains("adapter.record-skipped");
        assertThat(unreadable.err()).contains("was not written");
        assertThat(tmp.resolve("other.ndjson")).doesNotExist();
    }

    @Test
    void convert_with_an_unknown_format_or_missing_input_exits_2() {
        Path out = tmp.resolve("out.xls");
        Run unknown = run("convert", "--lang", "en", "--to", "xls", FLAGSHIP, out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        // The spreadsheet adapters are on the command line's class path too (jisr template uses them).
        assertThat(unknown.err()).isEqualTo("jisr: unknown format xls; known formats: csv-fr, csv-tn, ics, json,"
                + " ndjson, xlsx-fr, xlsx-tn." + System.lineSeparator());
        Run missing = run("convert", "--to", "ndjson", "missing.json", out.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).hasLineCount(1).contains("missing.json");
        Run noTo = run("convert", FLAGSHIP, out.toString());
        assertThat(noTo.code()).isEqualTo(2);
        assertThat(noTo.err()).hasLineCount(1).contains("--to");
        assertThat(out).doesNotExist();
    }

    @Test
    void schema_lists_and_prints() throws IOException {
        Run list = run("schema", "--lang", "en");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("exchange.schema.json").contains("Codelists:").contains("themes");
        Run one = run("schema", "exchange.schema.json");
        assertThat(one.code()).isZero();
        try (InputStream in = org.jisr.schema.SchemaCatalog.openSchema("exchange.schema.json")) {
            assertThat(one.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Run codelist = run("schema", "themes");
        assertThat(codelist.code()).isZero();
        assertThat(JsonMapper.builder().build().readTree(codelist.out()).isObject()).isTrue();
        Run unknown = run("schema", "--lang", "en", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).hasLineCount(1).contains("unknown schema or codelist nope");
    }

    @Test
    void the_three_bundles_have_the_same_keys_and_arabic_is_arabic() throws IOException {
        Properties en = bundle("messages_en");
        assertThat(bundle("messages").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(bundle("messages_fr").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Properties ar = bundle("messages_ar");
        assertThat(ar.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : ar.stringPropertyNames()) {
            if (!ar.getProperty(key).replace("%n", "").isBlank()) {
                assertThat(ar.getProperty(key)).as(key).containsPattern("\\p{IsArabic}");
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = JisrCli.class.getResourceAsStream(name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
