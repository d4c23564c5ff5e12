package org.jisr.adapter.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks made for the tests, shaped like the real Tunisian ones (see tunisia/PROVENANCE.md in the
 * resources): their files may not be copied, so their shape is rebuilt here, with public facts.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** Rows of cells: a String is a text cell, a Number a number cell, null an empty cell. */
    static byte[] workbook(String sheetName, Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list of municipalities like the ISIE 2018 ones: an Arabic sheet name, title rows above a
     * bilingual header, codes and coordinates stored as text, Arabic-Indic digits, a Farsi yeh and
     * a tatweel. Names and codes: ISIE 2018 (via Democracy International) and Onshor's OpenBaladiati.
     */
    static byte[] municipalities() {
        return workbook("البلديات",
                new Object[] {"الجمهورية التونسية"},
                new Object[] {"الهيئة العليا المستقلة للانتخابات — قائمة البلديات (مثال توضيحي)"},
                new Object[] {},
                new Object[] {"الرمز", "الولاية", "Gouvernorat", "البلدية", "Municipalité", "خط العرض", "خط الطول"},
                new Object[] {"11013", "تونس", "Tunis", "قرطاج", "Carthage", "36.854517", "10.135934"},
                new Object[] {"١١٠١٤", "تونس", "Tunis", "سيدي بوسعيد", "Sidi Bou Said", "36.8687", "10.3416"},
                new Object[] {12011, "أریانة", "Ariana", "أریانة", "Ariana", 36.8625, 10.1956},
                new Object[] {"81013", "قابس", "Gabès", "المـطـويّـة", "El Metouia", "33,9667", "10"});
    }

    /**
     * Election results like the ISIE 2018 polling-station sheets: the Arabic sheet name, five title
     * rows, then the Arabic header «مركز الإقتراع | مكتب الإقتراع | 1-… | 2-…», numbers stored as text.
     * Illustrative values.
     */
    static byte[] electionResults() {
        return workbook("عدد الأصوات المصرح بها حسب مكتب",
                new Object[] {"الهيئة العليا المستقلة للانتخابات"},
                new Object[] {"الانتخابات البلدية 2018"},
                new Object[] {"الدائرة الانتخابية: أريانة"},
                new Object[] {"عدد الأصوات المصرح بها حسب مكتب الاقتراع"},
                new Object[] {},
                new Object[] {"مركز الإقتراع", "مكتب الإقتراع", "1- قائمة أ", "2- قائمة ب"},
                new Object[] {"المدرسة الابتدائية", "1", "120", "95"},
                new Object[] {"المدرسة الابتدائية", "2", "88", "101"});
    }
}
