package org.jisr.adapter.tabular.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jisr.adapter.tabular.MappingException;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.spi.support.AbstractRecordReader;
import org.jisr.validation.Location;

/**
 * The mapping a conversion uses, for every spreadsheet adapter (CSV and xlsx): the file the
 * adapter option {@code mapping} names, else the adapter's own; and what an adapter opens when
 * that file cannot be used (a reader and a writer that do nothing, after the finding).
 */
public final class ConversionMapping {

    /** The adapter option naming a mapping file. */
    public static final String OPTION = "mapping";

    private ConversionMapping() {
    }

    /**
     * The mapping of a conversion.
     *
     * @param context the conversion's context, with its options
     * @param file    the input or output, where a bad mapping is reported
     * @param own     the adapter's mapping
     * @return the mapping, empty (after an {@code adapter.spreadsheet-bad-mapping} finding) when the
     *         option names an unusable file
     */
    public static Optional<Mapping> of(AdapterContext context, String file, Mapping own) {
        String option = context.options().get(OPTION);
        if (option == null) {
            return Optional.of(own);
        }
        try {
            return Optional.of(MappingAccess.of(TabularMapping.read(Path.of(option))));
        } catch (MappingException | JisrIOException | InvalidPathException e) {
            context.report(SpreadsheetFindings.BAD_MAPPING, Location.ofCell(file, null, "A1", 1, 1),
                    Map.of("mapping", option, "reason", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /**
     * A reader that reads nothing, for a conversion whose mapping could not be read.
     *
     * @param name the input's name
     * @return the reader
     */
    public static RecordReader nothingToRead(String name) {
        return new AbstractRecordReader(name) {
            @Override
            public Optional<JisrRecord> next() {
                return Optional.empty();
            }
        };
    }

    /**
     * A writer that writes nothing, for a conversion whose mapping could not be read.
     *
     * @return the writer
     */
    public static RecordWriter nothingToWrite() {
        return new RecordWriter() {
            @Override
            public void begin(DocumentMetadata metadata) {
            }

            @Override
            public void write(JisrRecord record) {
            }

            @Override
            public void close() {
            }
        };
    }
}
