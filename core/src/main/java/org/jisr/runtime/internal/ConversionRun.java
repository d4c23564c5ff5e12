package org.jisr.runtime.internal;

import org.jisr.validation.internal.ConversionFindings;
import org.jisr.validation.internal.JsonAdapterFindings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jisr.core.ProgressListener;
import org.jisr.core.internal.ProgressMeter;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.runtime.ConversionReport;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * One conversion: reads records from one adapter, checks each against the target's declared
 * limitations, hands it to the other adapter, and moves the output into place only when all
 * went well. Every call into adapter code goes through the {@link AdapterGuard}. One instance
 * runs once; not thread-safe.
 */
public final class ConversionRun {

    /**
     * What a run did.
     *
     * @param recordsRead    records read from the input
     * @param recordsWritten records the target adapter accepted
     * @param findings       every finding
     * @param losses         the losses kept
     * @param lossCount      the number of losses
     * @param written        whether the target was written
     */
    public record Outcome(long recordsRead, long recordsWritten, ValidationReport findings,
            List<ConversionReport.Loss> losses, long lossCount, boolean written) {
    }

    private final Adapter from;
    private final AdapterDescriptor source;
    private final Adapter to;
    private final AdapterDescriptor target;
    private final boolean strict;
    private final ReadLimits limits;
    private final int maxLosses;
    private final ValidationReport.Builder findings;
    private final AdapterGuard guard;
    private final LimitationCheck limitations;
    private final List<ConversionReport.Loss> losses = new ArrayList<>();
    private long lossCount;
    private long recordsRead;
    private long recordsWritten;
    private long errors;
    private String inputName = "";
    private @Nullable RecordReader reader;
    private @Nullable JisrRecord current;
    private final Set<String> currentLosses = new HashSet<>();
    private final ProgressListener progress;
    private ProgressMeter meter = new ProgressMeter("", -1, ProgressListener.NONE);
    private Map<String, String> adapterOptions = Map.of();

    /**
     * Prepares a run.
     *
     * @param from           the adapter that reads
     * @param source         its descriptor
     * @param to             the adapter that writes
     * @param target         its descriptor
     * @param strict         whether a loss is an error
     * @param limits         the read limits
     * @param samplesPerCode the most findings of one code kept
     * @param maxLosses      the most losses kept
     * @param progress       told of the records and bytes read
     */
    public ConversionRun(Adapter from, AdapterDescriptor source, Adapter to, AdapterDescriptor target, boolean strict,
            ReadLimits limits, int samplesPerCode, int maxLosses, ProgressListener progress) {
        this.progress = progress;
        this.from = from;
        this.source = source;
        this.to = to;
        this.target = target;
        this.strict = strict;
        this.limits = limits;
        this.maxLosses = maxLosses;
        this.findings = ValidationReport.builder(samplesPerCode);
        this.guard = new AdapterGuard(this::add);
        this.limitations = new LimitationCheck(target.limitations());
    }

    /**
     * Sets the options given to both adapters ({@code AdapterContext.options()}).
     *
     * @param options the options by name
     * @return this run
     */
    public ConversionRun adapterOptions(Map<String, String> options) {
        this.adapterOptions = Map.copyOf(options);
        return this;
    }

    /**
     * Runs the conversion.
     *
     * @param input  what to read
     * @param output the file to write
     * @return what happened
     */
    public Outcome run(AdapterInput given, Path output) {
        meter = new ProgressMeter(given.name(), MeteredInput.sizeOf(given), progress);
        AdapterInput input = new MeteredInput(given, meter);
        inputName = input.name();
        findings.file(inputName);
        AtomicTarget file;
        try {
            file = AtomicTarget.create(output);
        } catch (IOException e) {
            outputFailed(output, e);
            return outcome(false);
        }
        boolean written = false;
        try {
            if (convert(input, file) && errors == 0) {
                file.commit();
                written = true;
            }
        } catch (IOException e) {
            outputFailed(output, e);
        } finally {
            if (!written) {
                try {
                    file.discard();
                } catch (IOException e) {
                    outputFailed(output, e);
                }
            }
        }
        return outcome(written);
    }

    /** Reads, checks and writes every record; tells whether both adapters completed without failing. */
    private boolean convert(AdapterInput input, AtomicTarget file) {
        String out = file.name();
        Optional<RecordReader> opened = guard.call(source.id(), inputName,
                () -> from.openReader(input, new Context(source.id())));
        if (opened.isEmpty()) {
            return false;
        }
        RecordReader in = opened.get();
        reader = in;
        Optional<RecordWriter> writer = guard.call(target.id(), out, () -> to.openWriter(file, new Context(target.id())));
        if (writer.isEmpty()) {
            guard.run(source.id(), inputName, in::close);
            return false;
        }
        RecordWriter w = writer.get();
        boolean writerClosed = false;
        try {
            // The first record first: a reader knows its metadata once it has read its head.
            Optional<JisrRecord> next = guard.call(source.id(), inputName, in::next).flatMap(r -> r);
            if (guard.failed()) {
                return false;
            }
            Optional<DocumentMetadata> metadata = guard.call(source.id(), inputName, in::metadata);
            if (metadata.isEmpty() || !guard.run(target.id(), out, () -> w.begin(metadata.get()))) {
                return false;
            }
            while (next.isPresent() && !guard.failed()) {
                carry(next.get(), w, out);
                if (guard.failed()) {
                    break;
                }
                next = guard.call(source.id(), inputName, in::next).flatMap(r -> r);
            }
            if (guard.failed()) {
                return false;
            }
            current = null;
            guard.call(source.id(), inputName, in::metadata)
                    .ifPresent(complete -> metadataLost(metadata.get(), complete));
            writerClosed = true;
            return guard.run(target.id(), out, w::close) && !guard.failed();
        } finally {
            if (!writerClosed) {
                guard.run(target.id(), out, w::close);
            }
            guard.run(source.id(), inputName, in::close);
        }
    }

    private void carry(JisrRecord record, RecordWriter w, String out) {
        recordsRead++;
        meter.record();
        current = record;
        currentLosses.clear();
        if (!target.recordTypes().contains(record.type())) {
            loss(record, "", target.id());
            return;
        }
        for (String pointer : limitations.covered(record)) {
            loss(record, pointer, target.id());
        }
        if (currentLosses.contains("")) {
            return;
        }
        if (guard.run(target.id(), out, () -> w.write(record))) {
            recordsWritten++;
        }
    }

    /** Reports a value (or, for {@code ""}, a whole record) the target cannot carry, once. */
    private void loss(JisrRecord record, String pointer, String adapter) {
        if (record == current) {
            for (String reported : currentLosses) {
                if (pointer.equals(reported) || pointer.startsWith(reported + "/") || reported.isEmpty()) {
                    return;
                }
            }
            currentLosses.add(pointer);
        }
        lossCount++;
        if (losses.size() < maxLosses) {
            losses.add(new ConversionReport.Loss(record.id(), record.type(), pointer, adapter));
        }
        Location at = locate(record, pointer);
        if (pointer.isEmpty()) {
            emit(ConversionFindings.RECORD_LOST, at, Map.of("record", record.id(), "recordType",
                    record.type().jsonName()));
        } else {
            emit(ConversionFindings.VALUE_LOST, at, Map.of("record", record.id(), "pointer", pointer));
        }
    }

    /** Where a value of a record is in the input: the reader knows, for the record it read last. */
    private Location locate(JisrRecord record, String pointer) {
        RecordReader in = reader;
        if (record == current && in != null) {
            Optional<Location> at = guard.call(source.id(), inputName, () -> in.locate(pointer));
            if (at.isPresent()) {
                return at.get();
            }
        }
        return Location.of(inputName, pointer, 0, 0);
    }

    /** Reports the members of the metadata the reader completed after the output had begun. */
    private void metadataLost(DocumentMetadata begun, DocumentMetadata complete) {
        if (begun.equals(complete)) {
            return;
        }
        List<String> pointers = new ArrayList<>();
        compare(pointers, "/id", begun.id(), complete.id());
        compare(pointers, "/created", begun.created(), complete.created());
        compare(pointers, "/publisher", begun.publisher(), complete.publisher());
        compare(pointers, "/language", begun.language(), complete.language());
        compare(pointers, "/title", begun.title(), complete.title());
        compare(pointers, "/description", begun.description(), complete.description());
        compare(pointers, "/extensions", begun.extensions(), complete.extensions());
        for (String pointer : pointers) {
            lossCount++;
            if (losses.size() < maxLosses) {
                losses.add(new ConversionReport.Loss("", null, pointer, target.id()));
            }
            emit(ConversionFindings.METADATA_LOST, Location.of(inputName, pointer, 0, 0), Map.of("pointer", pointer));
        }
    }

    private static void compare(List<String> pointers, String pointer, @Nullable Object begun,
            @Nullable Object complete) {
        if (!Objects.equals(begun, complete)) {
            pointers.add(pointer);
        }
    }

    private void emit(FindingType type, Location at, Map<String, String> parameters) {
        Severity severity = strict ? Severity.ERROR : type.defaultSeverity();
        add(new Finding(type, severity, parameters, at));
    }

    private void add(Finding finding) {
        if (finding.severity() == Severity.ERROR) {
            errors++;
        }
        findings.add(finding);
    }

    private void outputFailed(Path output, Exception e) {
        String message = e.getMessage();
        String reason = e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        add(new Finding(ConversionFindings.OUTPUT_FAILED, ConversionFindings.OUTPUT_FAILED.defaultSeverity(),
                Map.of("output", output.toString(), "reason", reason), Location.of(output.toString(), "", 0, 0)));
    }

    private Outcome outcome(boolean written) {
        meter.done();
        return new Outcome(recordsRead, recordsWritten, findings.records(recordsRead).build(), losses, lossCount, written);
    }

    /** What an adapter's reader or writer reports through. */
    private final class Context implements AdapterContext {
        private final String adapter;

        Context(String adapter) {
            this.adapter = adapter;
        }

        @Override
        public ReadLimits limits() {
            return limits;
        }

        @Override
        public Map<String, String> options() {
            return adapterOptions;
        }

        @Override
        public void report(FindingType type, Location at, Map<String, String> parameters) {
            Objects.requireNonNull(type, "type");
            add(new Finding(type, type.defaultSeverity(), parameters, at));
        }

        @Override
        public void lost(JisrRecord record, String pointer) {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(pointer, "pointer");
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
            }
            loss(record, pointer, adapter);
        }
    }
}
