package org.jisr.adapter.ics.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A time zone as an iCalendar file uses it: what offset a local date-time has, and what offset
 * an instant has. A local time that occurs twice (when clocks go back) is the first of the two,
 * and one that does not occur (when clocks go forward) is read with the offset before the gap, as
 * RFC 5545 §3.3.5 says — which is what {@link ZonedDateTime#ofLocal} does too.
 */
interface ZoneResolver {

    /**
     * Resolves a local date-time.
     *
     * @param local the wall-clock time
     * @return the date-time with the offset in force then
     */
    OffsetDateTime resolve(LocalDateTime local);

    /**
     * Returns the offset at an instant.
     *
     * @param instant the instant
     * @return the offset
     */
    ZoneOffset offsetAt(Instant instant);

    /**
     * Returns the IANA zone id, when the zone is one.
     *
     * @return the id, or {@code null} for a zone the file defines itself
     */
    @Nullable String ianaId();

    /**
     * Finds an IANA time zone by its exact id ({@code Africa/Tunis}, {@code UTC}); fixed offsets
     * ({@code +01:00}) and ids that java.time only knows through another provider (ical4j
     * registers some of its own, {@code ical4j~…}) are not IANA zones.
     *
     * @param id the id
     * @return the zone, or empty
     */
    static Optional<ZoneId> iana(String id) {
        if (id.isEmpty() || id.indexOf('~') >= 0 || id.startsWith("+") || id.startsWith("-")) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(id);
            if (zone instanceof ZoneOffset || !zone.getId().equals(id)) {
                return Optional.empty();
            }
            return Optional.of(zone);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A resolver for an IANA zone.
     *
     * @param zone the zone
     * @return the resolver
     */
    static ZoneResolver of(ZoneId zone) {
        return new ZoneResolver() {
            @Override
            public OffsetDateTime resolve(LocalDateTime local) {
                return ZonedDateTime.ofLocal(local, zone, null).toOffsetDateTime();
            }

            @Override
            public ZoneOffset offsetAt(Instant instant) {
                return zone.getRules().getOffset(instant);
            }

            @Override
            public String ianaId() {
                return zone.getId();
            }
        };
    }
}
