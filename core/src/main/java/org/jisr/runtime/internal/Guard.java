package org.jisr.runtime.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.internal.AdapterFindings;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the host catches what adapter code throws. Every call into an adapter —
 * its constructor and {@code descriptor()} at discovery, {@code detect}, {@code openReader},
 * {@code next}, {@code metadata}, {@code locate}, {@code openWriter}, {@code begin},
 * {@code write}, {@code close} afterwards — goes through {@link #attempt} or {@link #call}.
 *
 * <p>The guard catches {@link Throwable} and rethrows only {@link VirtualMachineError}s
 * ({@code OutOfMemoryError}, {@code StackOverflowError}, {@code InternalError}): after one of
 * those the JVM itself is in doubt and no adapter-level recovery is honest. Everything else —
 * runtime exceptions, checked exceptions thrown sneakily, {@code LinkageError}s of a plugin that
 * lacks a class, assertion errors — becomes an {@link AdapterFindings#FAILED adapter.failed}
 * finding naming the adapter, or a {@code PluginProblem} at discovery, and the caller goes on with
 * a safe default. An adapter that returns {@code null} where the SPI promises a value has broken
 * its contract too, and is reported the same way. An {@link InterruptedException} thrown through
 * the guard keeps the thread's interrupt status.
 *
 * <p>A plugin of the plugin folder is called within a {@link CallLimit}: on a worker thread, with
 * a time limit per call; there a call that does not return in time, or an
 * {@code OutOfMemoryError} on the worker, becomes an {@code adapter.timed-out} or
 * {@code adapter.out-of-memory} finding and disables the adapter ({@code adapter.disabled} for
 * each later call).
 *
 * <p>Hosts use the wrappers rather than this class: {@link GuardedAdapter},
 * {@link GuardedReader}, {@link GuardedWriter}. Stateless and thread-safe.
 */
public final class Guard {

    private static final int MAX_ERROR_LENGTH = 300;

    private Guard() {
    }

    /**
     * The outcome of a call into adapter code: a value, or what it threw.
     *
     * @param value   the value returned, {@code null} when the call failed (or returned {@code null})
     * @param failure what was thrown, {@code null} when the call returned
     * @param <T>     the type of the value
     */
    public record Attempt<T>(@Nullable T value, @Nullable Throwable failure) {

        /**
         * Tells whether the call threw.
         *
         * @return {@code true} when it did
         */
        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * Calls adapter code and captures what it throws, except a {@link VirtualMachineError}.
     *
     * @param call the call
     * @param <T>  the type of its value
     * @return the value or the failure
     */
    public static <T> Attempt<T> attempt(Supplier<? extends T> call) {
        try {
            return new Attempt<>(call.get(), null);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Attempt<>(null, failure);
        }
    }

    /**
     * Calls adapter code that must return a value; when it throws or returns {@code null}, hands
     * an {@code adapter.failed} finding to {@code findings} and returns the fallback.
     *
     * @param adapterId the adapter's id, named in the finding
     * @param operation the SPI method called ({@code next}, {@code write} …)
     * @param where     where the finding is located (the input or output)
     * @param findings  where the finding goes
     * @param call      the call
     * @param fallback  the safe value to go on with
     * @param <T>       the type of the value
     * @return the value, or the fallback
     */
    public static <T> T call(String adapterId, String operation, Location where, Consumer<? super Finding> findings,
            Supplier<? extends T> call, Supplier<? extends T> fallback) {
        return call(adapterId, operation, where, findings, CallLimit.DIRECT, null, call, fallback);
    }

    /**
     * Calls adapter code as {@link #call(String, String, Location, Consumer, Supplier, Supplier)}
     * does, within a {@link CallLimit}: a call that times out, runs out of memory or finds the
     * adapter disabled gives its own finding ({@code adapter.timed-out}, {@code adapter.out-of-memory},
     * {@code adapter.disabled}).
     *
     * @param adapterId the adapter's id
     * @param operation the SPI method called
     * @param where     where the finding is located
     * @param findings  where the finding goes
     * @param limit     how the adapter is called
     * @param gate      the context the adapter reports through, shut if the call is abandoned
     * @param call      the call
     * @param fallback  the safe value to go on with
     * @param <T>       the type of the value
     * @return the value, or the fallback
     */
    static <T> T call(String adapterId, String operation, Location where, Consumer<? super Finding> findings,
            CallLimit limit, CallLimit.@Nullable Gate gate, Supplier<? extends T> call, Supplier<? extends T> fallback) {
        Attempt<T> attempt = limit.attempt(operation, call, gate);
        Throwable failure = attempt.failure();
        T value = attempt.value();
        if (failure == null && value == null) {
            failure = new NullPointerException(operation + "() returned null");
        }
        if (failure != null) {
            findings.accept(failure(adapterId, operation, failure, where));
            return fallback.get();
        }
        return value;
    }

    /**
     * Runs adapter code that returns nothing; when it throws, hands an {@code adapter.failed}
     * finding to {@code findings}.
     *
     * @param adapterId the adapter's id
     * @param operation the SPI method called
     * @param where     where the finding is located
     * @param findings  where the finding goes
     * @param call      the call
     * @return {@code true} when the call returned normally
     */
    public static boolean run(String adapterId, String operation, Location where, Consumer<? super Finding> findings,
            Runnable call) {
        return run(adapterId, operation, where, findings, CallLimit.DIRECT, null, call);
    }

    /**
     * Runs adapter code that returns nothing, as {@link #run(String, String, Location, Consumer, Runnable)}
     * does, within a {@link CallLimit}.
     *
     * @param adapterId the adapter's id
     * @param operation the SPI method called
     * @param where     where the finding is located
     * @param findings  where the finding goes
     * @param limit     how the adapter is called
     * @param gate      the context the adapter reports through, shut if the call is abandoned
     * @param call      the call
     * @return {@code true} when the call returned normally
     */
    static boolean run(String adapterId, String operation, Location where, Consumer<? super Finding> findings,
            CallLimit limit, CallLimit.@Nullable Gate gate, Runnable call) {
        Attempt<Boolean> attempt = limit.attempt(operation, () -> {
            call.run();
            return Boolean.TRUE;
        }, gate);
        Throwable failure = attempt.failure();
        if (failure != null) {
            findings.accept(failure(adapterId, operation, failure, where));
            return false;
        }
        return true;
    }

    /**
     * Makes the {@code adapter.failed} finding for a failure.
     *
     * @param adapterId the adapter's id
     * @param operation the SPI method called
     * @param failure   what it threw
     * @param where     where the finding is located
     * @return the finding, of severity error
     */
    public static Finding failure(String adapterId, String operation, Throwable failure, Location where) {
        if (failure instanceof CallLimit.TimedOut timedOut) {
            return new Finding(AdapterFindings.TIMED_OUT, Severity.ERROR,
                    Map.of("adapter", adapterId, "operation", operation, "seconds", timedOut.seconds()), where);
        }
        if (failure instanceof OutOfMemoryError) {
            return new Finding(AdapterFindings.OUT_OF_MEMORY, Severity.ERROR,
                    Map.of("adapter", adapterId, "operation", operation), where);
        }
        if (failure instanceof CallLimit.Disabled disabled) {
            return new Finding(AdapterFindings.DISABLED, Severity.ERROR,
                    Map.of("adapter", adapterId, "operation", operation, "fault", disabled.faultedIn()), where);
        }
        return new Finding(AdapterFindings.FAILED, Severity.ERROR,
                Map.of("adapter", adapterId, "operation", operation, "error", describe(failure)), where);
    }

    /**
     * Describes a throwable on one line: its class and the first line of its message, at most 300
     * characters.
     *
     * @param failure the throwable
     * @return {@code java.lang.IllegalStateException: broken on purpose}
     */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getName();
        if (message != null && !message.isBlank()) {
            String firstLine = message.strip().lines().findFirst().orElse("");
            text += ": " + firstLine;
        }
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /**
     * Returns a location naming only a file or stream, for failures that have no better place.
     *
     * @param name the input or output name
     * @return the location, without line and column
     */
    static Location at(String name) {
        return Location.of(Objects.requireNonNull(name, "name"), "", 0, 0);
    }
}
