package org.jisr.model;

/**
 * A reference from one record to another. In JSON it is a string: either the {@code id} of a
 * record in the same document ({@code "org-cites-unies-france"}), or an absolute URI
 * ({@code "https://…"}, {@code "urn:…"}) for a record held elsewhere — a reference is external
 * exactly when it starts with a URI scheme and a colon. The validator checks that local
 * references resolve.
 *
 * @param value the id or URI
 * @since 0.1
 */
public record Reference(String value) {

    /**
     * Creates a reference.
     *
     * @throws IllegalArgumentException when the value is empty
     */
    public Reference {
        Checks.requiredText(value, "reference");
    }

    /**
     * Creates a reference.
     *
     * @param value the id or URI
     * @return the reference
     */
    public static Reference to(String value) {
        return new Reference(value);
    }

    /**
     * Creates a reference to a record.
     *
     * @param target the record referred to
     * @return a local reference to its id
     */
    public static Reference to(JisrRecord target) {
        return new Reference(target.id());
    }

    /**
     * Tells whether the reference names a record outside the document (it is an absolute URI).
     *
     * @return {@code true} when external
     */
    public boolean isExternal() {
        // A URI scheme and a colon: [A-Za-z][A-Za-z0-9+.-]*: at the start (read by hand: the rules
        // ask this of every reference, and a regular expression went back over every local id).
        // A local id has no colon, which indexOf finds fastest.
        int colon = value.indexOf(':');
        if (colon < 1 || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    @Override
    public String toString() {
        return value;
    }
}
