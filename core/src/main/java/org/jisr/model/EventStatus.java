package org.jisr.model;

import java.util.Optional;

/**
 * The status of an event.
 *
 * <p>Codelist {@code event-statuses}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum EventStatus implements Coded {
    /** Scheduled. */
    SCHEDULED("scheduled"),
    /** Held. */
    HELD("held"),
    /** Cancelled. */
    CANCELLED("cancelled"),
    /** Postponed. */
    POSTPONED("postponed");

    private final String code;

    EventStatus(String code) {
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
    public static Optional<EventStatus> fromCode(String code) {
        return Coded.fromCode(EventStatus.class, code);
    }
}
