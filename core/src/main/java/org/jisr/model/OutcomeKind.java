package org.jisr.model;

import java.util.Optional;

/**
 * The kind of an outcome of an event.
 *
 * <p>Codelist {@code outcome-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum OutcomeKind implements Coded {
    /** An agreement. */
    AGREEMENT("agreement"),
    /** A commitment. */
    COMMITMENT("commitment"),
    /** A recommendation. */
    RECOMMENDATION("recommendation"),
    /** A decision. */
    DECISION("decision"),
    /** Another kind of outcome. */
    OTHER("other");

    private final String code;

    OutcomeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Finds the constant with the given code.
     *
     * @param code a code as written in exchange files
     * @return the constant, or empty when the code is not in the codelist
     */
    public static Optional<OutcomeKind> fromCode(String code) {
        return Coded.fromCode(OutcomeKind.class, code);
    }
}
