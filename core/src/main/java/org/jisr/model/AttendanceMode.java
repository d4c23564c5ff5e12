package org.jisr.model;

import java.util.Optional;

/**
 * How an event is attended, or how one participant attended it.
 *
 * <p>Codelist {@code attendance-modes}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum AttendanceMode implements Coded {
    /** In person. */
    IN_PERSON("in-person"),
    /** Online. */
    ONLINE("online"),
    /** Both in person and online. */
    HYBRID("hybrid");

    private final String code;

    AttendanceMode(String code) {
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
    public static Optional<AttendanceMode> fromCode(String code) {
        return Coded.fromCode(AttendanceMode.class, code);
    }
}
