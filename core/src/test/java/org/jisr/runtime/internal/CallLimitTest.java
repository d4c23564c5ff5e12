package org.jisr.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
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
    void many_calls_in_a_row_each_get_their_own_value_in_order_from_one_worker() {
        CallLimit limit = CallLimit.isolated("Test", Duration.ofSeconds(30));
        int calls = 100_000;
        long[] seen = new long[calls];
        Set<String> threads = new HashSet<>();

        for (int i = 0; i < calls; i++) {
            int index = i;
            Guard.Attempt<Integer> attempt = limit.attempt("next", () -> {
                seen[index]++;
                if (index % 1000 == 0) {
                    threads.add(Thread.currentThread().getName()); // the hand-off publishes this to the caller
                }
                return index;
            }, null);
            assertThat(attempt.failure()).isNull();
            if (attempt.value() != index) {
                assertThat(attempt.value()).as("call %d", index).isEqualTo(index);
            }
        }

        assertThat(seen).containsOnly(1);
        assertThat(threads).hasSize(1).allSatisfy(t -> assertThat(t).startsWith("jisr-adapter-"));
        assertThat(limit.disabled()).isFalse();
    }

    @Test
    void a_time_out_in_the_middle_of_a_sequence_frees_the_caller_and_disables_the_adapter() throws Exception {
        CallLimit limit = CallLimit.isolated("Test", Duration.ofSeconds(1));
        CountDownLatch released = new CountDownLatch(1);
        List<Integer> values = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();

        for (int i = 0; i < 1_000; i++) {
            int index = i;
            Guard.Attempt<Integer> attempt = limit.attempt("next", () -> {
                if (index == 500) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        released.countDown();
                    }
                }
                return index;
            }, null);
            if (attempt.failed()) {
                failures.add(attempt.failure());
            } else {
                values.add(attempt.value());
            }
        }

        assertThat(values).hasSize(500).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
        assertThat(failures).hasSize(500);
        assertThat(failures.get(0)).isInstanceOf(CallLimit.TimedOut.class);
        assertThat(failures.subList(1, 500)).allSatisfy(f -> assertThat(f).isInstanceOf(CallLimit.Disabled.class));
        assertThat(limit.disabledIn()).isEqualTo("next");
        released.await(); // the abandoned call was interrupted
    }

    @Test
    void threads_calling_at_once_each_get_their_own_answers() throws Exception {
        CallLimit limit = CallLimit.isolated("Test", Duration.ofSeconds(30));
        int callers = 4;
        int calls = 10_000;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Long>> sums = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                long offset = c * 1_000_000L;
                sums.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i = 0; i < calls; i++) {
                        long expected = offset + i;
                        Guard.Attempt<Long> attempt = limit.attempt("next", () -> expected, null);
                        if (attempt.failed() || attempt.value() != expected) {
                            return -1L;
                        }
                        sum += attempt.value();
                    }
                    return sum;
                }));
            }
            for (int c = 0; c < callers; c++) {
                assertThat(sums.get(c).get()).isEqualTo(c * 1_000_000L * calls + (long) calls * (calls - 1) / 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_interrupted_caller_stops_waiting_and_leaves_the_adapter_enabled() throws Exception {
        CallLimit limit = CallLimit.isolated("Test", Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch workerInterrupted = new CountDownLatch(1);
        AtomicReference<Guard.Attempt<Object>> result = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            result.set(limit.attempt("next", () -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    workerInterrupted.countDown();
                }
                return "late";
            }, null));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        caller.start();
        started.await();
        caller.interrupt();
        caller.join();
        workerInterrupted.await();

        assertThat(result.get().failure()).isInstanceOf(InterruptedException.class);
        assertThat(stillInterrupted.get()).isTrue();
        assertThat(limit.disabled()).isFalse();
        assertThat(limit.attempt("next", () -> "again", null).value()).isEqualTo("again");
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
