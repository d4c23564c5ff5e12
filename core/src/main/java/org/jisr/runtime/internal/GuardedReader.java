package org.jisr.runtime.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RecordReader} whose every call goes through the {@link Guard}; what the adapter's
 * reader throws becomes an {@code adapter.failed} finding reported through the conversion's
 * {@link AdapterContext}, located at the input.
 *
 * <p>Safe defaults: after a failure of {@link #next()} (or of {@code openReader}, see
 * {@link #failedToOpen}) the reader is {@linkplain #failed() failed} and returns no more records,
 * because the adapter's state is unknown; records read before remain valid. {@link #metadata()}
 * falls back to {@link DocumentMetadata#EMPTY}, {@link #locate} to the input without line and
 * column. {@link #close()} closes the adapter's reader once, even after a failure.
 *
 * <p>Limits: the host, not the adapter, stops a reader that never ends. After
 * {@link org.jisr.validation.ReadLimits#maxRecords() maxRecords} records, a further record
 * makes the reader report {@code syntax.limit-exceeded} ({@code maxRecords}) and end. A reader
 * that blocks inside {@code next()} cannot be stopped this way: a plugin's reader is called within
 * its {@link CallLimit}, whose time limit stops it.
 *
 * <p>Not thread-safe, like the reader it wraps.
 */
public final class GuardedReader implements RecordReader {

    private final String adapterId;
    private final RecordReader delegate;
    private final String inputName;
    private final AdapterContext context;
    private final Consumer<Finding> findings;
    private final long maxRecords;
    private final CallLimit limit;
    private final CallLimit.@Nullable Gate gate;
    private long records;
    private boolean failed;
    private boolean ended;
    private boolean closed;

    GuardedReader(String adapterId, RecordReader delegate, String inputName, AdapterContext context) {
        this(adapterId, delegate, inputName, context, CallLimit.DIRECT, null);
    }

    GuardedReader(String adapterId, RecordReader delegate, String inputName, AdapterContext context, CallLimit limit,
            CallLimit.@Nullable Gate gate) {
        this.limit = limit;
        this.gate = gate;
        this.adapterId = adapterId;
        this.delegate = delegate;
        this.inputName = inputName;
        this.context = context;
        this.findings = f -> context.report(f.type(), f.location(), f.parameters());
        this.maxRecords = context.limits().maxRecords();
    }

    /**
     * A reader for an adapter whose {@code openReader} failed (already reported): it has no
     * record and is {@linkplain #failed() failed}.
     */
    static GuardedReader failedToOpen(String adapterId, String inputName, AdapterContext context) {
        GuardedReader reader = new GuardedReader(adapterId, new EmptyReader(inputName), inputName, context);
        reader.failed = true;
        return reader;
    }

    /**
     * Returns the next record, or empty at the end, after a failure, or past the record limit.
     *
     * @return the record, or empty
     */
    @Override
    public Optional<JisrRecord> next() {
        if (failed || ended || closed) {
            return Optional.empty();
        }
        Optional<JisrRecord> next = Guard.call(adapterId, "next", Guard.at(inputName), findings, limit, gate, delegate::next,
                () -> {
                    failed = true;
                    return Optional.empty();
                });
        if (next.isEmpty()) {
            ended = true;
            return next;
        }
        if (records >= maxRecords) {
            ended = true;
            context.report(SyntaxFindings.LIMIT_EXCEEDED, Guard.at(inputName),
                    Map.of("limit", "maxRecords", "maximum", String.valueOf(maxRecords)));
            return Optional.empty();
        }
        records++;
        return next;
    }

    @Override
    public DocumentMetadata metadata() {
        if (faultedHere()) {
            return DocumentMetadata.EMPTY; // its fault is reported already; not called again
        }
        return Guard.call(adapterId, "metadata", Guard.at(inputName), findings, limit, gate, delegate::metadata,
                () -> DocumentMetadata.EMPTY);
    }

    @Override
    public Location locate(String pointerInRecord) {
        if (faultedHere()) {
            return Guard.at(inputName);
        }
        return Guard.call(adapterId, "locate", Guard.at(inputName), findings, limit, gate,
                () -> delegate.locate(pointerInRecord),
                () -> Guard.at(inputName));
    }

    /** Closes the adapter's reader, once; a failure to close is reported, not thrown. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (faultedHere()) {
            return; // a thread may still be in the adapter's reader: leave it alone
        }
        Guard.run(adapterId, "close", Guard.at(inputName), findings, limit, gate, delegate::close);
    }

    /** Tells whether this reader timed out or ran out of memory (reported then): it is not called again. */
    private boolean faultedHere() {
        CallLimit.Gate g = gate;
        return g != null && g.isShut();
    }

    /**
     * Tells whether the adapter failed while reading (or opening): the records read may be
     * incomplete, and an {@code adapter.failed} finding says why.
     *
     * @return {@code true} after a failure of {@code openReader} or {@code next}
     */
    public boolean failed() {
        return failed;
    }

    /**
     * Returns how many records this reader has returned.
     *
     * @return the count
     */
    public long recordsRead() {
        return records;
    }

    /** The reader of nothing, behind a reader whose adapter could not open one. */
    private record EmptyReader(String inputName) implements RecordReader {

        @Override
        public Optional<JisrRecord> next() {
            return Optional.empty();
        }

        @Override
        public DocumentMetadata metadata() {
            return DocumentMetadata.EMPTY;
        }

        @Override
        public Location locate(String pointerInRecord) {
            return Guard.at(inputName);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
