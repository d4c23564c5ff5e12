package org.jisr.adapter.xlsx;

import java.util.Optional;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.adapter.tabular.internal.ConversionMapping;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.MappingAccess;
import org.jisr.adapter.xlsx.internal.XlsxDetection;
import org.jisr.adapter.xlsx.internal.XlsxRecordReader;
import org.jisr.adapter.xlsx.internal.XlsxRecordWriter;
import org.jisr.core.JisrVersion;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;

/**
 * The xlsx adapters: a workbook holds one sheet per table of a {@link TabularMapping}.
 * {@link XlsxFrAdapter} ({@code xlsx-fr}) and {@link XlsxTnAdapter} ({@code xlsx-tn}) are the two
 * profiles; {@link #of} makes one with a mapping of your own.
 *
 * <p>Reading streams each sheet (one row in memory, with the workbook's shared strings), reads
 * typed cells (numbers exactly as stored, date cells as dates), skips title rows, reads two-row
 * and merged headers, and reports every problem as a finding located by sheet and cell
 * ({@code Partenariats!C7}, line = row, column = column). Old {@code .xls} workbooks and OpenDocument
 * spreadsheets ({@code .ods}) are read too (not written).
 * Archives that expand like zip bombs, and cells or inputs past the read limits, stop reading
 * with a finding. Writing streams too: dates as date cells, amounts as number cells, texts as
 * text cells with formula starts neutralised; Arabic sheets right to left in the Tunisian profile.
 *
 * <p><b>Option</b> {@code mapping} ({@link AdapterContext#options()}): the path of a mapping file
 * to read and write with instead of the profile's. Option {@code authorities} = {@code match}:
 * a local authority given by its name only gets the identifier the reference lists of
 * {@code jisr-reference} give it, with a finding saying how sure the match is. Stateless and thread-safe.
 *
 * @since 0.1
 */
public class XlsxAdapter implements Adapter {

    private final AdapterDescriptor descriptor;
    private final TabularMapping mapping;

    /**
     * Creates an adapter.
     *
     * @param id      its id
     * @param name    its human name
     * @param mapping its mapping
     */
    protected XlsxAdapter(String id, String name, TabularMapping mapping) {
        this.mapping = mapping;
        this.descriptor = AdapterDescriptor.builder(id, name)
                .version(JisrVersion.library())
                .mediaTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/vnd.ms-excel")
                .extensions("xlsx", "xls")
                .build();
    }

    /**
     * An adapter with a mapping of your own (add it to a runtime with {@code Jisr.builder().adapter(…)}).
     *
     * @param id      its id, lower-case kebab-case
     * @param name    its human name
     * @param mapping the mapping
     * @return the adapter
     */
    public static XlsxAdapter of(String id, String name, TabularMapping mapping) {
        return new XlsxAdapter(id, name, mapping);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Detection detect(AdapterInput input) {
        return XlsxDetection.detect(input, descriptor);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        Optional<Mapping> m = ConversionMapping.of(context, input.name(), MappingAccess.of(mapping));
        return m.isEmpty() ? ConversionMapping.nothingToRead(input.name()) : new XlsxRecordReader(input, context, m.get());
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        Optional<Mapping> m = ConversionMapping.of(context, output.name(), MappingAccess.of(mapping));
        return m.isEmpty() ? ConversionMapping.nothingToWrite() : new XlsxRecordWriter(output, context, m.get());
    }
}
