package org.jisr.runtime.internal;

import java.util.function.Consumer;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RecordWriter} whose every call goes through the {@link Guard}; what the adapter's
 * writer throws becomes an {@code adapter.failed} finding reported through the conversion's
 * {@link AdapterContext}, located at the output.
 *
 * <p>Safe default: after a failure of {@code openWriter}, {@link #begin}, {@link #write} or
 * {@link #close} the writer is {@linkplain #failed() failed}; later {@code begin} and
 * {@code write} calls are skipped (the adapter's state is unknown), and {@link #close()} still
 * closes the adapter's writer, once, to release what it holds. A host must then discard the
 * output: Jisr's conversion writes to a temporary file and keeps it only when
 * {@link #failed()} is {@code false} after {@code close()}.
 *
 * <p>Not thread-safe, like the writer it wraps.
 */
public final class GuardedWriter implements RecordWriter {

    private final String adapterId;
    private final RecordWriter delegate;
    private final String outputName;
    private final Consumer<Finding> findings;
    private final CallLimit limit;
    private final CallLimit.@Nullable Gate gate;
    private long records;
    private boolean failed;
    private boolean closed;

    GuardedWriter(String adapterId, RecordWriter delegate, String outputName, AdapterContext context) {
        this(adapterId, delegate, outputName, context, CallLimit.DIRECT, null);
    }

    GuardedWriter(String adapterId, RecordWriter delegate, String outputName, AdapterContext context, CallLimit limit,
            CallLimit.@Nullable Gate gate) {
        this.limit = limit;
        this.gate = gate;
        this.adapterId = adapterId;
        this.delegate = delegate;
        this.outputName = outputName;
        this.findings = f -> context.report(f.type(), f.location(), f.parameters());
    }

    /**
     * A writer for an adapter whose {@code openWriter} failed (already reported): it writes
     * nothing and is {@linkplain #failed() failed}.
     */
    static GuardedWriter failedToOpen(String adapterId, String outputName, AdapterContext context) {
        GuardedWriter writer = new GuardedWriter(adapterId, NoWriter.INSTANCE, outputName, context);
        writer.failed = true;
        return writer;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (failed || closed) {
            return;
        }
        failed = !Guard.run(adapterId, "begin", Guard.at(outputName), findings, limit, gate,
                () -> delegate.begin(metadata));
    }

    @Override
    public void write(JisrRecord record) {
        if (failed || closed) {
            return;
        }
        if (Guard.run(adapterId, "write", Guard.at(outputName), findings, limit, gate, () -> delegate.write(record))) {
            records++;
        } else {
            failed = true;
        }
    }

    /** Completes the output by closing the adapter's writer, once; a failure is reported, not thrown. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (gate != null && gate.isShut()) {
            failed = true; // it timed out or ran out of memory here, as reported; a thread may still be in it
            return;
        }
        if (!Guard.run(adapterId, "close", Guard.at(outputName), findings, limit, gate, delegate::close)) {
            failed = true;
        }
    }

    /**
     * Tells whether the adapter failed while writing: the output is incomplete and must be
     * discarded; an {@code adapter.failed} finding says why.
     *
     * @return {@code true} after a failure of {@code openWriter}, {@code begin}, {@code write} or
     *         {@code close}
     */
    public boolean failed() {
        return failed;
    }

    /**
     * Returns how many records the adapter accepted without failing.
     *
     * @return the count
     */
    public long recordsWritten() {
        return records;
    }

    /** The writer of nothing, behind a writer whose adapter could not open one. */
    private enum NoWriter implements RecordWriter {
        INSTANCE;

        @Override
        public void begin(DocumentMetadata metadata) {
            // nothing to start
        }

        @Override
        public void write(JisrRecord record) {
            // nothing to write to
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
