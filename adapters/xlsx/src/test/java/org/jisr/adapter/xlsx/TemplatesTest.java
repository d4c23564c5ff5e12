package org.jisr.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jisr.adapter.csv.CsvFrAdapter;
import org.jisr.adapter.csv.CsvTemplates;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates: empty tables with their headers and an explanation in the profile's language, that read back. */
class TemplatesTest {

    @Test
    void a_csv_template_is_a_folder_of_empty_tables_and_a_readme(@TempDir Path dir) throws Exception {
        List<Path> files = CsvTemplates.write(TabularMapping.builtIn(TabularMapping.FRENCH), dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("Document.csv",
                "Collectivités.csv", "Organisations.csv", "Partenariats.csv", "Projets.csv", "Événements.csv", "README.md");
        String events = Files.readString(dir.resolve("Événements.csv"), StandardCharsets.UTF_8);
        assertThat(events).startsWith("\uFEFFIdentifiant;Type;Titre (fr);").endsWith("Autres données (JSON)\r\n");
        String readme = Files.readString(dir.resolve("README.md"));
        assertThat(readme).startsWith("# Comment remplir ces tableaux").contains("## Événements")
                .contains("| Type | Une des valeurs permises (un libellé ou un code). | Atelier (workshop)<br>")
                .contains("jj/mm/aaaa (10/12/2024)").contains("Texte en arabe.");

        RecordingContext context = new RecordingContext();
        assertThat(Bundles.read(new CsvFrAdapter(), dir, context).records()).isEmpty();
        assertThat(context.errors()).isEmpty();
        Files.writeString(dir.resolve("Événements.csv"), events + "event-1;Atelier;Atelier;;;;10/12/2024\r\n");
        assertThat(Bundles.read(new CsvFrAdapter(), dir, new RecordingContext()).recordsOf(Event.class)).hasSize(1);
    }

    @Test
    void an_xlsx_template_explains_its_columns_in_arabic_and_reads_back_empty(@TempDir Path dir) throws Exception {
        Path file = XlsxTemplates.write(TabularMapping.builtIn(TabularMapping.TUNISIAN), dir.resolve("نموذج.xlsx"));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("اقرأني", "الوثيقة", "الجماعات المحلية", "الهياكل", "الشراكات", "المشاريع",
                    "التظاهرات");
            XSSFSheet readme = book.getSheet("اقرأني");
            assertThat(readme.isRightToLeft()).isTrue();
            assertThat(readme.getRow(0).getCell(0).getStringCellValue()).isEqualTo("كيفية تعبئة هذه الجداول");
            boolean kinds = false;
            for (int r = 4; r <= readme.getLastRowNum(); r++) {
                if (readme.getRow(r).getCell(1).getStringCellValue().equals("الصنف")
                        && readme.getRow(r).getCell(0).getStringCellValue().equals("التظاهرات")) {
                    assertThat(readme.getRow(r).getCell(3).getStringCellValue()).contains("ورشة عمل (workshop)");
                    kinds = true;
                }
            }
            assertThat(kinds).isTrue();
            assertThat(book.getSheet("التظاهرات").getRow(0).getCell(0).getStringCellValue()).isEqualTo("المعرف");
        }
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = Bundles.read(new XlsxTnAdapter(), AdapterInput.of(file), context);
        assertThat(doc.records()).isEmpty();
        assertThat(context.findings()).noneMatch(f -> f.severity() != org.jisr.validation.Severity.INFO);
    }
}
