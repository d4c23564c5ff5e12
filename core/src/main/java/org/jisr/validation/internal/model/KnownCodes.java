package org.jisr.validation.internal.model;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** The ISO and IANA code lists that come with Java, read once. */
final class KnownCodes {

    /** ISO 3166-1 alpha-2 country codes. */
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** IANA time zone ids. */
    static final Set<String> TIME_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private KnownCodes() {
    }
}
