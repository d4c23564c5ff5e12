package org.jisr.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of actors that took part without being named one by one: "representatives of several
 * French associations", "a group of French municipalities and départements following online".
 *
 * @param name      a description of the group
 * @param actorKind the kind of its members: a code of {@code authority-kinds} or of
 *                  {@code organization-kinds}
 * @param country   ISO 3166-1 alpha-2 code of the members' country
 * @param size      how many members, when known (at least 1)
 * @since 0.1
 */
public record ParticipantGroup(
        MultilingualText name,
        @Nullable String actorKind,
        @Nullable String country,
        @Nullable Integer size) {

    /**
     * Creates a group.
     *
     * @throws IllegalArgumentException when the actor kind is in neither codelist, or the size is
     *                                  below 1
     */
    public ParticipantGroup {
        Checks.required(name, "name");
        if (actorKind != null && AuthorityKind.fromCode(actorKind).isEmpty()
                && OrganizationKind.fromCode(actorKind).isEmpty()) {
            throw new IllegalArgumentException("unknown actor kind: " + actorKind);
        }
        Checks.optionalText(country, "country");
        if (size != null && size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
    }

    /**
     * The members' kind as a kind of local authority.
     *
     * @return the kind, or empty when absent or an organisation kind
     */
    public Optional<AuthorityKind> authorityKind() {
        return actorKind == null ? Optional.empty() : AuthorityKind.fromCode(actorKind);
    }

    /**
     * The members' kind as a kind of organisation.
     *
     * @return the kind, or empty when absent or an authority kind
     */
    public Optional<OrganizationKind> organizationKind() {
        return actorKind == null ? Optional.empty() : OrganizationKind.fromCode(actorKind);
    }
}
