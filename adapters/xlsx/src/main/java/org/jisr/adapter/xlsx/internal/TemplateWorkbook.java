package org.jisr.adapter.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.TableWriting;
import org.jisr.adapter.tabular.internal.TemplateText;
import org.jisr.core.JisrIOException;

/** The workbook of an xlsx template (XlsxTemplates). Stateless. */
public final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    /**
     * Writes the template of a mapping.
     *
     * @param m    the mapping
     * @param file the workbook to write
     * @return the file
     */
    public static Path write(Mapping m, Path file) {
        TemplateText text = new TemplateText(m);
        TableWriting writing = new TableWriting(m, text1 -> true);
        boolean rtl = m.language().equals("ar");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);

            XSSFSheet readme = book.createSheet(readmeName(m.language()));
            readme.setRightToLeft(rtl);
            readme.createRow(0).createCell(0).setCellValue(text.text("title"));
            readme.getRow(0).getCell(0).setCellStyle(header);
            readme.createRow(1).createCell(0).setCellValue(text.text("intro"));
            Row headings = readme.createRow(3);
            String[] titles = {text.text("heading.table"), text.text("heading.column"), text.text("heading.description"),
                text.text("heading.values")};
            for (int i = 0; i < titles.length; i++) {
                headings.createCell(i).setCellValue(titles[i]);
                headings.getCell(i).setCellStyle(header);
            }
            int r = 4;
            for (TemplateText.Line line : text.lines()) {
                Row row = readme.createRow(r++);
                String[] cells = {line.table(), line.column(), line.description(), line.values()};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                    row.getCell(i).setCellStyle(wrap);
                }
            }
            readme.setColumnWidth(0, 24 * 256);
            readme.setColumnWidth(1, 28 * 256);
            readme.setColumnWidth(2, 70 * 256);
            readme.setColumnWidth(3, 45 * 256);

            for (Mapping.Table t : m.tables()) {
                XSSFSheet sheet = book.createSheet(t.name(m.language()));
                sheet.setRightToLeft(rtl);
                List<String> names = t.document() ? List.of(t.columns().get(0).header(m.language()),
                        t.columns().get(1).header(m.language())) : writing.header(t);
                Row row = sheet.createRow(0);
                for (int i = 0; i < names.size(); i++) {
                    row.createCell(i).setCellValue(names.get(i));
                    row.getCell(i).setCellStyle(header);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, names.get(i).length() + 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            book.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new JisrIOException("cannot write the template " + file, e);
        }
    }

    private static String readmeName(String language) {
        return switch (language) {
            case "fr" -> "Lisez-moi";
            case "ar" -> "اقرأني";
            default -> "Read me";
        };
    }
}
