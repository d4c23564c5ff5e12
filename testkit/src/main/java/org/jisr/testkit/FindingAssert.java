package org.jisr.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.jisr.validation.Finding;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;

/**
 * Assertions on the findings of one code in a report, narrowed step by step. Each method keeps
 * the findings that match it, fails when none is left, and returns assertions on what is left:
 * the chain {@code hasFinding("schema.required").withParameter("property", "id").atLine(4)}
 * verifies that one {@code schema.required} finding is about {@code id} <em>and</em> on line 4.
 *
 * <pre>{@code
 * assertThatExchange(Path.of("invalid/03-record-without-id.json"))
 *         .hasFinding("schema.required")       // at least one finding of this code
 *         .inLayer(Layer.SCHEMA)
 *         .withSeverity(Severity.ERROR)
 *         .withParameter("property", "id")
 *         .atPointer("/records/0")
 *         .atLine(4)
 *         .atColumn(5);
 * }</pre>
 *
 * <p>A failure names what was looked for and lists the findings it was looked among, each as
 * {@code file:line:column: severity code message (JSON Pointer)}:
 *
 * <pre>
 * Expected invalid/03-record-without-id.json to have a finding schema.required at line 5, but it has none.
 * Its findings schema.required:
 *   invalid/03-record-without-id.json:4:5: error schema.required The required property “id” is missing. (/records/0)
 * </pre>
 *
 * <p>Only the findings the report kept are searched: when a code occurs more often than the
 * report's {@linkplain ValidationReport#samplesPerCode() samples per code}, the message says so.
 * The actual value is the list of findings left; {@link #actual()} returns it. No argument may be
 * {@code null}. Not thread-safe, like every AssertJ assertion object.
 *
 * @since 0.1
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {

    private final ValidationReport report;
    private final String code;
    private final List<String> criteria;
    private final AssertionTexts texts;

    FindingAssert(List<Finding> findings, ValidationReport report, String code, List<String> criteria,
            AssertionTexts texts) {
        super(List.copyOf(findings), FindingAssert.class);
        this.report = report;
        this.code = code;
        this.criteria = List.copyOf(criteria);
        this.texts = texts;
    }

    /**
     * Keeps the findings on a line.
     *
     * @param line the 1-based line where the value starts
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none is on that line
     */
    public FindingAssert atLine(int line) {
        return narrow(f -> f.location().line() == line, texts.text("criterion.line", "value", line));
    }

    /**
     * Keeps the findings at a column.
     *
     * @param column the 1-based column where the value starts
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none is at that column
     */
    public FindingAssert atColumn(int column) {
        return narrow(f -> f.location().column() == column, texts.text("criterion.column", "value", column));
    }

    /**
     * Keeps the findings at a JSON Pointer.
     *
     * @param pointer the JSON Pointer (RFC 6901) of the value, such as {@code /records/0/id};
     *                {@code ""} for the whole document
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none is at that pointer
     */
    public FindingAssert atPointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(f -> f.location().pointer().equals(pointer), texts.text("criterion.pointer", "value", pointer));
    }

    /**
     * Keeps the findings of a severity (after the validator's rule profile).
     *
     * @param severity the severity
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none has that severity
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.severity() == severity, texts.text("criterion.severity", "value", texts.label(severity)));
    }

    /**
     * Keeps the findings with a parameter of a value.
     *
     * @param name  the parameter's name, as in the finding type's parameters ({@code property})
     * @param value its value
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none has it
     */
    public FindingAssert withParameter(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return narrow(f -> value.equals(f.parameters().get(name)),
                texts.text("criterion.parameter", "name", name, "value", value));
    }

    /**
     * Keeps the findings raised by a layer.
     *
     * @param layer the layer
     * @return assertions on the findings left
     * @throws AssertionError listing the findings looked among when none comes from that layer
     */
    public FindingAssert inLayer(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        return narrow(f -> f.layer() == layer, texts.text("criterion.layer", "value", texts.label(layer)));
    }

    private FindingAssert narrow(Predicate<Finding> test, String criterion) {
        List<String> narrowed = new ArrayList<>(criteria);
        narrowed.add(criterion);
        List<Finding> kept = actual.stream().filter(test).toList();
        if (kept.isEmpty()) {
            String heading = texts.text("narrowed", "file", texts.name(report), "code", code,
                    "criteria", joined(narrowed));
            String among = texts.text("candidates", "code", code, "criteria", joined(criteria));
            failWithMessage("%s", heading + texts.list(among, actual, report));
        }
        return ExchangeAssert.carry(info, new FindingAssert(kept, report, code, narrowed, texts));
    }

    private String joined(List<String> list) {
        return list.isEmpty() ? "" : " " + String.join(texts.text("criteria.separator"), list);
    }
}
