package org.jisr.testkit;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.DynamicTest;

/**
 * Dynamic JUnit 5 tests, one per exchange file of a folder, for a {@code @TestFactory}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> every_export_is_valid() {
 *     return ExchangeFileTests.validEach(Path.of("src/test/resources/exports"));
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> every_export_is_clean() {
 *     return ExchangeFileTests.each(Path.of("src/test/resources/exports"),
 *             file -> file.isValid().hasNoWarnings());
 * }
 * }</pre>
 *
 * <p>The files are those directly in the folder whose names end in {@code .json}, {@code .ndjson}
 * or {@code .jsonl} (any case), sorted by name; each test is named after its file and points
 * to it (IDEs open the file from the test). The folder is listed when the method is called: a
 * folder that does not exist or holds no exchange file fails the factory at once. Each file is
 * validated when its test runs, and a failing test lists the file's findings.
 *
 * <p>No argument may be {@code null}. The methods are thread-safe; the tests may run in parallel.
 *
 * @since 0.1
 */
public final class ExchangeFileTests {

    private ExchangeFileTests() {
    }

    /**
     * One test per file, asserting that the file is valid (no error) with the shared validator
     * of {@link ExchangeAssertions}.
     *
     * @param folder the folder, relative to the working directory unless absolute
     * @return the tests, in file name order
     * @throws org.junit.platform.commons.PreconditionViolationException when the folder is missing
     *                                                                    or holds no exchange file
     */
    public static Stream<DynamicTest> validEach(Path folder) {
        return each(folder, ExchangeAssert::isValid);
    }

    /**
     * One test per file, asserting that the file is valid (no error) for a validator of yours.
     *
     * @param folder    the folder, relative to the working directory unless absolute
     * @param validator the validator, with your rule profile, limits or rules
     * @return the tests, in file name order
     * @throws org.junit.platform.commons.PreconditionViolationException when the folder is missing
     *                                                                    or holds no exchange file
     */
    public static Stream<DynamicTest> validEach(Path folder, Validator validator) {
        Objects.requireNonNull(validator, "validator");
        return tests(folder, file -> ExchangeAssertions.assertThatExchange(file).usingValidator(validator).isValid(),
                "ExchangeFileTests.validEach");
    }

    /**
     * One test per file, running assertions of yours on it. The assertions start from the file's
     * report by the shared validator; call {@link ExchangeAssert#usingValidator(Validator)} in
     * them for another.
     *
     * @param folder     the folder, relative to the working directory unless absolute
     * @param assertions what to assert of each file, such as {@code file -> file.isValid().hasNoWarnings()}
     * @return the tests, in file name order
     * @throws org.junit.platform.commons.PreconditionViolationException when the folder is missing
     *                                                                    or holds no exchange file
     */
    public static Stream<DynamicTest> each(Path folder, Consumer<? super ExchangeAssert> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        return tests(folder, file -> assertions.accept(ExchangeAssertions.assertThatExchange(file)),
                "ExchangeFileTests.each");
    }

    private static Stream<DynamicTest> tests(Path folder, Consumer<Path> test, String user) {
        Objects.requireNonNull(folder, "folder");
        return ExchangeFolder.files(folder, user + "(" + folder + ")").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                        () -> test.accept(file)));
    }
}
