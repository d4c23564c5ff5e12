package org.jisr.model;

import java.util.Optional;

/**
 * The instrument of a funding.
 *
 * <p>Codelist {@code funding-instruments}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum FundingInstrument implements Coded {
    /** A grant. */
    GRANT("grant"),
    /** A loan. */
    LOAN("loan"),
    /** A contribution in kind. */
    IN_KIND("in-kind"),
    /** Co-financing. */
    CO_FINANCING("co-financing"),
    /** Another instrument. */
    OTHER("other");

    private final String code;

    FundingInstrument(String code) {
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
    public static Optional<FundingInstrument> fromCode(String code) {
        return Coded.fromCode(FundingInstrument.class, code);
    }
}
