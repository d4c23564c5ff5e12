package org.jisr.benchmarks;

import java.util.ServiceLoader;
import org.jisr.model.JisrRecord;
import org.jisr.validation.internal.ModelConstraints;

/**
 * The one place where the benchmarks reach into core's internals: the model layer (Hibernate
 * Validator with Jisr's programmatic constraints, plus the checks no annotation expresses) has no
 * public entry point of its own, and both the Bean Validation stage benchmark and the naive
 * baseline need to call it on a bound record. The benchmarks run on the class path, where the
 * non-exported package is reachable; it is found as the engine finds it, with ServiceLoader.
 */
public final class ModelLayer {

    private final ModelConstraints constraints;

    /** Loads the model layer as the engine does. */
    public ModelLayer() {
        this.constraints = ServiceLoader.load(ModelConstraints.class, ModelLayer.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no model layer on the class path"));
    }

    /**
     * Checks one record.
     *
     * @param record the record
     * @return how many findings the model layer reported
     */
    public int check(JisrRecord record) {
        int[] count = {0};
        constraints.check(record, (type, pointer, parameters) -> count[0]++);
        return count[0];
    }
}
