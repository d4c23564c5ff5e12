package org.jisr.model;

/**
 * An organisation that supports a partnership, and how.
 *
 * @param organization the organisation (or authority)
 * @param role         its role
 * @since 0.1
 */
public record Involvement(Reference organization, ParticipantRole role) {

    /** Creates an involvement; both parts are required. */
    public Involvement {
        Checks.required(organization, "organization");
        Checks.required(role, "role");
    }
}
