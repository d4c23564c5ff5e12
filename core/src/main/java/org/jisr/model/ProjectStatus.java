package org.jisr.model;

import java.util.Optional;

/**
 * The status of a project.
 *
 * <p>Codelist {@code project-statuses}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum ProjectStatus implements Coded {
    /** Planned. */
    PLANNED("planned"),
    /** Ongoing. */
    ONGOING("ongoing"),
    /** Completed. */
    COMPLETED("completed"),
    /** Cancelled. */
    CANCELLED("cancelled"),
    /** Suspended. */
    SUSPENDED("suspended");

    private final String code;

    ProjectStatus(String code) {
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
    public static Optional<ProjectStatus> fromCode(String code) {
        return Coded.fromCode(ProjectStatus.class, code);
    }
}
