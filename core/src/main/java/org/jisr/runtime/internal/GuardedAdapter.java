package org.jisr.runtime.internal;

import java.util.Objects;
import java.util.function.Consumer;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Finding;

/**
 * An adapter as the host uses it: every call into the adapter's code goes through the
 * {@link Guard}. Every {@code org.jisr.runtime.AdapterInfo#adapter()} is one; conversion code gets
 * it with {@link #of(Adapter)} to reach the richer signatures below.
 *
 * <ul>
 * <li>{@link #descriptor()} returns the descriptor read (guarded) once at discovery; the adapter
 *     is not asked again.</li>
 * <li>{@link #detect(AdapterInput, Consumer)} reports a failure as an {@code adapter.failed}
 *     finding; both {@code detect} methods then answer a confidence of 0 whose reason describes
 *     the failure.</li>
 * <li>{@link #openReader} and {@link #openWriter} report a failure through the context and return
 *     a {@linkplain GuardedReader#failed() failed} reader (no record) or writer (writes nothing);
 *     the readers and writers they return are {@link GuardedReader} and {@link GuardedWriter}.</li>
 * <li>A plugin of the plugin folder is called within its {@link #limit() CallLimit}: on a worker
 *     thread, with a time limit per call; once it has timed out or run out of memory it is
 *     disabled: {@code detect} answers 0 without calling it, and every other call is reported as
 *     {@code adapter.disabled}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe when the adapter is (the SPI requires it to be).
 */
public final class GuardedAdapter implements Adapter {

    private final Adapter delegate;
    private final AdapterDescriptor descriptor;
    private final String providerClass;
    private final CallLimit limit;

    private GuardedAdapter(Adapter delegate, AdapterDescriptor descriptor, CallLimit limit) {
        this.delegate = delegate;
        this.descriptor = descriptor;
        this.providerClass = delegate.getClass().getName();
        this.limit = limit;
    }

    /**
     * Guards an adapter whose descriptor has been read (through the guard) and validated.
     *
     * @param adapter    the adapter, or an adapter already guarded
     * @param descriptor its descriptor
     * @return the guarded adapter
     */
    static GuardedAdapter guard(Adapter adapter, AdapterDescriptor descriptor) {
        return guard(adapter, descriptor, CallLimit.DIRECT);
    }

    /**
     * Guards an adapter, calling it within a limit (a plugin's, on a worker thread).
     *
     * @param adapter    the adapter, or an adapter already guarded
     * @param descriptor its descriptor
     * @param limit      how it is called
     * @return the guarded adapter
     */
    static GuardedAdapter guard(Adapter adapter, AdapterDescriptor descriptor, CallLimit limit) {
        if (adapter instanceof GuardedAdapter guarded) {
            return guarded;
        }
        return new GuardedAdapter(adapter, descriptor, limit);
    }

    /**
     * Returns how the adapter is called: directly, or on a worker thread with a time limit.
     *
     * @return the limit
     */
    public CallLimit limit() {
        return limit;
    }

    /**
     * Returns the guarded adapter behind an adapter given out by a {@code Jisr} runtime.
     *
     * @param adapter an {@code AdapterInfo#adapter()}
     * @return the same object, as a guarded adapter
     * @throws IllegalArgumentException when the adapter does not come from a runtime (it is not
     *                                  guarded)
     */
    public static GuardedAdapter of(Adapter adapter) {
        if (adapter instanceof GuardedAdapter guarded) {
            return guarded;
        }
        throw new IllegalArgumentException("not an adapter of a Jisr runtime: " + adapter.getClass().getName());
    }

    /**
     * Returns the adapter's id.
     *
     * @return the id of its descriptor
     */
    public String id() {
        return descriptor.id();
    }

    /**
     * Returns the name of the adapter's class, as diagnoses name it.
     *
     * @return the binary class name
     */
    public String providerClass() {
        return providerClass;
    }

    /**
     * Returns the adapter itself, unguarded: only to unwrap it (the builder does, so that an
     * adapter is never guarded twice), never to call it.
     *
     * @return the adapter
     */
    Adapter unguarded() {
        return delegate;
    }

    /** Returns the descriptor read at discovery, without calling the adapter. */
    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Asks the adapter whether it can read an input; a failure gives a confidence of 0 whose
     * reason describes it. Prefer {@link #detect(AdapterInput, Consumer)}, which reports it.
     */
    @Override
    public Detection detect(AdapterInput input) {
        return detect(input, f -> { });
    }

    /**
     * Asks the adapter whether it can read an input.
     *
     * @param input    the input
     * @param findings receives an {@code adapter.failed} finding when the adapter fails
     * @return its detection; a confidence of 0 whose reason describes the failure when it failed
     */
    public Detection detect(AdapterInput input, Consumer<? super Finding> findings) {
        String faulted = limit.disabledIn();
        if (faulted != null) {
            // Said once, when it faulted; a disabled adapter is quietly out of every later choice.
            return Detection.of(0, "disabled after " + faulted + "() timed out or ran out of memory");
        }
        Guard.Attempt<Detection> attempt = limit.attempt("detect", () -> delegate.detect(input), null);
        Throwable failure = attempt.failure();
        Detection detection = attempt.value();
        if (failure == null && detection == null) {
            failure = new NullPointerException("detect() returned null");
        }
        if (failure != null) {
            findings.accept(Guard.failure(id(), "detect", failure, Guard.at(input.name())));
            return Detection.of(0, "detect() failed: " + Guard.describe(failure));
        }
        return detection;
    }

    /**
     * Opens a guarded reader.
     *
     * @throws IllegalStateException when the adapter does not declare that it reads (a host bug)
     */
    @Override
    public GuardedReader openReader(AdapterInput input, AdapterContext context) {
        if (!descriptor.reads()) {
            throw new IllegalStateException("the adapter " + id() + " does not read");
        }
        Objects.requireNonNull(context, "context");
        CallLimit.Gate gate = limit.isIsolated() ? new CallLimit.Gate(context) : null;
        AdapterContext given = gate != null ? gate : context;
        RecordReader reader = Guard.call(id(), "openReader", Guard.at(input.name()),
                f -> context.report(f.type(), f.location(), f.parameters()), limit, gate,
                () -> delegate.openReader(input, given), () -> null);
        if (reader == null) {
            return GuardedReader.failedToOpen(id(), input.name(), context);
        }
        return new GuardedReader(id(), reader, input.name(), context, limit, gate);
    }

    /**
     * Opens a guarded writer.
     *
     * @throws IllegalStateException when the adapter does not declare that it writes (a host bug)
     */
    @Override
    public GuardedWriter openWriter(AdapterOutput output, AdapterContext context) {
        if (!descriptor.writes()) {
            throw new IllegalStateException("the adapter " + id() + " does not write");
        }
        Objects.requireNonNull(context, "context");
        CallLimit.Gate gate = limit.isIsolated() ? new CallLimit.Gate(context) : null;
        AdapterContext given = gate != null ? gate : context;
        RecordWriter writer = Guard.call(id(), "openWriter", Guard.at(output.name()),
                f -> context.report(f.type(), f.location(), f.parameters()), limit, gate,
                () -> delegate.openWriter(output, given), () -> null);
        if (writer == null) {
            return GuardedWriter.failedToOpen(id(), output.name(), context);
        }
        return new GuardedWriter(id(), writer, output.name(), context, limit, gate);
    }

    /**
     * Returns the class loader of the adapter's class: a plugin's own loader for a plugin.
     *
     * @return the loader, or {@code null} for the bootstrap loader
     */
    public @org.jspecify.annotations.Nullable ClassLoader classLoader() {
        return delegate.getClass().getClassLoader();
    }

    @Override
    public String toString() {
        return id() + " (" + providerClass + ")";
    }
}
