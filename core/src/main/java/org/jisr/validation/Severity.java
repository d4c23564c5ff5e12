package org.jisr.validation;

/**
 * How serious a finding is. A file with a finding of severity {@link #ERROR} is invalid.
 *
 * @since 0.1
 */
public enum Severity {
    /** The file breaks the format: it must be fixed. */
    ERROR("error"),
    /** The file is valid but probably wrong. */
    WARNING("warning"),
    /** Worth knowing; nothing to fix. */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /**
     * Returns the name written in reports.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String code() {
        return code;
    }
}
