package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code @ExchangeFiles} gives one invocation per exchange file, in name order, and fails a test
 * whose folder is missing or empty. The fixtures below are run through JUnit's own engine test kit.
 */
class ExchangeFilesTest {

    @ParameterizedTest
    @ExchangeFiles("src/test/resources/exchanges/valid")
    void every_valid_example_is_valid(Path file) {
        assertThatExchange(file).isValid().hasNoWarnings().hasRecords(18);
    }

    @Test
    void one_invocation_per_file_named_after_it_in_name_order() {
        EngineExecutionResults results = run(ValidFolder.class);
        assertThat(results.testEvents().succeeded().map(ExchangeFilesTest::displayName).toList())
                .containsExactly("[1] file=workshop-2024-12-10.json", "[2] file=workshop-2024-12-10.ndjson");
        assertThat(results.testEvents().failed().count()).isZero();
    }

    @Test
    void each_invalid_file_fails_its_own_invocation_with_its_findings() {
        EngineExecutionResults results = run(InvalidFolder.class);
        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).extracting(ExchangeFilesTest::displayName).containsExactly(
                "[1] file=03-record-without-id.json", "[2] file=07-event-without-period.json",
                "[3] file=13-unknown-theme.json");
        assertThat(throwable(failed.get(0))).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ExchangeAssertTest.WITHOUT_ID_LINE);
    }

    @Test
    void a_folder_without_exchange_files_fails_the_test() {
        EngineExecutionResults results = run(FolderWithoutExchangeFiles.class);
        assertThat(results.testEvents().started().count()).isZero();
        assertThat(results.containerEvents().failed().list()).singleElement()
                .extracting(ExchangeFilesTest::throwable)
                .satisfies(t -> assertThat(t).isInstanceOf(PreconditionViolationException.class)
                        .hasMessage("@ExchangeFiles(\"src/test/resources/exchanges/no-exchange-files\"): the folder"
                                + " src/test/resources/exchanges/no-exchange-files holds no exchange file"
                                + " (names ending in .json, .ndjson or .jsonl)"));
    }

    @Test
    void a_missing_folder_fails_the_test_and_says_where_it_was_looked_for() {
        EngineExecutionResults results = run(MissingFolder.class);
        assertThat(results.testEvents().started().count()).isZero();
        assertThat(results.containerEvents().failed().list()).singleElement()
                .extracting(ExchangeFilesTest::throwable)
                .satisfies(t -> assertThat(t).isInstanceOf(PreconditionViolationException.class)
                        .hasMessageContaining("the folder src/test/resources/exchanges/missing does not exist")
                        .hasMessageContaining(Path.of("src/test/resources/exchanges/missing").toAbsolutePath().toString()));
    }

    private static final String FIXTURES = "jisr.testkit.fixtures";
    static final String FIXTURE = "a fixture that ExchangeFilesTest runs through the engine test kit";

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(FIXTURES, "run")
                .selectors(selectClass(fixture)).execute();
    }

    /** Whether JUnit runs the fixtures for {@link #run}, not because a -Dtest pattern selected them. */
    static boolean runForTheTests(ExtensionContext context) {
        return context.getConfigurationParameter(FIXTURES).isPresent();
    }

    private static String displayName(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }

    private static Throwable throwable(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    // Fixtures: static nested classes, which Surefire does not select by itself, and which stay
    // disabled when a -Dtest pattern selects them.

    @EnabledIf(value = "org.jisr.testkit.ExchangeFilesTest#runForTheTests", disabledReason = FIXTURE)
    static class ValidFolder {
        @ParameterizedTest
        @ExchangeFiles("src/test/resources/exchanges/valid")
        void valid(Path file) {
            assertThatExchange(file).isValid();
        }
    }

    @EnabledIf(value = "org.jisr.testkit.ExchangeFilesTest#runForTheTests", disabledReason = FIXTURE)
    static class InvalidFolder {
        @ParameterizedTest
        @ExchangeFiles("src/test/resources/exchanges/invalid")
        void valid(Path file) {
            assertThatExchange(file).isValid();
        }
    }

    @EnabledIf(value = "org.jisr.testkit.ExchangeFilesTest#runForTheTests", disabledReason = FIXTURE)
    static class FolderWithoutExchangeFiles {
        @ParameterizedTest
        @ExchangeFiles("src/test/resources/exchanges/no-exchange-files")
        void valid(Path file) {
            assertThatExchange(file).isValid();
        }
    }

    @EnabledIf(value = "org.jisr.testkit.ExchangeFilesTest#runForTheTests", disabledReason = FIXTURE)
    static class MissingFolder {
        @ParameterizedTest
        @ExchangeFiles("src/test/resources/exchanges/missing")
        void valid(Path file) {
            assertThatExchange(file).isValid();
        }
    }
}
