package org.jisr.model;

import org.jspecify.annotations.Nullable;

/**
 * A place: the venue of an event or the seat of an actor. Every part is optional, but a place
 * has at least one.
 *
 * @param name      the name of the place ({@code مقر مركز التكوين ودعم اللامركزية})
 * @param address   a postal address
 * @param locality  the town or city as written
 * @param authority the local authority the place lies in
 * @param country   ISO 3166-1 alpha-2 country code
 * @param geo       coordinates
 * @since 0.1
 */
public record Place(
        @Nullable MultilingualText name,
        @Nullable MultilingualText address,
        @Nullable MultilingualText locality,
        @Nullable Reference authority,
        @Nullable String country,
        @Nullable GeoPoint geo) {

    /**
     * Creates a place.
     *
     * @throws IllegalArgumentException when every part is absent
     */
    public Place {
        Checks.optionalText(country, "country");
        if (name == null && address == null && locality == null && authority == null && country == null
                && geo == null) {
            throw new IllegalArgumentException("a place needs at least one part");
        }
    }
}
