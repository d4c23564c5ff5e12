package org.jisr.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When something happens: the {@code period} of an event, a project or a partnership. Either a
 * span of whole days ({@link LocalDate} start and <em>inclusive</em> end: a visit from 9 to
 * 11 December is {@code 2024-12-09}…{@code 2024-12-11}) or a span of instants
 * ({@link OffsetDateTime} start and end, with their UTC offsets). An optional IANA time zone
 * ({@code Africa/Tunis}) says where the days or times are local.
 *
 * <p>In JSON: {@code {"start": "2024-12-09", "end": "2024-12-11", "timeZone": "Africa/Tunis"}}.
 * This type requires start and end to be of the same kind; that the end does not precede the
 * start, and that the zone is a known one, are checked by the validator.
 *
 * @param start    the first day, or the start instant
 * @param end      the last day (inclusive), or the end instant; {@code null} when open or unknown
 * @param timeZone an IANA time-zone id, or {@code null}
 * @since 0.1
 */
public record TimeSpan(Temporal start, @Nullable Temporal end, @Nullable String timeZone) {

    /**
     * Creates a time span.
     *
     * @throws IllegalArgumentException when start or end is neither a {@code LocalDate} nor an
     *                                  {@code OffsetDateTime}, or when they differ in kind
     */
    public TimeSpan {
        Checks.dateOrDateTime(Checks.required(start, "start"), "start");
        Checks.dateOrDateTime(end, "end");
        if (end != null && end.getClass() != start.getClass()) {
            throw new IllegalArgumentException("start and end must both be dates or both be date-times");
        }
        Checks.optionalText(timeZone, "timeZone");
    }

    /**
     * A span of whole days.
     *
     * @param first the first day
     * @param last  the last day, inclusive
     * @return the span
     */
    public static TimeSpan ofDays(LocalDate first, LocalDate last) {
        return new TimeSpan(first, last, null);
    }

    /**
     * A single whole day.
     *
     * @param day the day
     * @return a span whose first and last day are {@code day}
     */
    public static TimeSpan ofDay(LocalDate day) {
        return new TimeSpan(day, day, null);
    }

    /**
     * A span between two instants.
     *
     * @param start the start
     * @param end   the end
     * @return the span
     */
    public static TimeSpan ofTimes(OffsetDateTime start, OffsetDateTime end) {
        return new TimeSpan(start, end, null);
    }

    /**
     * Returns a copy with the given time zone.
     *
     * @param zone an IANA time-zone id such as {@code Africa/Tunis}
     * @return the new span
     */
    public TimeSpan withTimeZone(String zone) {
        return new TimeSpan(start, end, zone);
    }

    /**
     * Tells whether this is a span of whole days.
     *
     * @return {@code true} for dates, {@code false} for date-times
     */
    public boolean isAllDay() {
        return start instanceof LocalDate;
    }

    /**
     * Returns the time zone, when it is a zone id that this JVM knows.
     *
     * @return the zone, or empty when absent or unknown
     */
    public Optional<ZoneId> zone() {
        if (timeZone == null || !isAvailable(timeZone)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(timeZone));
    }

    /**
     * The zone ids available when first asked. {@link ZoneId#getAvailableZoneIds()} copies its
     * six hundred ids into a new set at each call, which made this the costliest step of the rules
     * on a stream of events.
     */
    private static final class Zones {
        static final Set<String> AVAILABLE = ZoneId.getAvailableZoneIds();
    }

    private static boolean isAvailable(String zone) {
        // A zone provider may be registered later: an id not known at first is asked again.
        return Zones.AVAILABLE.contains(zone) || ZoneId.getAvailableZoneIds().contains(zone);
    }
}
