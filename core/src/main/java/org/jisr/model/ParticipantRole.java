package org.jisr.model;

import java.util.Optional;

/**
 * The role an actor plays in an event, project or partnership.
 *
 * <p>Codelist {@code participant-roles}; labels in French, Arabic and English are in its codelist file.
 *
 * @since 0.1
 */
public enum ParticipantRole implements Coded {
    /** Organiser. */
    ORGANIZER("organizer"),
    /** Co-organiser. */
    CO_ORGANIZER("co-organizer"),
    /** Host. */
    HOST("host"),
    /** Participant. */
    PARTICIPANT("participant"),
    /** Visiting delegation. */
    VISITING_DELEGATION("visiting-delegation"),
    /** Speaker. */
    SPEAKER("speaker"),
    /** Technical support. */
    TECHNICAL_SUPPORT("technical-support"),
    /** Funder. */
    FUNDER("funder"),
    /** Lead partner. */
    LEAD("lead"),
    /** Partner. */
    PARTNER("partner"),
    /** Beneficiary. */
    BENEFICIARY("beneficiary"),
    /** Observer. */
    OBSERVER("observer");

    private final String code;

    ParticipantRole(String code) {
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
    public static Optional<ParticipantRole> fromCode(String code) {
        return Coded.fromCode(ParticipantRole.class, code);
    }
}
