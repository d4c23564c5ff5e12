package org.jisr.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jisr.json.JisrJson;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.Project;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Workbooks: the flagship, the real French files, Tunisian-shaped ones, naughty strings, zip bombs. */
class XlsxFilesTest {

    static final Path SCDL = Path.of(System.getProperty("basedir", "."), "..", "..", "examples", "mappings",
            "scdl-subventions.json").normalize();
    static final Path TN = Path.of(System.getProperty("basedir", "."), "..", "..", "examples", "mappings",
            "tn-municipalities.json").normalize();
    static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private static Adapter adapter(String id) {
        return id.equals("xlsx-fr") ? new XlsxFrAdapter() : new XlsxTnAdapter();
    }

    private static Finding finding(RecordingContext context, String code) {
        return context.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + context.findings()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx-fr", "xlsx-tn"})
    void the_flagship_comes_back_the_same(String id) {
        ExchangeDocument flagship = Bundles.flagship();
        RecordingContext writing = new RecordingContext();
        byte[] xlsx = Bundles.write(adapter(id), flagship, "atelier.xlsx", writing);
        RecordingContext reading = new RecordingContext();
        ExchangeDocument back = Bundles.read(adapter(id), AdapterInput.of("atelier.xlsx", xlsx), reading);

        assertThat(writing.findings()).isEmpty();
        assertThat(writing.losses()).isEmpty();
        assertThat(reading.errors()).isEmpty();
        JisrJson json = JisrJson.create();
        assertThat(json.toJson(back)).isEqualTo(json.toJson(flagship));
    }

    @Test
    void sheets_headers_date_cells_and_right_to_left_in_the_tunisian_profile() throws Exception {
        byte[] xlsx = Bundles.write(new XlsxTnAdapter(), Bundles.flagship(), "ورشة.xlsx", new RecordingContext());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("الوثيقة", "التظاهرات", "الهياكل", "الجماعات المحلية", "الشراكات", "المشاريع");
            Sheet events = book.getSheet("التظاهرات");
            assertThat(events.isRightToLeft()).isTrue();
            assertThat(events.getRow(0).getCell(0).getStringCellValue()).isEqualTo("المعرف");
            Row workshop = events.getRow(2);
            assertThat(workshop.getCell(0).getStringCellValue()).isEqualTo("event-workshop-2024-12-10");
            assertThat(workshop.getCell(1).getStringCellValue()).isEqualTo("ورشة عمل");
            Cell start = workshop.getCell(6);
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 10));
        }
    }

    @Test
    void the_real_french_workbooks_import_as_projects_with_their_funding() {
        String[] files = {"DEP_Aube_Donnees_essentielles_conventions_subvention.xlsx",
            "DEP_Charente_Maritime_donnees-conventions-subventions.xlsx",
            "DEP_Deux_Sevres_Convention_de_subventions_-_CD79.xls",
            "DEP_Vendee_Publication_donnees_Open_data_Subventions_Conventions.xlsx"};
        for (String file : files) {
            RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", SCDL.toString()));
            ExchangeDocument doc = Bundles.read(new XlsxFrAdapter(), AdapterInput.of(file,
                    Bundles.resource("/scdl/" + file)), context);
            List<Project> projects = doc.recordsOf(Project.class).toList();
            assertThat(projects).as(file).isNotEmpty().allSatisfy(p -> assertThat(p.funding()).singleElement()
                    .satisfies(f -> assertThat(f.funder()).isNotNull()));
            assertThat(projects.stream().filter(p -> p.funding().get(0).amount() != null).count()).as(file)
                    .isGreaterThan(projects.size() * 9L / 10);
            assertThat(context.findings()).as(file).allSatisfy(f -> {
                assertThat(f.location().sheet()).isNotNull();
                assertThat(f.location().line()).isPositive();
            });
        }
    }

    @Test
    void a_two_row_header_amounts_in_words_and_date_cells_in_the_aube_workbook() {
        String file = "DEP_Aube_Donnees_essentielles_conventions_subvention.xlsx";
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", SCDL.toString()));
        ExchangeDocument doc = Bundles.read(new XlsxFrAdapter(), AdapterInput.of(file, Bundles.resource("/scdl/" + file)),
                context);

        assertThat(finding(context, "adapter.spreadsheet-title-rows").location().sheet()).isEqualTo("Feuil1");
        Project rachi = doc.recordsOf(Project.class).findFirst().orElseThrow();
        assertThat(rachi.funding().get(0).amount().amount()).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(rachi.funding().get(0).date()).isEqualTo(LocalDate.of(2017, 11, 16));
        assertThat(doc.recordsOf(LocalAuthority.class).findFirst().orElseThrow().name().get("fr"))
                .contains("Conseil départemental de l’Aube");
        // The extra sheets are read, and said to hold no table.
        assertThat(context.findings()).filteredOn(f -> f.code().equals("adapter.spreadsheet-unknown-table"))
                .extracting(f -> f.location().sheet()).contains("Feuil2", "Feuil3");
    }

    @Test
    void an_opendocument_spreadsheet_with_title_rows_is_read_too() {
        String file = "DEP_Pyrenees_Orientales_recensement_conventions_DEFINITIF_pour_publication_.ods";
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", SCDL.toString()));
        ExchangeDocument doc = Bundles.read(new XlsxFrAdapter(), AdapterInput.of(file, Bundles.resource("/scdl/" + file)),
                context);

        assertThat(new XlsxFrAdapter().detect(AdapterInput.of(file, Bundles.resource("/scdl/" + file))).canRead()).isTrue();
        List<Project> projects = doc.recordsOf(Project.class).toList();
        assertThat(projects).isNotEmpty();
        Project first = projects.get(0);
        assertThat(first.funding().get(0).amount().amount()).isEqualByComparingTo(new BigDecimal("40000"));
        assertThat(first.funding().get(0).date()).isEqualTo(LocalDate.of(2017, 10, 23));
        assertThat(doc.recordsOf(Organization.class).findFirst().orElseThrow().name().get("fr"))
                .contains("l'Association La Bressola");
        Finding titles = finding(context, "adapter.spreadsheet-title-rows");
        assertThat(titles.location().sheet()).isEqualTo("à publier");
        assertThat(context.findings()).allSatisfy(f -> assertThat(f.location().line()).isPositive());
    }

    @Test
    void a_tunisian_municipality_list_with_title_rows_and_numbers_as_text() {
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", TN.toString()));
        ExchangeDocument doc = Bundles.read(new XlsxTnAdapter(), AdapterInput.of("بلديات.xlsx", Workbooks.municipalities()),
                context);

        assertThat(context.errors()).isEmpty();
        List<LocalAuthority> communes = doc.recordsOf(LocalAuthority.class)
                .filter(a -> a.kind() == AuthorityKind.COMMUNE).toList();
        assertThat(communes).extracting(LocalAuthority::id).containsExactly("tn-onshor-11013", "tn-onshor-11014",
                "tn-onshor-12011", "tn-onshor-81013");
        assertThat(communes.get(0).name().texts()).containsEntry("ar", "قرطاج").containsEntry("fr", "Carthage");
        assertThat(communes.get(2).name().get("ar")).contains("أریانة");
        assertThat(communes.get(3).name().get("ar")).contains("المـطـويّـة");
        assertThat(communes.get(3).place().geo().lat()).isEqualTo(33.9667);
        assertThat(finding(context, "adapter.spreadsheet-title-rows").location().sheet()).isEqualTo("البلديات");
    }

    @Test
    void election_results_are_read_structurally_and_what_cannot_be_mapped_is_located() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = Bundles.read(new XlsxTnAdapter(), AdapterInput.of("results.xlsx",
                Workbooks.electionResults()), context);

        assertThat(doc.records()).isEmpty();
        Finding unknown = finding(context, "adapter.spreadsheet-unknown-table");
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.location().sheet()).isEqualTo("عدد الأصوات المصرح بها حسب مكتب");
        assertThat(unknown.location().cell()).isEqualTo("A1");
        assertThat(finding(context, "adapter.spreadsheet-no-table").severity()).isEqualTo(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx-fr", "xlsx-tn"})
    void naughty_strings_round_trip_and_never_start_a_cell(String id) throws Exception {
        JsonNode all = JsonMapper.builder().build().readTree(Bundles.resource("/naughty/blns.json"));
        List<JisrRecord> records = new ArrayList<>();
        for (JsonNode s : all) {
            if (!s.asString().isEmpty()) {
                records.add(Organization.builder("org-naughty-" + records.size())
                        .name(MultilingualText.of("fr", s.asString(), "en", s.asString()))
                        .kind(OrganizationKind.OTHER).acronym(s.asString()).build());
            }
        }
        ExchangeDocument naughty = new ExchangeDocument(DocumentMetadata.EMPTY, records);
        byte[] xlsx = Bundles.write(adapter(id), naughty, "naughty.xlsx", new RecordingContext());
        RecordingContext reading = new RecordingContext();
        ExchangeDocument back = Bundles.read(adapter(id), AdapterInput.of("naughty.xlsx", xlsx), reading);

        assertThat(reading.errors()).isEmpty();
        JisrJson json = JisrJson.create();
        for (int i = 0; i < records.size(); i++) {
            assertThat(json.toJsonLine(back.records().get(i))).isEqualTo(json.toJsonLine(records.get(i)));
        }
        int cells = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                ? cell.getStringCellValue() : "";
                        assertThat(FORMULA_START.matcher(text).matches()).as("%s!%s: %s", sheet.getSheetName(),
                                cell.getAddress(), text).isFalse();
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(records.size() * 3);
    }

    @Test
    void a_workbook_that_expands_like_a_zip_bomb_is_not_read() throws Exception {
        byte[] xlsx = Bundles.write(new XlsxFrAdapter(), Bundles.flagship(), "atelier.xlsx", new RecordingContext());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        Path file = java.nio.file.Files.createTempFile("jisr-bomb", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        java.nio.file.Files.delete(file);
        RecordingContext context = new RecordingContext();
        Bundles.read(new XlsxFrAdapter(), AdapterInput.of("bomb.xlsx", bomb.toByteArray()), context);

        assertThat(finding(context, "adapter.spreadsheet-limit-exceeded").parameters())
                .isEqualTo(Map.of("limit", "maxExpansionRatio", "maximum", "100"));
    }

    @Test
    void a_cell_longer_than_the_limit_stops_reading() {
        byte[] xlsx = Workbooks.workbook("Événements", new Object[] {"Identifiant", "Type", "Titre (fr)", "Début"},
                new Object[] {"event-1", "Atelier", "x".repeat(100), "10/12/2024"});
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS.withMaxCellLength(20), Map.of());
        Bundles.read(new XlsxFrAdapter(), AdapterInput.of("long.xlsx", xlsx), context);

        Finding f = finding(context, "adapter.spreadsheet-limit-exceeded");
        assertThat(f.location().cell()).isEqualTo("C2");
        assertThat(f.location().sheet()).isEqualTo("Événements");
    }

    @Test
    void both_profiles_are_found_by_service_loader() {
        assertThat(ServiceLoader.load(Adapter.class).stream().map(ServiceLoader.Provider::type))
                .contains(XlsxFrAdapter.class, XlsxTnAdapter.class);
        assertThat(new XlsxFrAdapter().detect(AdapterInput.of("x.xlsx", Workbooks.municipalities())).confidence())
                .isEqualTo(0.9);
        assertThat(new XlsxFrAdapter().detect(AdapterInput.of("x.zip", "PK\3\4".getBytes(StandardCharsets.UTF_8)))
                .canRead()).isFalse();
    }
}
