package org.jisr.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.WritableAssertionInfo;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the validation report of an exchange file, in AssertJ's fluent style. Start them
 * with {@link ExchangeAssertions#assertThatExchange(java.nio.file.Path)}.
 *
 * <pre>{@code
 * assertThatExchange(Path.of("exports/partner.json"))
 *         .inLanguage("fr")            // failure messages in French
 *         .isValid()
 *         .hasNoWarnings()
 *         .hasRecords(18);
 *
 * assertThatExchange(Path.of("invalid/13-unknown-theme.json"))
 *         .hasErrors()
 *         .hasFindingCount("schema.not-in-codelist", 1)
 *         .hasFinding("schema.not-in-codelist")
 *         .withParameter("value", "water")
 *         .atLine(13);
 * }</pre>
 *
 * <p>A failure explains itself: its message lists the findings of the report, one a line, as
 * {@code file:line:column: severity code message (JSON Pointer)}, rendered in the language chosen
 * with {@link #inLanguage(String)} (English by default). For example:
 *
 * <pre>
 * Expected invalid/03-record-without-id.json to be valid, but it has errors (1).
 * Its findings:
 *   invalid/03-record-without-id.json:4:5: error schema.required The required property “id” is missing. (/records/0)
 * </pre>
 *
 * <p>The actual value is the {@link ValidationReport}: AssertJ's own {@code satisfies},
 * {@code matches} and {@code as} work on it, and {@link #actual()} returns it. No argument may
 * be {@code null}. Like every AssertJ assertion object, an {@code ExchangeAssert} is not
 * thread-safe: use it on the thread that made it.
 *
 * @since 0.1
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, ValidationReport> {

    /** The language of failure messages unless {@link #inLanguage(String)} says otherwise. */
    static final String DEFAULT_LANGUAGE = "en";

    private final @Nullable Function<Validator, ValidationReport> source;
    private AssertionTexts texts;

    ExchangeAssert(ValidationReport report, @Nullable Function<Validator, ValidationReport> source,
            AssertionTexts texts) {
        super(report, ExchangeAssert.class);
        this.source = source;
        this.texts = texts;
    }

    /** Validates a source with the shared validator and starts assertions on the report. */
    static ExchangeAssert validating(Function<Validator, ValidationReport> source) {
        return new ExchangeAssert(source.apply(ExchangeAssertions.sharedValidator()), source,
                AssertionTexts.of(DEFAULT_LANGUAGE));
    }

    /**
     * Validates the file or text again with another validator — one with a rule profile, read
     * limits or rules of your own — and continues the assertions on that report. The description
     * ({@code as(...)}, {@code withFailMessage(...)}) and the language carry over. (The assertions
     * validated the input once already, with the shared validator, when they started: AssertJ's
     * actual value is fixed at construction.)
     *
     * <pre>{@code
     * Validator lenient = Validator.builder()
     *         .profile(RuleProfile.builder().severity("schema.not-in-codelist", Severity.WARNING).build())
     *         .build();
     * assertThatExchange(file).usingValidator(lenient).isValid();
     * }</pre>
     *
     * @param validator the validator
     * @return assertions on the new report
     * @throws IllegalStateException when the assertions started from a report, which cannot be
     *                               validated again
     */
    public ExchangeAssert usingValidator(Validator validator) {
        Objects.requireNonNull(validator, "validator");
        if (source == null) {
            throw new IllegalStateException("usingValidator(...) needs a file or a text to validate;"
                    + " these assertions started from a report made elsewhere");
        }
        return carry(info, new ExchangeAssert(source.apply(validator), source, texts));
    }

    /**
     * Sets the language of failure messages: their own text and the findings' messages.
     *
     * @param language {@code fr}, {@code ar} or {@code en} (the default)
     * @return these assertions
     * @throws IllegalArgumentException for another language
     */
    public ExchangeAssert inLanguage(String language) {
        this.texts = AssertionTexts.of(language);
        return myself;
    }

    /**
     * Verifies that the report has no finding of severity error (warnings and infos are allowed).
     *
     * @return these assertions
     * @throws AssertionError listing the findings, errors first, when there is an error
     */
    public ExchangeAssert isValid() {
        if (!actual.isValid()) {
            fail(texts.text("valid", "file", name(), "count", actual.errors()), severity(Severity.ERROR));
        }
        return myself;
    }

    /**
     * Verifies that the report has at least one error.
     *
     * @return these assertions
     * @throws AssertionError listing the findings when there is no error
     */
    public ExchangeAssert hasErrors() {
        if (actual.isValid()) {
            fail(texts.text("errors", "file", name()), f -> true);
        }
        return myself;
    }

    /**
     * Verifies that the report has no finding of severity warning.
     *
     * @return these assertions
     * @throws AssertionError listing the findings, warnings first, when there is a warning
     */
    public ExchangeAssert hasNoWarnings() {
        if (actual.warnings() > 0) {
            fail(texts.text("no-warnings", "file", name(), "count", actual.warnings()), severity(Severity.WARNING));
        }
        return myself;
    }

    /**
     * Verifies that the report has no finding at all, whatever its severity.
     *
     * @return these assertions
     * @throws AssertionError listing the findings when there is one
     */
    public ExchangeAssert hasNoFindings() {
        long count = actual.errors() + actual.warnings() + actual.infos();
        if (count > 0) {
            fail(texts.text("no-findings", "file", name(), "count", count), f -> true);
        }
        return myself;
    }

    /**
     * Verifies that the report has at least one finding of a code, and narrows the assertions to
     * the findings of that code, which {@link FindingAssert} narrows further by line, column,
     * pointer, severity, parameter or layer.
     *
     * @param code the finding code, such as {@code schema.required}
     * @return assertions on the findings of that code
     * @throws AssertionError listing the findings when there is none of that code
     */
    public FindingAssert hasFinding(String code) {
        Objects.requireNonNull(code, "code");
        if (count(code) == 0) {
            fail(texts.text("finding", "file", name(), "code", code), f -> true);
        }
        List<Finding> ofCode = actual.findings().stream().filter(f -> f.code().equals(code)).toList();
        return carry(info, new FindingAssert(ofCode, actual, code, List.of(), texts));
    }

    /**
     * Verifies that the report has no finding of a code.
     *
     * @param code the finding code
     * @return these assertions
     * @throws AssertionError listing the findings, those of that code first, when there is one
     */
    public ExchangeAssert doesNotHaveFinding(String code) {
        Objects.requireNonNull(code, "code");
        return hasFindingCount(code, 0);
    }

    /**
     * Verifies how many findings of a code the report counted. The count is exact even when the
     * report keeps only samples of a frequent code.
     *
     * @param code     the finding code
     * @param expected the expected count
     * @return these assertions
     * @throws AssertionError listing the findings, those of that code first, when the count differs
     */
    public ExchangeAssert hasFindingCount(String code, long expected) {
        Objects.requireNonNull(code, "code");
        long count = count(code);
        if (count != expected) {
            fail(texts.text("finding-count", "file", name(), "code", code, "expected", expected, "actual", count),
                    f -> f.code().equals(code));
        }
        return myself;
    }

    /**
     * Verifies how many records the validator read (those it could tell apart, valid or not).
     *
     * @param expected the expected number of records
     * @return these assertions
     * @throws AssertionError listing the findings when the number differs
     */
    public ExchangeAssert hasRecords(long expected) {
        if (actual.records() != expected) {
            fail(texts.text("records", "file", name(), "expected", expected, "actual", actual.records()),
                    f -> true);
        }
        return myself;
    }

    /**
     * Gives the assertions that follow the state set on these: the description ({@code as}), the
     * overriding message ({@code withFailMessage}) and the representation.
     */
    static <A extends AbstractAssert<A, ?>> A carry(WritableAssertionInfo from, A to) {
        if (from.hasDescription()) {
            to.describedAs(from.description());
        }
        String overriding = from.overridingErrorMessage();
        if (overriding != null) {
            to.getWritableAssertionInfo().overridingErrorMessage(overriding);
        }
        to.getWritableAssertionInfo().useRepresentation(from.representation());
        return to;
    }

    private long count(String code) {
        return actual.countsByCode().getOrDefault(code, 0L);
    }

    private String name() {
        return texts.name(actual);
    }

    private static Predicate<Finding> severity(Severity severity) {
        return f -> f.severity() == severity;
    }

    /** Fails with a heading and the report's findings, those that match {@code first} listed first. */
    private void fail(String heading, Predicate<Finding> first) {
        List<Finding> ordered = new ArrayList<>(actual.findings());
        ordered.sort(Comparator.comparing(f -> !first.test(f)));
        failWithMessage("%s", heading + texts.list(texts.text("findings"), ordered, actual));
    }
}
