package org.jisr.model;

import java.util.Optional;

/**
 * The kind of an organisation that is not a local authority.
 *
 * <p>Codelist {@code organization-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum OrganizationKind implements Coded {
    /** An association. */
    ASSOCIATION("association"),
    /** A ministry. */
    MINISTRY("ministry"),
    /** A department of a ministry or of central government. */
    GOVERNMENT_DEPARTMENT("government-department"),
    /** A public agency or authority. */
    PUBLIC_AGENCY("public-agency"),
    /** A federation or network of local authorities. */
    FEDERATION_OF_AUTHORITIES("federation-of-authorities"),
    /** A training centre. */
    TRAINING_CENTRE("training-centre"),
    /** A non-governmental organisation. */
    NGO("ngo"),
    /** A company. */
    COMPANY("company"),
    /** An international organisation. */
    INTERNATIONAL_ORGANIZATION("international-organization"),
    /** An embassy or consulate. */
    EMBASSY("embassy"),
    /** Another kind of organisation. */
    OTHER("other");

    private final String code;

    OrganizationKind(String code) {
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
    public static Optional<OrganizationKind> fromCode(String code) {
        return Coded.fromCode(OrganizationKind.class, code);
    }
}
