package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.PreconditionViolationException;

/** ExchangeFileTests makes one dynamic test per exchange file, in name order, each a real assertion. */
class ExchangeFileTestsTest {

    @TestFactory
    Stream<DynamicTest> every_valid_example_is_valid() {
        return ExchangeFileTests.validEach(ExchangeAssertTest.VALID);
    }

    @Test
    void the_tests_are_named_after_the_files_point_to_them_and_pass_on_valid_files() throws Throwable {
        List<DynamicTest> tests = ExchangeFileTests.validEach(ExchangeAssertTest.VALID).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("workshop-2024-12-10.json", "workshop-2024-12-10.ndjson");
        assertThat(tests.get(0).getTestSourceUri())
                .contains(ExchangeAssertTest.WORKSHOP.toUri());
        for (DynamicTest test : tests) {
            test.getExecutable().execute();
        }
    }

    @Test
    void on_invalid_files_each_test_fails_with_the_findings_of_its_file() {
        List<DynamicTest> tests = ExchangeFileTests.validEach(ExchangeAssertTest.INVALID).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                "03-record-without-id.json", "07-event-without-period.json", "13-unknown-theme.json");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ExchangeAssertTest.WITHOUT_ID_LINE);
        assertThatThrownBy(() -> tests.get(2).getExecutable().execute())
                .hasMessageContaining(ExchangeAssertTest.UNKNOWN_THEME + ":13:9: error schema.not-in-codelist");
    }

    @Test
    void files_are_taken_in_name_order_and_other_files_are_left_out(@TempDir Path folder) throws IOException {
        String empty = "{\"jisr\": \"1.0\", \"records\": []}";
        for (String name : List.of("zeta.json", "c.ndjson", "Beta.JSON", "a.jsonl", "m.json", "b.json")) {
            Files.writeString(folder.resolve(name), empty);
        }
        Files.writeString(folder.resolve("notes.txt"), "not an exchange file");
        Files.writeString(folder.resolve("export.json.bak"), "not an exchange file either");
        Files.createDirectory(folder.resolve("older.json"));
        Files.writeString(Files.createDirectory(folder.resolve("sub")).resolve("inner.json"), empty);

        assertThat(ExchangeFileTests.each(folder, file -> file.hasRecords(0)).map(DynamicTest::getDisplayName))
                .containsExactly("Beta.JSON", "a.jsonl", "b.json", "c.ndjson", "m.json", "zeta.json");
    }

    @Test
    void each_runs_the_assertions_given(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bom.json"), "\uFEFF{\"jisr\": \"1.0\", \"records\": []}");
        DynamicTest valid = ExchangeFileTests.each(folder, ExchangeAssert::isValid).findFirst().orElseThrow();
        DynamicTest clean = ExchangeFileTests.each(folder, file -> file.isValid().hasNoWarnings())
                .findFirst().orElseThrow();
        assertThatCode(() -> valid.getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> clean.getExecutable().execute())
                .hasMessageContaining(":1:1: warning syntax.byte-order-mark");
    }

    @Test
    void valid_each_uses_the_validator_given() throws Throwable {
        Validator lenient = Validator.builder()
                .profile(RuleProfile.builder().severity("schema.not-in-codelist", Severity.WARNING).build())
                .build();
        List<DynamicTest> tests = ExchangeFileTests.validEach(ExchangeAssertTest.INVALID, lenient).toList();
        tests.get(2).getExecutable().execute(); // 13-unknown-theme: only a warning now
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .hasMessageContaining(ExchangeAssertTest.WITHOUT_ID_LINE);
    }

    @Test
    void a_folder_without_exchange_files_is_refused() {
        assertThatThrownBy(() -> ExchangeFileTests.validEach(Path.of("src/test/resources/exchanges/no-exchange-files")))
                .isInstanceOf(PreconditionViolationException.class)
                .hasMessageContaining("holds no exchange file (names ending in .json, .ndjson or .jsonl)");
    }

    @Test
    void a_missing_folder_or_a_file_is_refused() {
        Path missing = Path.of("src/test/resources/exchanges/missing");
        assertThatThrownBy(() -> ExchangeFileTests.validEach(missing))
                .isInstanceOf(PreconditionViolationException.class)
                .hasMessageContaining("the folder " + missing + " does not exist")
                .hasMessageContaining(missing.toAbsolutePath().toString());
        assertThatThrownBy(() -> ExchangeFileTests.validEach(ExchangeAssertTest.WORKSHOP))
                .isInstanceOf(PreconditionViolationException.class)
                .hasMessageContaining("is a file, not a folder");
    }
}
