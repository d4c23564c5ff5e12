package org.jisr.model;

import java.util.Optional;

/**
 * The kind of an event.
 *
 * <p>Codelist {@code event-kinds}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum EventKind implements Coded {
    /** A workshop. */
    WORKSHOP("workshop"),
    /** A working visit or mission. */
    VISIT("visit"),
    /** A delegation. */
    DELEGATION("delegation"),
    /** A seminar. */
    SEMINAR("seminar"),
    /** A training session. */
    TRAINING("training"),
    /** A conference. */
    CONFERENCE("conference"),
    /** A signing ceremony. */
    SIGNING("signing"),
    /** A meeting. */
    MEETING("meeting"),
    /** Another kind of event. */
    OTHER("other");

    private final String code;

    EventKind(String code) {
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
    public static Optional<EventKind> fromCode(String code) {
        return Coded.fromCode(EventKind.class, code);
    }
}
