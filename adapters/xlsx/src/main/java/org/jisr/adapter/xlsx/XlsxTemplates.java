package org.jisr.adapter.xlsx;

import java.nio.file.Path;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.adapter.tabular.internal.MappingAccess;
import org.jisr.adapter.xlsx.internal.TemplateWorkbook;
import org.jisr.core.JisrIOException;

/**
 * Writes an xlsx template: a first sheet that explains each column of each table in the
 * mapping's language, with the values its codelist allows, then one empty sheet per table with
 * its header row (bold, frozen; right to left for Arabic). The xlsx adapters read such a workbook
 * (they pass over the explanation sheet). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class XlsxTemplates {

    private XlsxTemplates() {
    }

    /**
     * Writes the template, creating the folder when needed; a file of the same name is replaced.
     *
     * @param mapping the mapping ({@code TabularMapping.builtIn(TabularMapping.TUNISIAN)} for xlsx-tn)
     * @param file    the workbook to write
     * @return the file
     * @throws JisrIOException when it cannot be written
     */
    public static Path write(TabularMapping mapping, Path file) {
        return TemplateWorkbook.write(MappingAccess.of(mapping), file);
    }
}
