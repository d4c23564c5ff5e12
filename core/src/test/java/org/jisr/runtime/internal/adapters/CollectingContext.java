package org.jisr.runtime.internal.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;

/** A host's context for driving an adapter directly: it keeps what the adapter reports. */
final class CollectingContext implements AdapterContext {

    /** A loss as reported. */
    record Lost(String record, String pointer) {
    }

    final List<Finding> findings = new ArrayList<>();
    final List<Lost> losses = new ArrayList<>();
    private final ReadLimits limits;

    CollectingContext() {
        this(ReadLimits.DEFAULTS);
    }

    CollectingContext(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public void report(FindingType type, Location at, Map<String, String> parameters) {
        findings.add(new Finding(type, type.defaultSeverity(), parameters, at));
    }

    @Override
    public void lost(JisrRecord record, String pointer) {
        losses.add(new Lost(record.id(), pointer));
    }

    List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
