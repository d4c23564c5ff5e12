package org.jisr.reference;

import java.util.Objects;

/**
 * An authority a name may mean, with how sure the match is.
 *
 * <p>Scores: 1.0 the list's own name, letter for letter once accents, case, hyphens, hamza forms,
 * harakat and the like are folded ({@link Method#NAME}); 0.95 another spelling found in the
 * list's sources ({@link Method#OTHER_SPELLING}); 0.9 the same once articles and «saint» are
 * folded ({@link Method#FOLDED}); 0.8 the same consonants ({@link Method#SKELETON}); below 0.75 a
 * similar spelling ({@link Method#SIMILAR}, the score falls with the edit distance). A former
 * commune (déléguée, associée) or an arrondissement municipal gets 0.9 times its score, so that
 * the commune of today comes first. A name {@linkplain NameMatcher#resolve resolves} to a
 * candidate of at least 0.8 that no other candidate equals.
 *
 * @param authority   the authority
 * @param score       how sure, from 0 (excluded) to 1
 * @param method      how the name matched
 * @param matchedName which of the authority's names matched
 * @since 0.1
 */
public record Candidate(Authority authority, double score, Method method, String matchedName) {

    /** How a name matched an authority, from the surest to the least sure. */
    public enum Method {
        /** The list's own name (French, Latin or Arabic), once folded by {@code TextMatching.compactKey}. */
        NAME,
        /** Another spelling of the name found in the sources of the list. */
        OTHER_SPELLING,
        /** The same once articles are left out and «saint» abbreviated ({@code TextMatching.placeKey}). */
        FOLDED,
        /** The same consonants ({@code TextMatching.skeletonKey}): a transliteration variant. */
        SKELETON,
        /** A similar spelling, within a small edit distance. */
        SIMILAR
    }

    /**
     * Creates a candidate.
     *
     * @throws NullPointerException when a part is missing
     */
    public Candidate {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(matchedName, "matchedName");
    }

    /**
     * Returns the score as a percentage, for messages.
     *
     * @return the score times 100, rounded
     */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
