package org.jisr.validation.internal;

import java.util.Map;
import org.jisr.validation.FindingType;

/** Where a layer reports findings about the record being checked; the engine adds the location. */
@FunctionalInterface
public interface FindingSink {

    /**
     * Reports a finding.
     *
     * @param type            the kind of finding
     * @param pointerInRecord the JSON Pointer of the offending value, relative to the record
     *                        ({@code ""} for the record itself)
     * @param parameters      the finding's parameters by name
     */
    void report(FindingType type, String pointerInRecord, Map<String, String> parameters);
}
