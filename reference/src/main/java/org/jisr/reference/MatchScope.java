package org.jisr.reference;

import java.util.EnumSet;
import java.util.Set;
import org.jisr.model.AuthorityKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a name is looked for: a country, a governorate or département within it, and kinds of
 * authority. Each part left out means «any».
 *
 * <pre>{@code
 * MatchScope.any()                                        // every list
 * MatchScope.country("TN").kinds(AuthorityKind.COMMUNE)   // the Tunisian municipalities
 * MatchScope.country("FR").within("13")                   // what lies in the département 13
 * MatchScope.any().within("TN-51")                        // what lies in the governorate of Sousse
 * }</pre>
 *
 * @param country {@code FR} or {@code TN}, or {@code null} for both
 * @param within  a département code ({@code 13}, {@code 2A}) or an ISO 3166-2 governorate code
 *                ({@code TN-51}): only authorities whose parent it is; {@code null} for anywhere
 * @param kinds   the kinds of authority looked for; empty for every kind
 * @since 0.1
 */
public record MatchScope(@Nullable String country, @Nullable String within, Set<AuthorityKind> kinds) {

    /**
     * Creates a scope.
     */
    public MatchScope {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /**
     * Returns the scope of every list.
     *
     * @return a scope that lets everything in
     */
    public static MatchScope any() {
        return new MatchScope(null, null, Set.of());
    }

    /**
     * Returns the scope of one country's lists.
     *
     * @param country {@code FR} or {@code TN}
     * @return the scope
     */
    public static MatchScope country(String country) {
        return new MatchScope(country, null, Set.of());
    }

    /**
     * Returns this scope limited to what lies in a département or governorate.
     *
     * @param code a département code or an ISO 3166-2:TN governorate code
     * @return the scope
     */
    public MatchScope within(String code) {
        return new MatchScope(country != null ? country : code.startsWith("TN-") ? "TN" : "FR", code, kinds);
    }

    /**
     * Returns this scope limited to kinds of authority.
     *
     * @param first the first kind
     * @param more  more kinds
     * @return the scope
     */
    public MatchScope kinds(AuthorityKind first, AuthorityKind... more) {
        return new MatchScope(country, within, EnumSet.of(first, more));
    }

    /**
     * Tells whether an authority lies in this scope.
     *
     * @param a an authority
     * @return {@code true} when it does
     */
    public boolean admits(Authority a) {
        if (country != null && !country.equals(a.country())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(a.kind())) {
            return false;
        }
        return within == null || a.parent() != null && a.parent().value().equals(within);
    }
}
