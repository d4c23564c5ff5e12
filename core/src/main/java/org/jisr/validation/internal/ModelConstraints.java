package org.jisr.validation.internal;

import java.util.List;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;

/**
 * The model layer: constraints on a bound record that no schema can express. The engine finds
 * the implementation with {@code ServiceLoader} (core's own {@code provides}), builds it once and
 * calls it from several threads: implementations are thread-safe.
 */
public interface ModelConstraints {

    /**
     * Returns every kind of finding the model layer may report.
     *
     * @return the finding types, all of layer {@code model}
     */
    List<FindingType> findingTypes();

    /**
     * Whether {@link #check} would report nothing on a record, answered faster than checking it;
     * the engine calls {@code check} only when this is false. An implementation may answer false
     * whenever it is not sure, never true when {@code check} would report something.
     *
     * @param record a record valid against the schema
     * @return true only if {@code check} would report nothing; by default false
     */
    default boolean clean(JisrRecord record) {
        return false;
    }

    /**
     * Checks one record that is valid against the schema.
     *
     * @param record the record
     * @param sink   where to report, with pointers relative to the record
     */
    void check(JisrRecord record, FindingSink sink);
}
