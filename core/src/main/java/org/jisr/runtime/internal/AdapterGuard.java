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
 * adapter, and the call answers empty. Not thread-safe: one per conversion run.
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
        try {
            T value = body.get();
            if (value == null) {
                throw new NullPointerException("the adapter answered null");
            }
            return Optional.of(value);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            failed(adapter, where, e);
            return Optional.empty();
        }
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

    private void failed(String adapter, String where, Throwable e) {
        failed = true;
        String message = e.getMessage();
        String error = e.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
        findings.accept(new Finding(ConversionFindings.ADAPTER_FAILED, ConversionFindings.ADAPTER_FAILED.defaultSeverity(),
                Map.of("adapter", adapter, "error", error), Location.of(where, "", 0, 0)));
    }
}
