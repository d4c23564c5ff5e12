package org.jisr.validation.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingCatalog;
import org.jisr.validation.FindingType;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;

/** The findings of a report grouped by code, with each code's exact count and the samples kept. */
final class CodeGroups {

    /**
     * One code of a report.
     *
     * @param code    the code
     * @param type    its finding type: that of its samples, or Jisr's own when none was kept
     * @param count   how many findings of it there were
     * @param samples the findings of it the report kept, in input order
     */
    record Group(String code, Optional<FindingType> type, long count, List<Finding> samples) {

        /** How many findings of this code the report left out. */
        long leftOut() {
            return Math.max(0, count - samples.size());
        }

        /** The most serious severity of the samples, or the type's default when none was kept. */
        Optional<Severity> severity() {
            return samples.stream().map(Finding::severity).min(Comparator.naturalOrder())
                    .or(() -> type.map(FindingType::defaultSeverity));
        }

        /** The distinct severities of the samples, most serious first. */
        List<Severity> severities() {
            List<Severity> all = samples.stream().map(Finding::severity).distinct().sorted().toList();
            return all.isEmpty() ? severity().stream().toList() : all;
        }
    }

    private CodeGroups() {
    }

    /**
     * Groups a report's findings by code, sorted by code: every code the report counted, even one
     * none of whose findings were kept (which a report built by {@link ValidationReport.Builder}
     * never has, but a code is never dropped on that assumption).
     */
    static List<Group> byCode(ValidationReport report) {
        Map<String, List<Finding>> samples = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            samples.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f);
        }
        Map<String, Long> counts = new java.util.TreeMap<>(report.countsByCode());
        samples.forEach((code, kept) -> counts.merge(code, (long) kept.size(), Math::max));
        List<Group> groups = new ArrayList<>(counts.size());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            List<Finding> kept = samples.getOrDefault(e.getKey(), List.of());
            Optional<FindingType> type = kept.isEmpty() ? FindingCatalog.find(e.getKey())
                    : Optional.of(kept.get(0).type());
            groups.add(new Group(e.getKey(), type, e.getValue(), List.copyOf(kept)));
        }
        return List.copyOf(groups);
    }

    /** Groups by code, the most serious first, then by code. */
    static List<Group> bySeverityThenCode(ValidationReport report) {
        List<Group> groups = new ArrayList<>(byCode(report));
        groups.sort(Comparator.comparingInt((Group g) -> g.severity().map(Enum::ordinal).orElse(Severity.values().length))
                .thenComparing(Group::code));
        return List.copyOf(groups);
    }
}
