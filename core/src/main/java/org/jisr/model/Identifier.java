package org.jisr.model;

/**
 * A global identifier of a record in a named scheme: {@code {"scheme": "fr-insee-cog-commune",
 * "value": "13055"}}. Schemes come from the codelist {@code identifier-schemes}
 * ({@code fr-insee-cog-commune}, {@code fr-siren}, {@code iso-3166-2}, {@code tn-municipality},
 * {@code uri} …) or are private schemes starting with {@code x-}.
 *
 * <p>Whether the value has the scheme's shape, a correct check digit or is a known code is
 * decided by the validator, not here.
 *
 * @param scheme the scheme code
 * @param value  the identifier within the scheme
 * @since 0.1
 */
public record Identifier(String scheme, String value) {

    /** The scheme of French communes' INSEE codes (COG). */
    public static final String FR_INSEE_COG_COMMUNE = "fr-insee-cog-commune";
    /** The scheme of French départements' INSEE codes (COG). */
    public static final String FR_INSEE_COG_DEPARTEMENT = "fr-insee-cog-departement";
    /** The scheme of French régions' INSEE codes (COG). */
    public static final String FR_INSEE_COG_REGION = "fr-insee-cog-region";
    /** The scheme of French SIREN numbers (9 digits, Luhn check digit). */
    public static final String FR_SIREN = "fr-siren";
    /** The scheme of French SIRET numbers (14 digits, Luhn check digit). */
    public static final String FR_SIRET = "fr-siret";
    /** The scheme of ISO 3166-2 subdivision codes ({@code TN-11} for the governorate of Tunis). */
    public static final String ISO_3166_2 = "iso-3166-2";
    /** Jisr's own scheme for Tunisian municipalities ({@code TN-GG-NNN}); not an official code. */
    public static final String TN_MUNICIPALITY = "tn-municipality";
    /** Legacy 5-digit codes of the pre-2016 Tunisian municipalities (OpenBaladiati); not official. */
    public static final String TN_ONSHOR_5 = "tn-onshor-5";
    /** Legacy 4-digit codes in the old INS governorate order; not official. */
    public static final String TN_INS_4 = "tn-ins-4";
    /** An absolute URI naming the record. */
    public static final String URI = "uri";
    /** A Wikidata item ({@code Q90}). */
    public static final String WIKIDATA = "wikidata";

    /**
     * Creates an identifier.
     *
     * @throws NullPointerException     when a part is missing
     * @throws IllegalArgumentException when a part is empty
     */
    public Identifier {
        Checks.requiredText(scheme, "scheme");
        Checks.requiredText(value, "value");
    }

    /**
     * Creates an identifier.
     *
     * @param scheme the scheme code
     * @param value  the identifier within the scheme
     * @return the identifier
     */
    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value);
    }

    /**
     * Tells whether the scheme is a private one ({@code x-…}).
     *
     * @return {@code true} for a private scheme
     */
    public boolean isPrivateScheme() {
        return scheme.startsWith("x-");
    }
}
