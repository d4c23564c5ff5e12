package org.jisr.validation.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jisr.validation.Finding;

/** The parameters of a finding in a fixed order, so that the same report always renders alike. */
final class ReportParameters {

    private ReportParameters() {
    }

    /**
     * Returns the names of a finding's parameters: first those its type declares, in that order,
     * then any others, sorted.
     */
    static List<String> names(Finding finding) {
        Map<String, String> parameters = finding.parameters();
        List<String> names = new ArrayList<>();
        for (String declared : finding.type().parameters()) {
            if (parameters.containsKey(declared)) {
                names.add(declared);
            }
        }
        for (String other : new TreeSet<>(parameters.keySet())) {
            if (!names.contains(other)) {
                names.add(other);
            }
        }
        return names;
    }
}
