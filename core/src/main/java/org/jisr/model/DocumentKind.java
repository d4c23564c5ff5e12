package org.jisr.model;

import java.util.Optional;

/**
 * The kind of a linked document.
 *
 * <p>Codelist {@code document-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum DocumentKind implements Coded {
    /** The text of an agreement. */
    AGREEMENT_TEXT("agreement-text"),
    /** A report. */
    REPORT("report"),
    /** Minutes. */
    MINUTES("minutes"),
    /** A press release. */
    PRESS_RELEASE("press-release"),
    /** A programme or agenda. */
    PROGRAMME("programme"),
    /** Another kind of document. */
    OTHER("other");

    private final String code;

    DocumentKind(String code) {
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
    public static Optional<DocumentKind> fromCode(String code) {
        return Coded.fromCode(DocumentKind.class, code);
    }
}
