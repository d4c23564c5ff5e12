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
     * Checks one record that is valid against the schema.
     *
     * @param record the record
     * @param sink   where to report, with pointers relative to the record
     */
    void check(JisrRecord record, FindingSink sink);
}
