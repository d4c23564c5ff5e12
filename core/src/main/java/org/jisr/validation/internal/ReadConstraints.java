package org.jisr.validation.internal;

import org.jisr.validation.ReadLimits;
import tools.jackson.core.StreamReadConstraints;

/** Jisr's {@link ReadLimits} as Jackson's parser constraints: one mapping for every reader. */
public final class ReadConstraints {

    private ReadConstraints() {
    }

    /**
     * Returns the parser constraints that enforce the limits Jackson can check while parsing
     * (nesting depth, string, number and name length, document length).
     *
     * @param limits Jisr's limits
     * @return the constraints
     */
    public static StreamReadConstraints of(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
    }
}
