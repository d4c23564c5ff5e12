package org.jisr.model;

import java.util.Optional;

/**
 * The kind of a partnership between local authorities.
 *
 * <p>Codelist {@code partnership-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum PartnershipKind implements Coded {
    /** A twinning (jumelage). */
    TWINNING("twinning"),
    /** A cooperation agreement. */
    COOPERATION_AGREEMENT("cooperation-agreement"),
    /** A friendship pact. */
    FRIENDSHIP_PACT("friendship-pact"),
    /** A memorandum of understanding. */
    MEMORANDUM_OF_UNDERSTANDING("memorandum-of-understanding"),
    /** Another kind of partnership. */
    OTHER("other");

    private final String code;

    PartnershipKind(String code) {
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
    public static Optional<PartnershipKind> fromCode(String code) {
        return Coded.fromCode(PartnershipKind.class, code);
    }
}
