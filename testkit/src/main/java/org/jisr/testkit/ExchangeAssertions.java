package org.jisr.testkit;

import java.nio.file.Path;
import java.util.Objects;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;

/**
 * Entry point of the AssertJ-style assertions on exchange files: validate a file, a text or a
 * report and assert what the report says.
 *
 * <pre>{@code
 * import static org.jisr.testkit.ExchangeAssertions.assertThatExchange;
 *
 * @Test
 * void our_export_is_valid() {
 *     assertThatExchange(Path.of("target/export.json")).isValid().hasNoWarnings();
 * }
 *
 * @Test
 * void a_record_without_id_is_reported_where_it_starts() {
 *     assertThatExchange(Path.of("src/test/resources/invalid/03-record-without-id.json"))
 *             .hasFinding("schema.required")
 *             .withParameter("property", "id")
 *             .atLine(4)
 *             .atPointer("/records/0");
 * }
 * }</pre>
 *
 * <p>Files and texts are validated at once by one validator that all assertions share, built
 * with {@code Validator.builder().build()} the first time it is needed (so it runs every rule on
 * the class path, at default severities). To validate with another, call
 * {@link ExchangeAssert#usingValidator(Validator)}.
 *
 * <p>No argument may be {@code null}. The methods are thread-safe: the shared validator is
 * immutable and thread-safe; each returned assertion object belongs to the thread that uses it.
 *
 * @since 0.1
 */
public final class ExchangeAssertions {

    private ExchangeAssertions() {
    }

    /**
     * Validates a file with the shared validator and starts assertions on the report. A file
     * that does not exist or cannot be read is not an exception: its report holds a
     * {@code syntax.unreadable-input} error, which {@link ExchangeAssert#isValid()} shows.
     *
     * @param file the file; {@code .ndjson} and {@code .jsonl} files are record streams, others
     *             documents
     * @return the assertions, on the report of the file
     */
    public static ExchangeAssert assertThatExchange(Path file) {
        Objects.requireNonNull(file, "file");
        return ExchangeAssert.validating(validator -> validator.validate(file));
    }

    /**
     * Validates a text with the shared validator and starts assertions on the report.
     *
     * <pre>{@code
     * assertThatExchange("{\"jisr\": \"1.0\", \"jisr\": \"1.0\", \"records\": []}", "twice.json")
     *         .hasFinding("syntax.duplicate-key").atLine(1).atColumn(25);
     * }</pre>
     *
     * @param text     the JSON document or NDJSON record stream
     * @param fileName the name findings are reported under; its ending tells the form
     *                 ({@code .ndjson}, {@code .jsonl}: record stream)
     * @return the assertions, on the report of the text
     */
    public static ExchangeAssert assertThatExchange(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        return ExchangeAssert.validating(validator -> validator.validateText(text, fileName));
    }

    /**
     * Starts assertions on a report made elsewhere (by a validator of your own, or merged from
     * several files). {@link ExchangeAssert#usingValidator(Validator)} cannot be used on it.
     *
     * @param report the report
     * @return the assertions, on that report
     */
    public static ExchangeAssert assertThatExchange(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        return new ExchangeAssert(report, null, AssertionTexts.of(ExchangeAssert.DEFAULT_LANGUAGE));
    }

    /** The validator the assertions share, built on first use. */
    static Validator sharedValidator() {
        return Shared.VALIDATOR;
    }

    // A holder class: the validator (schemas compiled, rules found) is built only when an
    // assertion first needs it, and then once for the whole JVM.
    private static final class Shared {
        static final Validator VALIDATOR = Validator.builder().build();
    }
}
