package org.jisr.adapter.csv;

import java.util.Optional;
import org.jisr.adapter.csv.internal.CsvDetection;
import org.jisr.adapter.csv.internal.CsvRecordReader;
import org.jisr.adapter.csv.internal.CsvRecordWriter;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.adapter.tabular.internal.ConversionMapping;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.MappingAccess;
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
 * The CSV adapters: a CSV file holds one table, a zip (or, for reading, a folder) of CSV files
 * holds one per table, and a {@link TabularMapping} says which table holds which record type and
 * which column which value. {@link CsvFrAdapter} ({@code csv-fr}) and {@link CsvTnAdapter}
 * ({@code csv-tn}) are the two profiles; {@link #of} makes one with a mapping of your own.
 *
 * <p>Reading detects the encoding (UTF-8 with or without a byte order mark, Windows-1252, or a
 * UTF-8 byte order mark followed by Windows-1252) and the separator ({@code ;}, {@code ,}, tab,
 * {@code |}), skips title rows above the header, reads two-row headers, and reports every problem
 * as a finding located by file, CSV file in the bundle, cell (A1) and line. Writing gives UTF-8
 * with a byte order mark, {@code ;}, and cells a spreadsheet would run as a formula neutralised.
 *
 * <p><b>Option</b> {@code mapping} ({@link AdapterContext#options()}): the path of a mapping file
 * to read and write with instead of the profile's. Option {@code authorities} = {@code match}:
 * a local authority given by its name only gets the identifier the reference lists of
 * {@code jisr-reference} give it, with a finding saying how sure the match is.
 *
 * <p>Nothing is lost: what no column of a table holds is written, in JSON, in the table's column
 * of other data. Stateless and thread-safe.
 *
 * @since 0.1
 */
public class CsvAdapter implements Adapter {

    private final AdapterDescriptor descriptor;
    private final TabularMapping mapping;

    /**
     * Creates an adapter.
     *
     * @param id      its id
     * @param name    its human name
     * @param mapping its mapping
     */
    protected CsvAdapter(String id, String name, TabularMapping mapping) {
        this.mapping = mapping;
        this.descriptor = AdapterDescriptor.builder(id, name)
                .version(JisrVersion.library())
                .mediaTypes("text/csv", "application/zip")
                .extensions("zip", "csv")
                .build();
    }

    /**
     * An adapter with a mapping of your own, for a spreadsheet Jisr does not know (add it to a
     * runtime with {@code Jisr.builder().adapter(…)}).
     *
     * @param id      its id, lower-case kebab-case ({@code csv-scdl-subventions})
     * @param name    its human name
     * @param mapping the mapping
     * @return the adapter
     */
    public static CsvAdapter of(String id, String name, TabularMapping mapping) {
        return new CsvAdapter(id, name, mapping);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Detection detect(AdapterInput input) {
        return CsvDetection.detect(input, descriptor, MappingAccess.of(mapping));
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        Optional<Mapping> m = ConversionMapping.of(context, input.name(), MappingAccess.of(mapping));
        return m.isEmpty() ? ConversionMapping.nothingToRead(input.name()) : new CsvRecordReader(input, context, m.get());
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        Optional<Mapping> m = ConversionMapping.of(context, output.name(), MappingAccess.of(mapping));
        return m.isEmpty() ? ConversionMapping.nothingToWrite() : new CsvRecordWriter(output, context, m.get());
    }
}
