package org.jisr.validation.internal;

import java.util.List;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;

/** Findings raised by the engine itself, between the layers. Codes are frozen once released. */
public final class EngineFindings {

    private static final String BUNDLE = FindingType.JISR_MESSAGES + "engine";

    /** A record valid against the schema could not be bound to the model (a bug in Jisr: please report it). */
    public static final FindingType NOT_BOUND = new FindingType("model.not-bound", Layer.MODEL, Severity.ERROR,
            List.of("reason"), BUNDLE);
    /**
     * A date or date-time of the right shape that is not in the calendar: 30 February, 29 February
     * of a year that is not a leap year, month 13, hour 25. Found when the record is bound to the
     * model, so the record's other model constraints are not checked. Parameter: {@code value}.
     */
    public static final FindingType IMPOSSIBLE_DATE = new FindingType("model.impossible-date", Layer.MODEL,
            Severity.ERROR, List.of("value"), BUNDLE);
    /** A {@code Header} line anywhere but first in a record stream. */
    public static final FindingType HEADER_NOT_FIRST = new FindingType("schema.header-not-first", Layer.SCHEMA,
            Severity.ERROR, List.of(), BUNDLE);
    /** A rule failed with an exception; its other findings for this input may be missing. */
    public static final FindingType RULE_FAILED = new FindingType("rule.failed", Layer.RULE, Severity.ERROR,
            List.of("rule", "error"), BUNDLE);

    /** A model constraint failed with an exception (a bug in Jisr); the record's other model findings may be missing. */
    public static final FindingType MODEL_FAILED = new FindingType("model.check-failed", Layer.MODEL, Severity.ERROR,
            List.of("error"), BUNDLE);

    /** Every engine finding type. */
    public static final List<FindingType> ALL = List.of(NOT_BOUND, IMPOSSIBLE_DATE, HEADER_NOT_FIRST, RULE_FAILED,
            MODEL_FAILED);

    private EngineFindings() {
    }
}
