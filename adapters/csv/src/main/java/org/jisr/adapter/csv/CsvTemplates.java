package org.jisr.adapter.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jisr.adapter.csv.internal.CsvRecordWriter;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.MappingAccess;
import org.jisr.adapter.tabular.internal.TableWriting;
import org.jisr.adapter.tabular.internal.TemplateText;
import org.jisr.core.JisrIOException;

/**
 * Writes a CSV template: one empty CSV file per table of a mapping (UTF-8 with a byte order mark,
 * {@code ;}, the header row in the mapping's language), and a {@code README.md} that explains each
 * column in that language, with the values its codelist allows. A folder of CSV files is a bundle
 * the CSV adapters read (they ignore the README). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CsvTemplates {

    private CsvTemplates() {
    }

    /**
     * Writes the template into a folder, creating it when needed; files of the same names are replaced.
     *
     * @param mapping the mapping ({@code TabularMapping.builtIn(TabularMapping.FRENCH)} for csv-fr)
     * @param folder  the folder
     * @return the files written, the README last
     * @throws JisrIOException when a file cannot be written
     */
    public static List<Path> write(TabularMapping mapping, Path folder) {
        Mapping m = MappingAccess.of(mapping);
        TableWriting writing = new TableWriting(m, text -> true);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Mapping.Table t : m.tables()) {
                Path file = folder.resolve(t.name(m.language()) + ".csv");
                List<String> header = t.document() ? List.of(t.columns().get(0).header(m.language()),
                        t.columns().get(1).header(m.language())) : writing.header(t);
                StringBuilder line = new StringBuilder("\uFEFF");
                for (int i = 0; i < header.size(); i++) {
                    line.append(i == 0 ? "" : String.valueOf(CsvRecordWriter.SEPARATOR)).append(quote(header.get(i)));
                }
                Files.writeString(file, line.append("\r\n"), StandardCharsets.UTF_8);
                written.add(file);
            }
            Path readme = folder.resolve("README.md");
            try (Writer w = Files.newBufferedWriter(readme, StandardCharsets.UTF_8)) {
                w.write(readme(new TemplateText(m)));
            }
            written.add(readme);
            return written;
        } catch (IOException e) {
            throw new JisrIOException("cannot write the template in " + folder, e);
        }
    }

    private static String quote(String cell) {
        return cell.indexOf(CsvRecordWriter.SEPARATOR) >= 0 || cell.indexOf('"') >= 0
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The README in Markdown: the intro, then a table of the columns of each table. */
    static String readme(TemplateText text) {
        StringBuilder s = new StringBuilder("# ").append(text.text("title")).append("\n\n")
                .append(text.text("intro")).append("\n");
        String table = null;
        for (TemplateText.Line line : text.lines()) {
            if (!line.table().equals(table)) {
                table = line.table();
                s.append("\n## ").append(table).append("\n\n").append(line.description()).append("\n\n");
                s.append("| ").append(text.text("heading.column")).append(" | ").append(text.text("heading.description"))
                        .append(" | ").append(text.text("heading.values")).append(" |\n|---|---|---|\n");
                if (line.column().isEmpty()) {
                    continue;
                }
            }
            if (!line.column().isEmpty()) {
                s.append("| ").append(cell(line.column())).append(" | ").append(cell(line.description())).append(" | ")
                        .append(cell(line.values())).append(" |\n");
            }
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "<br>");
    }
}
