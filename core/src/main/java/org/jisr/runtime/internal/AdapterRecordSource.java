package org.jisr.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jisr.core.ProgressListener;
import org.jisr.core.internal.ProgressMeter;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.RecordSource;
import org.jspecify.annotations.Nullable;

/**
 * The records an adapter reads, as a {@link RecordSource} for the validator: every call goes
 * through the adapter's {@link GuardedReader}, what the adapter reports goes to the validator's
 * sink in reading order, and the reader is closed (and what closing reports delivered) as soon
 * as it has no more records. Counts records and bytes for progress. One validation; not
 * thread-safe.
 */
public final class AdapterRecordSource implements RecordSource {

    private final GuardedReader reader;
    private final String name;
    private final ProgressMeter meter;
    /** What the adapter reported before the validator gave a sink (while opening). */
    private final List<Finding> pending = new ArrayList<>();
    private @Nullable Consumer<Finding> sink;
    /** The metadata once the reader is closed: a closed reader is not asked again. */
    private @Nullable DocumentMetadata complete;

    private AdapterRecordSource(GuardedAdapter adapter, AdapterInput input, ReadLimits limits,
            ProgressListener progress) {
        this.name = input.name();
        this.meter = new ProgressMeter(name, MeteredInput.sizeOf(input), progress);
        this.reader = adapter.openReader(new MeteredInput(input, meter), new Context(limits));
    }

    /**
     * Opens an adapter's reader on an input.
     *
     * @param adapter  the adapter, as a runtime gives it out
     * @param input    the input
     * @param limits   the read limits
     * @param progress told of the records and bytes read
     * @return the source
     */
    public static AdapterRecordSource open(GuardedAdapter adapter, AdapterInput input, ReadLimits limits,
            ProgressListener progress) {
        return new AdapterRecordSource(adapter, input, limits, progress);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<JisrRecord> next(Consumer<Finding> findings) {
        sink = Objects.requireNonNull(findings, "findings");
        pending.forEach(findings);
        pending.clear();
        Optional<JisrRecord> next = reader.next();
        if (next.isPresent()) {
            meter.record();
        } else {
            finish();
        }
        return next;
    }

    /** Closes the reader, once, keeping its complete metadata; what closing reports still counts. */
    public void finish() {
        if (complete == null) {
            complete = reader.metadata();
            reader.close();
            meter.done();
        }
    }

    @Override
    public DocumentMetadata metadata() {
        DocumentMetadata done = complete;
        return done != null ? done : reader.metadata();
    }

    @Override
    public Location locate(String pointerInRecord) {
        return reader.locate(pointerInRecord);
    }

    private void report(Finding finding) {
        Consumer<Finding> to = sink;
        if (to == null) {
            pending.add(finding);
        } else {
            to.accept(finding);
        }
    }

    /** What the adapter's reader reports through: findings go to the validator. */
    private final class Context implements AdapterContext {
        private final ReadLimits limits;

        Context(ReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public ReadLimits limits() {
            return limits;
        }

        @Override
        public void report(FindingType type, Location at, Map<String, String> parameters) {
            Objects.requireNonNull(type, "type");
            AdapterRecordSource.this.report(new Finding(type, type.defaultSeverity(), parameters, at));
        }

        @Override
        public void lost(JisrRecord record, String pointer) {
            // A reader carries everything it reads into the model; losses are a writer's.
        }
    }
}
