package org.jisr.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.jisr.validation.internal.AdapterFindings;
import org.junit.jupiter.api.Test;

/**
 * The time limit per call into a plugin: a call that returns in time gives its value; one that
 * does not is abandoned, its thread interrupted, the adapter disabled, and what the abandoned
 * thread reports afterwards is dropped; an {@code OutOfMemoryError} on the worker is a fault
 * that disables too; a {@code StackOverflowError} is an ordinary failure. (The real hangs and the
 * real exhausted heap are in the testkit's and the CLI's tests, with real plugin jars.)
 */
class CallLimitTest {

    private static final Duration LIMIT = Duration.ofMillis(500);

    @Test
    void a_call_that_returns_in_time_gives_its_value_from_a_worker_thread() {
        CallLimit limit = CallLimit.isolated("Test", LIMIT);

        Guard.Attempt<String> attempt = limit.attempt("detect", () -> Thread.currentThread().getName(), null);

        assertThat(attempt.failed()).isFalse();
        assertThat(attempt.value()).startsWith("jisr-adapter-").contains("-Test-");
        assertThat(limit.disabled()).isFalse();
        assertThat(limit.isIsolated()).isTrue();
        assertThat(CallLimit.DIRECT.isIsolated()).isFalse();
    }

    @Test
    void a_call_that_does_not_return_is_abandoned_interrupted_and_disables_the_adapter() throws Exception {
        CallLimit limit = CallLimit.isolated("Test", LIMIT);
        List<Finding> reported = new ArrayList<>();
        CallLimit.Gate gate = new CallLimit.Gate(new Recording(reported));
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch reportedLate = new CountDownLatch(1);

        Guard.Attempt<Object> attempt = limit.attempt("next", () -> {
            gate.report(AdapterFindings.FAILED, Location.of("in", "", 1, 1), Map.of("adapter", "a", "operation",
                    "next", "error", "in time"));
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                gate.report(AdapterFindings.FAILED, Location.of("in", "", 2, 1), Map.of("adapter", "a",
                        "operation", "next", "error", "too late"));
                reportedLate.countDown();
            }
            return "never";
        }, gate);
        interrupted.await();
        reportedLate.await();

        assertThat(attempt.failure()).isInstanceOf(CallLimit.TimedOut.class);
        assertThat(Guard.failure("a", "next", attempt.failure(), Location.of("in", "", 0, 0)))
                .satisfies(f -> {
                    assertThat(f.type()).isEqualTo(AdapterFindings.TIMED_OUT);
                    assertThat(f.parameters()).isEqualTo(Map.of("adapter", "a", "operation", "next", "seconds",
                            "0.5"));
                });
        assertThat(reported).extracting(f -> f.parameters().get("error")).containsExactly("in time");
        assertThat(gate.isShut()).isTrue();
        assertThat(limit.disabledIn()).isEqualTo("next");

        Guard.Attempt<String> later = limit.attempt("close", () -> "called", null);
        assertThat(later.failure()).isInstanceOf(CallLimit.Disabled.class);
        assertThat(Guard.failure("a", "close", later.failure(), Location.of("in", "", 0, 0)).parameters())
                .containsEntry("fault", "next").containsEntry("operation", "close");
    }

    @Test
    void an_out_of_memory_error_on_the_worker_is_reported_and_disables_the_adapter() {
        CallLimit limit = CallLimit.isolated("Test", LIMIT);

        Guard.Attempt<Object> attempt = limit.attempt("next", () -> {
            throw new OutOfMemoryError("Java heap space");
        }, null);

        assertThat(attempt.failure()).isInstanceOf(OutOfMemoryError.class);
        assertThat(Guard.failure("a", "next", attempt.failure(), Location.of("in", "", 0, 0)))
                .extracting(Finding::type, Finding::severity).containsExactly(AdapterFindings.OUT_OF_MEMORY,
                        Severity.ERROR);
        assertThat(limit.disabledIn()).isEqualTo("next");
    }

    @Test
    void a_stack_overflow_on_the_worker_is_an_ordinary_failure_but_other_fatal_errors_go_through() {
        CallLimit limit = CallLimit.isolated("Test", LIMIT);

        Guard.Attempt<Object> overflow = limit.attempt("next", () -> {
            throw new StackOverflowError();
        }, null);

        assertThat(overflow.failure()).isInstanceOf(StackOverflowError.class);
        assertThat(limit.disabled()).isFalse();
        assertThatThrownBy(() -> limit.attempt("next", () -> {
            throw new InternalError("broken JVM");
        }, null)).isInstanceOf(InternalError.class);
    }

    @Test
    void a_direct_call_rethrows_an_out_of_memory_error_as_before() {
        assertThatThrownBy(() -> CallLimit.DIRECT.attempt("next", () -> {
            throw new OutOfMemoryError("the host's");
        }, null)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void a_limit_is_positive() {
        assertThatThrownBy(() -> CallLimit.isolated("Test", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CallLimit.seconds(Duration.ofSeconds(60))).isEqualTo("60");
        assertThat(CallLimit.seconds(Duration.ofMillis(1500))).isEqualTo("1.5");
    }

    /** A real context that keeps what it is given. */
    private record Recording(List<Finding> findings) implements AdapterContext {
        @Override
        public ReadLimits limits() {
            return ReadLimits.DEFAULTS;
        }

        @Override
        public void report(FindingType type, Location at, Map<String, String> parameters) {
            findings.add(new Finding(type, type.defaultSeverity(), parameters, at));
        }

        @Override
        public void lost(JisrRecord record, String pointer) {
            throw new AssertionError("not in these tests");
        }
    }
}
