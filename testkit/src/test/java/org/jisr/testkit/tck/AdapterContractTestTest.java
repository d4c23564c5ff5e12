package org.jisr.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.jisr.testkit.tck.LinesAdapter.Flaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The contract tests pass a sound adapter, generate tests only for what an adapter declares, and
 * fail an adapter that breaks a promise — each {@link Flaw} of the {@link LinesAdapter} is caught
 * by the test that should catch it, with a message that says what is wrong.
 */
class AdapterContractTestTest {

    @Test
    void a_sound_adapter_passes_every_test_of_every_part() {
        EngineExecutionResults results = run(SoundLinesContract.class);

        assertThat(failures(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isGreaterThan(60);
        assertThat(parts(results)).containsExactly("descriptor", "detection", "reading", "broken input",
                "round trip", "naughty strings", "closing", "concurrency");
        assertThat(names(results)).contains(
                "the naughty strings in the name of a LocalAuthority: each comes back unchanged, or a finding says why",
                "50 generated LocalAuthority records: write, read back, equal up to the declared limitations",
                "50 generated Event records: write, read back, equal up to the declared limitations",
                "answers NO for photo.png", "recognises workshop-events.lines",
                "malformed broken.lines gives an error finding");
    }

    @Test
    void a_reader_gets_no_writing_test() {
        EngineExecutionResults results = run(ReadingLinesContract.class);

        assertThat(failures(results)).isEmpty();
        assertThat(parts(results)).containsExactly("descriptor", "detection", "reading", "broken input", "closing",
                "concurrency");
        assertThat(names(results)).noneMatch(name -> name.contains("output"));
    }

    @Test
    void a_writer_gets_no_reading_test_and_writes_only_the_types_it_declares() {
        EngineExecutionResults results = run(WritingLinesContract.class);

        assertThat(failures(results)).isEmpty();
        assertThat(parts(results)).containsExactly("descriptor", "writing", "closing", "concurrency");
        assertThat(names(results)).contains("writes 10 generated Event records, reporting only declared losses")
                .noneMatch(name -> name.contains("LocalAuthority"));
    }

    static List<Arguments> flaws() {
        return List.of(
                Arguments.of(Flaw.FUTURE_SPI, "is valid", "SPI version 2 is not supported"),
                Arguments.of(Flaw.LIMITATION_OF_ANOTHER_TYPE, "limitations concern record types",
                        "a record type the adapter does not declare"),
                Arguments.of(Flaw.LIMITATION_WITHOUT_ARABIC, "limitations are described", "no description in «ar»"),
                Arguments.of(Flaw.CHATTY, "recognises workshop-events.lines", "wrote to System.out"),
                Arguments.of(Flaw.GREEDY_DETECTION, "answers NO for photo.png", "took photo.png"),
                Arguments.of(Flaw.READS_ALL_TO_DETECT, "reads at most 1 MiB", "detection read 4194304 bytes"),
                Arguments.of(Flaw.LEAKY, "closes what it opened after reading all of workshop-events.lines",
                        "left 1 of the 1 streams it opened unclosed"),
                Arguments.of(Flaw.DROPS_DESCRIPTIONS, "10 generated Event records",
                        "no declared limitation covers /description"),
                Arguments.of(Flaw.DROPS_DESCRIPTIONS_UNREPORTED, "10 generated Event records",
                        "lost without being reported"),
                Arguments.of(Flaw.OVER_DECLARES, "10 generated Event records", "came back unchanged, though a "
                        + "declared limitation says it cannot be carried"),
                Arguments.of(Flaw.THROWS_ON_BAD_LINES, "malformed broken.lines", "threw org.jisr.json.InvalidJsonException"),
                Arguments.of(Flaw.NO_ARABIC_MESSAGE, "malformed broken.lines", "Arabic"),
                Arguments.of(Flaw.COUNTS_CONVERSIONS, "threads converting at once",
                        "gave another result when used by 4 threads at once"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flaws")
    void each_flaw_fails_the_test_that_checks_its_promise(Flaw flaw, String test, String message) {
        FlawedLinesContract.flaw = flaw;

        List<String> failures = failures(run(FlawedLinesContract.class));

        assertThat(failures).anySatisfy(failure -> assertThat(failure).contains(test).contains(message)
                .contains("test-lines"));
    }

    private static EngineExecutionResults run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute();
    }

    /** Each failed test as "display name: message". */
    private static List<String> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""))
                .toList();
    }

    private static List<String> names(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    /** The display names of the contract's parts: the containers right below the test factory. */
    private static List<String> parts(EngineExecutionResults results) {
        return results.containerEvents().started().stream().map(Event::getTestDescriptor)
                .filter(d -> d.getParent().map(p -> p.getDisplayName().equals("adapter contract")).orElse(false))
                .map(d -> d.getDisplayName()).toList();
    }
}
