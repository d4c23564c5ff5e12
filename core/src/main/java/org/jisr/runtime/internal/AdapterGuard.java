package org.jisr.runtime.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;

/**
 * The one way a conversion calls into adapter code: whatever the adapter throws, except a
 * {@link VirtualMachineError}, becomes an error finding {@code adapter.failed} naming the
 * adapter (through the one {@link Guard}), and the call answers empty. Not thread-safe: one per conversion run.
 */
final class AdapterGuard {

    private final Consumer<Finding> findings;
    private boolean failed;

    AdapterGuard(Consumer<Finding> findings) {
        this.findings = findings;
    }

    /**
     * Calls adapter code that answers.
     *
     * @param adapter the adapter's id
     * @param where   the file the call is about, for the finding's location
     * @param body    the call
     * @return its answer, or empty when it threw (or answered {@code null})
     */
    <T> Optional<T> call(String adapter, String where, Supplier<T> body) {
        Guard.Attempt<T> attempt = Guard.attempt(() -> {
            T value = body.get();
            if (value == null) {
                throw new NullPointerException("the adapter answered null");
            }
            return value;
        });
        if (attempt.failed()) {
            failed = true;
            findings.accept(Guard.failure(adapter, "conversion", attempt.failure(), Location.of(where, "", 0, 0)));
            return Optional.empty();
        }
        return Optional.ofNullable(attempt.value());
    }

    /**
     * Calls adapter code that answers nothing.
     *
     * @return {@code true} when it returned normally
     */
    boolean run(String adapter, String where, Runnable body) {
        return call(adapter, where, () -> {
            body.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Tells whether an adapter failed in any call so far.
     *
     * @return {@code true} after a failure
     */
    boolean failed() {
        return failed;
    }

}
