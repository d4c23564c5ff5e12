package org.jisr.model;

import java.util.Optional;

/**
 * The status of a partnership.
 *
 * <p>Codelist {@code partnership-statuses}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum PartnershipStatus implements Coded {
    /** Planned. */
    PLANNED("planned"),
    /** Being negotiated. */
    NEGOTIATING("negotiating"),
    /** Active. */
    ACTIVE("active"),
    /** Dormant: signed but without activity. */
    DORMANT("dormant"),
    /** Suspended. */
    SUSPENDED("suspended"),
    /** Ended. */
    ENDED("ended");

    private final String code;

    PartnershipStatus(String code) {
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
    public static Optional<PartnershipStatus> fromCode(String code) {
        return Coded.fromCode(PartnershipStatus.class, code);
    }
}
