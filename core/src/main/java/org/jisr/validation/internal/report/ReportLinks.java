package org.jisr.validation.internal.report;

import org.jisr.validation.FindingCatalog;

/**
 * Where reports point their readers for more: the project's documentation and, for each code, its
 * entry in the findings catalog ({@code docs/findings.md}, which gives every code an anchor of its
 * own name). The base is the one the schema identifiers use ({@code https://jisr.org/schema/1.0/…}).
 * Reports never need these links to be read: everything they say is in the report itself.
 */
public final class ReportLinks {

    /** The project's documentation. */
    public static final String DOCUMENTATION = "https://jisr.org/";

    /** The findings catalog; a code's entry is at {@code #code}. */
    public static final String FINDINGS_CATALOG = "https://jisr.org/docs/findings";

    private ReportLinks() {
    }

    /**
     * Returns the address of a code's entry in the findings catalog. Codes are lower-case words
     * joined by dots and hyphens, so they need no escaping in a fragment.
     *
     * @param code a finding code
     * @return the address
     */
    public static String catalogEntry(String code) {
        return FINDINGS_CATALOG + "#" + code;
    }

    /**
     * Tells whether the findings catalog has an entry for a code: Jisr's own codes, not those of
     * users' rules, which a report must not send to Jisr's catalog.
     *
     * @param code a finding code
     * @return {@code true} for one of Jisr's codes
     */
    public static boolean inCatalog(String code) {
        return FindingCatalog.find(code).isPresent();
    }
}
