package org.jisr.spi;

import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;

/**
 * What the host gives an adapter's readers and writers: where to report findings and losses, and
 * the limits to respect. One context serves one conversion; not thread-safe.
 *
 * @since 0.1
 */
public interface AdapterContext {

    /**
     * Returns the read limits the user asked for; a reader that exceeds one reports it and stops.
     *
     * @return the limits
     */
    ReadLimits limits();

    /**
     * Returns the options the user gave the adapters of this conversion, by name, such as
     * {@code mapping} = the path of a mapping file for the spreadsheet adapters. Each adapter
     * documents the options it reads and ignores the others; an option it cannot use (a file that
     * does not exist) is reported as a finding, never thrown.
     *
     * @return the options, empty by default
     * @since 0.1
     */
    default Map<String, String> options() {
        return Map.of();
    }

    /**
     * Reports a finding about the input or output (usually of layer {@code adapter}), such as an
     * unreadable cell or an unknown column. The type's messages must exist in French, Arabic and
     * English in its bundle.
     *
     * @param type       the kind of finding
     * @param at         where, in the adapter's own terms (file, line, column; sheet and cell)
     * @param parameters its parameters by name
     */
    void report(FindingType type, Location at, Map<String, String> parameters);

    /**
     * Reports that a writer could not carry a value of a record.
     *
     * @param record  the record
     * @param pointer the JSON Pointer of the value in the record ({@code /participants/2/description})
     */
    void lost(JisrRecord record, String pointer);
}
