package org.jisr.model;

import java.util.Optional;

/**
 * The kind of a local authority.
 *
 * <p>Codelist {@code authority-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum AuthorityKind implements Coded {
    /** A French commune or a Tunisian municipality (baladiya). */
    COMMUNE("commune"),
    /** A French département. */
    DEPARTEMENT("departement"),
    /** A French région. */
    REGION("region"),
    /** A French public body for inter-communal cooperation (EPCI). */
    EPCI("epci"),
    /** A Tunisian governorate (wilaya). */
    GOVERNORATE("governorate"),
    /** A Tunisian delegation (mutamadiya). */
    DELEGATION("delegation"),
    /** A Tunisian district (iqlim). */
    DISTRICT("district"),
    /** Another kind of local authority. */
    OTHER("other");

    private final String code;

    AuthorityKind(String code) {
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
    public static Optional<AuthorityKind> fromCode(String code) {
        return Coded.fromCode(AuthorityKind.class, code);
    }
}
