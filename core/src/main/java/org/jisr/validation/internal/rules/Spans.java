package org.jisr.validation.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.jisr.model.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TimeSpan} seen either on the time line (instants) or on the calendar (days). A span of
 * whole days covers its days from midnight to midnight in its time zone; without a known zone its
 * days cannot be placed on the time line, and it is compared as days.
 */
final class Spans {

    /** Half-open instants {@code [start, end)}; {@code end} is {@code null} when open. */
    record Instants(Instant start, @Nullable Instant end) {
    }

    /** Inclusive days; {@code last} is {@code null} when open. */
    record Days(LocalDate first, @Nullable LocalDate last) {
    }

    private Spans() {
    }

    /** The span on the time line, when it can be placed there. */
    static Optional<Instants> instants(TimeSpan span) {
        if (!span.isAllDay()) {
            Temporal end = span.end();
            return Optional.of(new Instants(((OffsetDateTime) span.start()).toInstant(),
                    end == null ? null : ((OffsetDateTime) end).toInstant()));
        }
        Optional<ZoneId> zone = span.zone();
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = (LocalDate) span.start();
        LocalDate last = (LocalDate) span.end();
        return Optional.of(new Instants(first.atStartOfDay(zone.get()).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone.get()).toInstant()));
    }

    /** The span's days: its own for whole days, else the local days of its instants. */
    static Days days(TimeSpan span) {
        if (span.isAllDay()) {
            return new Days((LocalDate) span.start(), (LocalDate) span.end());
        }
        OffsetDateTime start = (OffsetDateTime) span.start();
        OffsetDateTime end = (OffsetDateTime) span.end();
        return new Days(localDay(start, span), end == null ? null
                // an end at midnight ends the day before
                : localDay(end.isAfter(start) ? end.minusNanos(1) : end, span));
    }

    private static LocalDate localDay(OffsetDateTime t, TimeSpan span) {
        Optional<ZoneId> zone = span.zone();
        return zone.isPresent() ? t.atZoneSameInstant(zone.get()).toLocalDate() : t.toLocalDate();
    }

    /** Whether the span ends before it starts (the model layer reports that; rules skip such spans). */
    static boolean inverted(TimeSpan span) {
        Temporal end = span.end();
        if (end == null) {
            return false;
        }
        return span.isAllDay() ? ((LocalDate) end).isBefore((LocalDate) span.start())
                : ((OffsetDateTime) end).isBefore((OffsetDateTime) span.start());
    }

    /**
     * Whether {@code inner} lies within {@code outer}: on the time line when both can be placed
     * there, else by days. An open end of {@code outer} has no bound; an open end of
     * {@code inner} is unknown, and only its start is compared.
     */
    static boolean within(TimeSpan inner, TimeSpan outer) {
        Optional<Instants> in = instants(inner);
        Optional<Instants> out = instants(outer);
        if (in.isPresent() && out.isPresent()) {
            Instants i = in.get();
            Instants o = out.get();
            if (i.start().isBefore(o.start())) {
                return false;
            }
            if (o.end() == null) {
                return true;
            }
            return i.end() == null ? i.start().isBefore(o.end()) : !i.end().isAfter(o.end());
        }
        Days i = days(inner);
        Days o = days(outer);
        if (i.first().isBefore(o.first())) {
            return false;
        }
        if (o.last() == null) {
            return true;
        }
        LocalDate last = i.last() == null ? i.first() : i.last();
        return !last.isAfter(o.last());
    }
}
