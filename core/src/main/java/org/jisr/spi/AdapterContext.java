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
