package org.jisr.testkit.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;

/** A real {@link AdapterContext} that keeps the findings it is given. */
final class RecordingContext implements AdapterContext {

    private final ReadLimits limits;
    final List<Finding> findings = new ArrayList<>();

    RecordingContext() {
        this(ReadLimits.DEFAULTS.maxRecords());
    }

    RecordingContext(long maxRecords) {
        ReadLimits d = ReadLimits.DEFAULTS;
        this.limits = new ReadLimits(d.maxDocumentBytes(), d.maxNestingDepth(), d.maxStringLength(),
                d.maxNumberLength(), d.maxNameLength(), d.maxLineLength(), maxRecords);
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
        throw new AssertionError("nothing is lost in these tests: " + record.id() + pointer);
    }
}
