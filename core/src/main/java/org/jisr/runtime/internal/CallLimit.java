package org.jisr.runtime.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * How the host calls one adapter's code: {@linkplain #DIRECT directly} on the caller's thread, or,
 * for a plugin of the plugin folder, {@linkplain #isolated on a worker thread} with a time limit
 * per call.
 *
 * <p>An isolated call runs on a daemon thread of the adapter's own (a pool that grows with the
 * conversions using the adapter at once and shrinks when idle); the caller waits for it at most
 * the limit. What it can catch that a direct call cannot:
 * <ul>
 * <li>a call that does not return in time — an endless loop, a sleep, a read that blocks: the
 *     caller stops waiting and gets {@link TimedOut}; the worker is interrupted and abandoned
 *     (a daemon, it cannot keep the JVM alive); the adapter is {@linkplain #disabled() disabled};</li>
 * <li>an {@link OutOfMemoryError} thrown on the worker: the allocation was the plugin's, on the
 *     worker's stack, and is garbage once the call is abandoned, so the host reports it rather
 *     than dying of it; the adapter is disabled. A {@link StackOverflowError} has unwound the
 *     worker's stack only and is an ordinary failure.</li>
 * </ul>
 * A disabled adapter is not called again: each later call fails with {@link Disabled} at once,
 * since its state, or a thread still running in it, cannot be trusted.
 *
 * <p>Why only plugins: the hand-off costs two thread wake-ups per call (tens of microseconds
 * per record read), which Jisr's own adapters and those the application put on its class path —
 * code it chose to trust — should not pay. What isolation cannot do: stop a thread that ignores
 * interruption (it keeps its CPU until the JVM exits), take back memory a plugin keeps reachable
 * from a static field, or protect the JVM from native code, {@code System.exit} or a plugin that
 * starves every thread of memory. A plugin is trusted code running in the host's JVM; only a
 * separate process isolates it fully.
 *
 * <p>Thread-safe.
 */
public final class CallLimit {

    /** Calls on the caller's thread, without a limit; never disabled. */
    public static final CallLimit DIRECT = new CallLimit("", null);

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final @Nullable Duration limit;
    private final @Nullable ThreadPoolExecutor workers;
    private volatile @Nullable String disabledIn;

    private CallLimit(String name, @Nullable Duration limit) {
        this.name = name;
        this.limit = limit;
        if (limit == null) {
            this.workers = null;
        } else {
            AtomicInteger threads = new AtomicInteger();
            int pool = POOLS.incrementAndGet();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), task -> {
                        Thread t = new Thread(task, "jisr-adapter-" + pool + "-" + name + "-" + threads.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            this.workers = executor;
        }
    }

    /**
     * Makes the limit of one plugin adapter.
     *
     * @param name  what the worker threads are named after (the provider's simple name)
     * @param limit the longest a call may take
     * @return the limit
     */
    public static CallLimit isolated(String name, Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit is positive: " + limit);
        }
        return new CallLimit(Objects.requireNonNull(name, "name"), limit);
    }

    /**
     * Tells whether calls run on a worker thread, with a time limit.
     *
     * @return {@code false} for {@link #DIRECT}
     */
    public boolean isIsolated() {
        return workers != null;
    }

    /**
     * Returns the operation in which the adapter timed out or ran out of memory, after which it was
     * disabled.
     *
     * @return the operation ({@code next} …), or {@code null} while the adapter is enabled
     */
    public @Nullable String disabledIn() {
        return disabledIn;
    }

    /**
     * Tells whether the adapter is disabled.
     *
     * @return {@code true} after a call timed out or ran out of memory
     */
    public boolean disabled() {
        return disabledIn != null;
    }

    /**
     * Calls adapter code and captures what it throws, as {@link Guard#attempt} does; isolated,
     * also a call that takes too long ({@link TimedOut}), an {@link OutOfMemoryError}, and a call
     * to a disabled adapter ({@link Disabled}).
     *
     * @param operation the SPI method called, named in the failure
     * @param call      the call
     * @param gate      the context the adapter was given for this reader or writer, shut when the
     *                  call is abandoned; {@code null} for a call without one
     * @param <T>       the type of the value
     * @return the value or the failure
     */
    public <T> Guard.Attempt<T> attempt(String operation, Supplier<? extends T> call, @Nullable Gate gate) {
        ThreadPoolExecutor pool = workers;
        Duration max = limit;
        if (pool == null || max == null) {
            return Guard.attempt(call);
        }
        String faulted = disabledIn;
        if (faulted != null) {
            return new Guard.Attempt<>(null, new Disabled(faulted));
        }
        Future<T> future = pool.submit(call::get);
        try {
            return new Guard.Attempt<>(future.get(max.toNanos(), TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            abandon(future, gate, operation);
            return new Guard.Attempt<>(null, new TimedOut(operation, max));
        } catch (InterruptedException e) {
            // The host is being stopped: stop waiting, and leave the adapter enabled.
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Guard.Attempt<>(null, e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause() != null ? e.getCause() : e;
            if (failure instanceof OutOfMemoryError) {
                abandon(future, gate, operation);
                return new Guard.Attempt<>(null, failure);
            }
            if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
                throw fatal;
            }
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Guard.Attempt<>(null, failure);
        }
    }

    private void abandon(Future<?> future, @Nullable Gate gate, String operation) {
        if (gate != null) {
            gate.shut(); // before anything else: the abandoned thread must not report into this run
        }
        disabledIn = operation;
        future.cancel(true);
    }

    @Override
    public String toString() {
        return limit == null ? "direct" : "isolated " + name + " (" + limit + " per call)";
    }

    /** The seconds of a limit, as findings give them: {@code 60}, or {@code 0.5} for less than a whole second. */
    static String seconds(Duration limit) {
        long millis = limit.toMillis();
        if (millis % 1000 == 0) {
            return String.valueOf(millis / 1000);
        }
        return String.valueOf(Math.round(millis / 100.0) / 10.0);
    }

    /** A call did not return within the limit. */
    public static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The operation that timed out. */
        private final String operation;
        /** The limit, in seconds as findings give them. */
        private final String seconds;

        TimedOut(String operation, Duration limit) {
            super(operation + "() did not return within " + limit, null, false, false);
            this.operation = operation;
            this.seconds = CallLimit.seconds(limit);
        }

        /** Returns the operation. */
        String operation() {
            return operation;
        }

        /** Returns the limit in seconds. */
        String seconds() {
            return seconds;
        }
    }

    /** A call was not made: the adapter was disabled after a call timed out or ran out of memory. */
    public static final class Disabled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The operation that faulted. */
        private final String faultedIn;

        Disabled(String faultedIn) {
            super("disabled after " + faultedIn + "() faulted", null, false, false);
            this.faultedIn = faultedIn;
        }

        /** Returns the operation that faulted. */
        String faultedIn() {
            return faultedIn;
        }
    }

    /**
     * The context an isolated adapter reports through: the host's context, until the call running
     * is abandoned; after that, what a thread still running in the adapter reports is dropped, so
     * that it cannot touch a run that has moved on.
     */
    public static final class Gate implements AdapterContext {
        private final AdapterContext context;
        private boolean open = true;

        /**
         * Opens a gate on a context.
         *
         * @param context the host's context
         */
        public Gate(AdapterContext context) {
            this.context = Objects.requireNonNull(context, "context");
        }

        @Override
        public ReadLimits limits() {
            return context.limits();
        }

        @Override
        public Map<String, String> options() {
            return context.options();
        }

        @Override
        public synchronized void report(FindingType type, Location at, Map<String, String> parameters) {
            if (open) {
                context.report(type, at, parameters);
            }
        }

        @Override
        public synchronized void lost(JisrRecord record, String pointer) {
            if (open) {
                context.lost(record, pointer);
            }
        }

        /** Drops whatever is reported from now on; waits for a report in progress to end. */
        synchronized void shut() {
            open = false;
        }

        /** Tells whether a call was abandoned: the adapter faulted in this reader or writer. */
        synchronized boolean isShut() {
            return !open;
        }
    }
}
