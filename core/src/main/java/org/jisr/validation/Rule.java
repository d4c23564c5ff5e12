package org.jisr.validation;

import java.util.List;
import org.jisr.model.JisrRecord;

/**
 * A check of the rule layer: what no schema can say. Jisr's own rules (references resolve, ids
 * are unique, a child event lies within its parent …) and users' rules implement this
 * interface and are found with {@code ServiceLoader} ({@code META-INF/services/org.jisr.validation.Rule}
 * on the class path, {@code provides org.jisr.validation.Rule with …} on the module path), or
 * added with {@link Validator.Builder#addRule(Rule)}.
 *
 * <p>The validator calls {@link #onRecord} for every record that passed the schema and model
 * layers, in input order, then {@link #onEnd} once. A rule reports through its
 * {@link RuleContext}; it must not throw (an exception is reported as a finding naming the rule).
 *
 * <p>One rule instance serves every validation, possibly from several threads at once: keep
 * per-validation state in {@link RuleContext#state}, never in fields.
 *
 * @since 0.1
 */
public interface Rule {

    /**
     * Returns the rule's id: lower-case kebab-case, unique, stable ({@code references-resolve}).
     * A {@link RuleProfile} switches rules off by id.
     *
     * @return the id
     */
    String id();

    /**
     * Returns every kind of finding this rule may report, for the findings catalog and profiles.
     *
     * @return the finding types
     */
    List<FindingType> findingTypes();

    /**
     * Checks one record.
     *
     * @param record  the record, valid against the schema and the model constraints
     * @param context where to report, and per-validation state
     */
    default void onRecord(JisrRecord record, RuleContext context) {
    }

    /**
     * Called once after the last record, for checks across records.
     *
     * @param context where to report, and per-validation state
     */
    default void onEnd(RuleContext context) {
    }
}
