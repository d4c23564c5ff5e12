package org.jisr.reference;

import java.util.Objects;

/**
 * Which edition of its sources a set of reference lists is, per country: for France the
 * millésime of the Code officiel géographique and the package it was taken from, for Tunisia the
 * list of municipalities and the public source it follows.
 *
 * @param france        the French vintage, e.g. {@code COG 2026}
 * @param franceSource  where the French lists come from, with their licence
 * @param tunisia       the Tunisian vintage, e.g. {@code ISIE 2018}
 * @param tunisiaSource where the Tunisian lists come from
 * @since 0.1
 */
public record Vintage(String france, String franceSource, String tunisia, String tunisiaSource) {

    /**
     * Creates a vintage.
     *
     * @throws NullPointerException when a part is missing
     */
    public Vintage {
        Objects.requireNonNull(france, "france");
        Objects.requireNonNull(franceSource, "franceSource");
        Objects.requireNonNull(tunisia, "tunisia");
        Objects.requireNonNull(tunisiaSource, "tunisiaSource");
    }

    /**
     * Returns the vintage of a country's lists.
     *
     * @param country {@code FR} or {@code TN}
     * @return the vintage, or the empty string for another country
     */
    public String of(String country) {
        return switch (country) {
            case "FR" -> france;
            case "TN" -> tunisia;
            default -> "";
        };
    }
}
