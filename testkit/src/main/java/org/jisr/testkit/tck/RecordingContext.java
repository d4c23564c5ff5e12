package org.jisr.testkit.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;

/**
 * An {@link AdapterContext} that keeps everything an adapter reports: its findings, each with the
 * type's default severity, and the values its writers could not carry. Use it to drive an
 * adapter's readers and writers directly in tests; the {@link AdapterContractTest} gives one to
 * every reader and writer it opens.
 *
 * <pre>{@code
 * RecordingContext context = new RecordingContext();
 * try (RecordReader reader = adapter.openReader(RecordingInput.of("agenda.md", text), context)) {
 *     reader.next();
 * }
 * assertThat(context.findings()).extracting(Finding::code).containsExactly("markdown-agenda.bad-date");
 * }</pre>
 *
 * <p>Unlike the contexts a host gives adapters, this one is thread-safe, so that one context can
 * observe several readers at once.
 *
 * @since 0.1
 */
public final class RecordingContext implements AdapterContext {

    /**
     * A value a writer reported it could not carry.
     *
     * @param record  the record
     * @param pointer the JSON Pointer of the value in the record
     */
    public record Loss(JisrRecord record, String pointer) {
        /** Creates a loss. */
        public Loss {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(pointer, "pointer");
        }
    }

    private final ReadLimits limits;
    private final Map<String, String> options;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Loss> losses = new ArrayList<>();

    /** Creates a context with the {@linkplain ReadLimits#DEFAULTS default limits}. */
    public RecordingContext() {
        this(ReadLimits.DEFAULTS);
    }

    /**
     * Creates a context with the given limits.
     *
     * @param limits the limits readers must respect
     */
    public RecordingContext(ReadLimits limits) {
        this(limits, Map.of());
    }

    /**
     * Creates a context with the given limits and adapter options ({@link AdapterContext#options()}).
     *
     * @param limits  the limits readers must respect
     * @param options the options by name, such as {@code mapping} for the spreadsheet adapters
     * @since 0.1
     */
    public RecordingContext(ReadLimits limits, Map<String, String> options) {
        this.options = Map.copyOf(options);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public Map<String, String> options() {
        return options;
    }

    /** Keeps the finding, with the type's default severity. */
    @Override
    public synchronized void report(FindingType type, Location at, Map<String, String> parameters) {
        findings.add(new Finding(type, type.defaultSeverity(), parameters, at));
    }

    /** Keeps the loss. */
    @Override
    public synchronized void lost(JisrRecord record, String pointer) {
        losses.add(new Loss(record, pointer));
    }

    /**
     * Returns the findings reported so far, in the order reported.
     *
     * @return a copy of the findings
     */
    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * Returns the findings of severity {@link Severity#ERROR} reported so far.
     *
     * @return a copy of those findings
     */
    public synchronized List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * Returns the losses reported so far, in the order reported.
     *
     * @return a copy of the losses
     */
    public synchronized List<Loss> losses() {
        return List.copyOf(losses);
    }

    /**
     * Returns the pointers reported lost for one record (compared with {@code equals}).
     *
     * @param record the record
     * @return the pointers, in the order reported
     */
    public synchronized List<String> lostPointers(JisrRecord record) {
        return losses.stream().filter(l -> l.record().equals(record)).map(Loss::pointer).toList();
    }
}
