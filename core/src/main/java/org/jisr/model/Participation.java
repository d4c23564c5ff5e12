package org.jisr.model;

import org.jspecify.annotations.Nullable;

/**
 * One participant of an event or a project, with its role and how it attended. The participant
 * is either a record of the document ({@link #participant()}, a local authority or an
 * organisation) or an unnamed {@link ParticipantGroup} — exactly one of the two.
 *
 * @param participant the participating record, or {@code null} for a group
 * @param group       the participating group, or {@code null} for a record
 * @param role        its role
 * @param attendance  how it attended (in person, online)
 * @param description what the article or minutes say of this participation
 * @since 0.1
 */
public record Participation(
        @Nullable Reference participant,
        @Nullable ParticipantGroup group,
        ParticipantRole role,
        @Nullable AttendanceMode attendance,
        @Nullable MultilingualText description) {

    /**
     * Creates a participation.
     *
     * @throws IllegalArgumentException unless exactly one of participant and group is given
     */
    public Participation {
        if ((participant == null) == (group == null)) {
            throw new IllegalArgumentException("a participation names either a participant or a group");
        }
        Checks.required(role, "role");
    }

    /**
     * A named participant.
     *
     * @param participant the participating record
     * @param role        its role
     * @param attendance  how it attended, or {@code null}
     * @return the participation
     */
    public static Participation of(Reference participant, ParticipantRole role, @Nullable AttendanceMode attendance) {
        return new Participation(participant, null, role, attendance, null);
    }

    /**
     * An unnamed group of participants.
     *
     * @param group      the group
     * @param role       its role
     * @param attendance how it attended, or {@code null}
     * @return the participation
     */
    public static Participation ofGroup(ParticipantGroup group, ParticipantRole role, @Nullable AttendanceMode attendance) {
        return new Participation(null, group, role, attendance, null);
    }

    /**
     * Returns a copy with a description.
     *
     * @param text the description
     * @return the new participation
     */
    public Participation withDescription(MultilingualText text) {
        return new Participation(participant, group, role, attendance, text);
    }
}
