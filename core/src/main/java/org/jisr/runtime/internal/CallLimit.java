package org.jisr.runtime.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
 * <p>An isolated call runs on a daemon worker thread of the adapter's own, one for each thread
 * calling the adapter (so conversions using it at once do not wait for each other), which ends
 * after ten seconds without a call; the caller waits for it at most the limit. What it can catch
 * that a direct call cannot:
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
 * <p>Why only plugins: a call handed to another thread costs more than a direct one. The
 * hand-off allocates nothing (one reusable slot per worker) and wakes no thread while both have a
 * processor: each side spins a few microseconds before parking, adapting the spin to how soon
 * answers come. On a machine too busy for that, the spin soon stops and each call costs two
 * wake-ups, as a thread pool's hand-off does, less its allocations: reading 100,000 rows with the
 * Markdown agenda example plugin on a shared two-processor machine under a load of about 20 took
 * some 28 µs of processor time per record more than calling it directly (38 µs with the thread
 * pool this replaces; medians of three runs). Jisr's own adapters and those the application put
 * on its class path — code it chose to trust — should not pay that.
 *
 * <p>What isolation cannot do: stop a thread that ignores interruption (it keeps its CPU until
 * the JVM exits), take back memory a plugin keeps reachable from a static field, or protect the
 * JVM from native code, {@code System.exit} or a plugin that starves every thread of memory. A
 * plugin is trusted code running in the host's JVM; only a separate process isolates it fully.
 *
 * <p>Thread-safe.
 */
public final class CallLimit {

    /** Calls on the caller's thread, without a limit; never disabled. */
    public static final CallLimit DIRECT = new CallLimit("", null);

    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Spinning only helps when the other thread can run at the same time, on another processor. */
    private static final boolean SPIN = Runtime.getRuntime().availableProcessors() > 1;

    /**
     * The longest the caller spins for an answer, and a worker for the next call, before parking: a
     * streaming plugin answers, and its caller calls again, within a few microseconds, so that a
     * hand-off needs no wake-up while both threads have a processor. Each side adapts its own
     * spin ({@link Worker#adapt}): it doubles after an answer that came while it spun and halves
     * after one that did not, so that on a machine too busy for both threads to run at once, or with a plugin slower
     * than this, spinning soon stops taking a processor from the thread being waited for.
     */
    private static final long SPIN_NANOS = 50_000;

    /** The shortest spin an adapting side grows back from. */
    private static final long MIN_SPIN_NANOS = 1_000;

    /** How long an idle worker waits for its caller's next call before its thread ends. */
    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String name;
    private final @Nullable Duration limit;
    private final long limitNanos;
    private final int pool;
    private final AtomicInteger threads = new AtomicInteger();
    /** The worker of each caller thread: calls from one thread are sequential, so one mailbox serves them. */
    private final @Nullable ThreadLocal<@Nullable Worker> workers;
    private volatile @Nullable String disabledIn;

    private CallLimit(String name, @Nullable Duration limit) {
        this.name = name;
        this.limit = limit;
        this.limitNanos = limit == null ? 0 : limit.toNanos();
        this.pool = limit == null ? 0 : POOLS.incrementAndGet();
        this.workers = limit == null ? null : new ThreadLocal<>();
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
        ThreadLocal<@Nullable Worker> mine = workers;
        Duration max = limit;
        if (mine == null || max == null) {
            return Guard.attempt(call);
        }
        String faulted = disabledIn;
        if (faulted != null) {
            return new Guard.Attempt<>(null, new Disabled(faulted));
        }
        if (Thread.currentThread().isInterrupted()) {
            // The host is being stopped: make no call, and leave the adapter enabled.
            return new Guard.Attempt<>(null, new InterruptedException(operation + "() not called: interrupted"));
        }
        long start = System.nanoTime();
        Worker worker = mine.get();
        if (worker == null || !worker.post(call)) {
            worker = new Worker(Thread.currentThread(), "jisr-adapter-" + pool + "-" + name + "-"
                    + threads.incrementAndGet());
            mine.set(worker);
            worker.post(call);
            worker.thread.start();
        }
        switch (worker.await(start + limitNanos, start)) {
            case Worker.DONE:
                break;
            case Worker.TIMED_OUT:
                mine.remove();
                abandon(worker, gate, operation);
                return new Guard.Attempt<>(null, new TimedOut(operation, max));
            default: // interrupted
                // The host is being stopped: stop waiting, and leave the adapter enabled.
                mine.remove();
                worker.thread.interrupt();
                Thread.currentThread().interrupt();
                return new Guard.Attempt<>(null, new InterruptedException(operation + "() abandoned: interrupted"));
        }
        @SuppressWarnings("unchecked")
        T value = (T) worker.value;
        Throwable failure = worker.failure;
        worker.collected();
        if (failure == null) {
            return new Guard.Attempt<>(value, null);
        }
        if (failure instanceof OutOfMemoryError) {
            mine.remove();
            abandon(worker, gate, operation);
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

    private void abandon(Worker worker, @Nullable Gate gate, String operation) {
        if (gate != null) {
            gate.shut(); // before anything else: the abandoned thread must not report into this run
        }
        disabledIn = operation;
        worker.abandon();
    }

    /**
     * A daemon thread that makes one caller thread's calls, and their mailbox: one slot, reused for
     * every call, so that a hand-off allocates nothing and, while both threads are busy, wakes
     * neither. The caller posts a call and spins, then parks, until the answer or its deadline; the
     * worker, after answering, spins, then parks, until the next call, and ends after
     * {@code KEEP_ALIVE_NANOS} without one. Every change of {@link #state} that can race with
     * the other thread is a compare-and-set, so a call is made once and its answer is taken,
     * or the call abandoned, never both: a call that ends just as its deadline passes counts as in
     * time.
     */
    private static final class Worker implements Runnable {
        /** No call: the worker waits for one. */
        static final int IDLE = 0;
        /** A call is posted or running. */
        static final int POSTED = 1;
        /** The call returned or threw; its answer waits for the caller. */
        static final int DONE = 2;
        /** The caller stopped waiting ({@link #await}: its deadline passed) or gave the worker up: it ends. */
        static final int TIMED_OUT = 3;
        /** The caller was interrupted while waiting ({@link #await} only; the state is {@link #TIMED_OUT}). */
        static final int INTERRUPTED = 4;
        /** The worker ended after waiting too long for a call. */
        static final int RETIRED = 5;

        private final AtomicInteger state = new AtomicInteger(IDLE);
        private final Thread caller;
        final Thread thread;
        /** Set before a thread parks; the other thread unparks it only then. */
        private volatile boolean callerParked;
        private volatile boolean workerParked;
        /** How long the caller spins now (read and written by the caller only). */
        private long callerSpin = SPIN ? SPIN_NANOS : 0;
        /** How long the worker spins now (read and written by the worker only). */
        private long workerSpin = SPIN ? SPIN_NANOS : 0;
        // Plain fields, published by the writes of state that follow them.
        private @Nullable Supplier<?> call;
        @Nullable Object value;
        @Nullable Throwable failure;

        Worker(Thread caller, String threadName) {
            this.caller = caller;
            this.thread = new Thread(this, threadName);
            this.thread.setDaemon(true);
        }

        /** Posts a call; {@code false} when the worker has ended (retired), and a new one is needed. */
        boolean post(Supplier<?> next) {
            call = next;
            if (!state.compareAndSet(IDLE, POSTED)) {
                call = null;
                return false;
            }
            if (workerParked) {
                LockSupport.unpark(thread);
            }
            return true;
        }

        /**
         * Waits for the answer until the deadline; on time-out or interrupt, abandons the call.
         *
         * @return {@link #DONE}, {@link #TIMED_OUT} or {@link #INTERRUPTED}
         */
        int await(long deadline, long start) {
            boolean interrupted = false;
            long spin = callerSpin;
            while (true) {
                if (state.get() == DONE) {
                    callerSpin = adapt(spin, System.nanoTime() - start);
                    return answered(interrupted);
                }
                long now = System.nanoTime();
                long left = deadline - now;
                if (left <= 0 || interrupted) {
                    if (state.compareAndSet(POSTED, TIMED_OUT)) {
                        return interrupted ? INTERRUPTED : TIMED_OUT;
                    }
                    return answered(interrupted); // it answered meanwhile
                }
                if (now - start < spin) {
                    Thread.onSpinWait();
                    continue;
                }
                callerParked = true;
                if (state.get() != DONE) {
                    LockSupport.parkNanos(this, left);
                }
                callerParked = false;
                interrupted = Thread.interrupted();
            }
        }

        /**
         * The next spin of one side, after a wait: longer after a wait short enough to spin through
         * (spinning would have saved, or did save, a wake-up), shorter after a longer one (it
         * would have spun in vain); never on a single processor.
         */
        static long adapt(long spin, long waited) {
            if (!SPIN) {
                return 0;
            }
            if (waited <= Math.max(spin, MIN_SPIN_NANOS)) {
                return Math.min(SPIN_NANOS, Math.max(MIN_SPIN_NANOS, spin * 2));
            }
            return spin / 2;
        }

        /** The call answered: an interrupt seen while waiting for it stays the caller's. */
        private static int answered(boolean interrupted) {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return DONE;
        }

        /** The caller has read the answer: the slot is free for its next call. */
        void collected() {
            value = null;
            failure = null;
            // Only the caller posts, and it is the one writing: a release is enough.
            state.lazySet(IDLE);
        }

        /** The caller gives the worker up: its thread is interrupted and ends once out of the call. */
        void abandon() {
            state.set(TIMED_OUT);
            thread.interrupt();
        }

        @Override
        public void run() {
            while (awaitCall()) {
                Supplier<?> next = call;
                call = null;
                Object answer = null;
                Throwable thrown = null;
                try {
                    answer = Objects.requireNonNull(next, "call").get();
                } catch (Throwable t) {
                    thrown = t;
                }
                Thread.interrupted(); // an interrupt the call left behind is not the next call's
                value = answer;
                failure = thrown;
                if (!state.compareAndSet(POSTED, DONE)) {
                    value = null; // abandoned while running: nobody will read it
                    failure = null;
                    return;
                }
                if (callerParked) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Waits for the next call; {@code false} when the thread is to end. */
        private boolean awaitCall() {
            long since = System.nanoTime();
            long spin = workerSpin;
            while (true) {
                int s = state.get();
                if (s == POSTED) {
                    workerSpin = adapt(spin, System.nanoTime() - since);
                    return true;
                }
                if (s == TIMED_OUT) {
                    return false;
                }
                long idle = System.nanoTime() - since;
                if (idle < spin) {
                    Thread.onSpinWait();
                    continue;
                }
                if (idle >= KEEP_ALIVE_NANOS && state.compareAndSet(IDLE, RETIRED)) {
                    return false;
                }
                Thread.interrupted(); // a stray interrupt would turn parking into spinning
                workerParked = true;
                s = state.get();
                if (s != POSTED && s != TIMED_OUT) {
                    LockSupport.parkNanos(this, Math.max(KEEP_ALIVE_NANOS - idle, MIN_SPIN_NANOS));
                }
                workerParked = false;
            }
        }
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
