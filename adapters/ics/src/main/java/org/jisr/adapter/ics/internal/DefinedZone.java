package org.jisr.adapter.ics.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;

/**
 * A time zone a file defines itself in a VTIMEZONE, for a TZID that is not an IANA zone
 * ({@code (UTC-03:00) Brasília}, {@code W. Europe Standard Time}): its observances (STANDARD and
 * DAYLIGHT, each with its onset, its offsets before and after, and its RRULE and RDATEs) become
 * one list of transitions. Recurring onsets are expanded with ical4j's {@link Recur} up to a
 * horizon that grows when a later date is asked. Not thread-safe; one per reader.
 *
 * <p>ical4j's own {@code ZoneRulesBuilder} is not used: it ignores observances without a
 * recurrence rule, so a zone defined by one STANDARD and one DAYLIGHT onset (as in RFC 5545's
 * own example) would keep its first offset forever.
 */
final class DefinedZone implements ZoneResolver {

    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2})(\\d{2})(\\d{2})?");
    private static final int MAX_ONSETS = 5_000;

    /** One STANDARD or DAYLIGHT block. */
    record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, @Nullable String rule,
            List<LocalDateTime> dates) {
    }

    private record Transition(Instant at, ZoneOffset from, ZoneOffset to) {
    }

    private final List<Observance> observances;
    private final List<Transition> transitions = new ArrayList<>();
    private final TreeSet<ZoneOffset> offsets = new TreeSet<>(Comparator.comparingInt(ZoneOffset::getTotalSeconds));
    private final ZoneOffset initial;
    private int horizonYear;
    private boolean made;

    private DefinedZone(List<Observance> observances) {
        this.observances = List.copyOf(observances);
        Observance first = observances.stream().min(Comparator.comparing(Observance::start)).orElseThrow();
        this.initial = first.from();
        for (Observance o : observances) {
            offsets.add(o.from());
            offsets.add(o.to());
        }
        expandTo(2100);
        made = true;
    }

    /**
     * Makes a zone of observances.
     *
     * @param observances at least one
     * @return the zone
     * @throws IllegalArgumentException when a recurrence rule is not one
     */
    static DefinedZone of(List<Observance> observances) {
        if (observances.isEmpty()) {
            throw new IllegalArgumentException("a time zone needs an observance");
        }
        for (Observance o : observances) {
            if (o.rule() != null) {
                new Recur<OffsetDateTime>(o.rule());
            }
        }
        return new DefinedZone(observances);
    }

    /**
     * Parses a UTC offset ({@code +0100}, {@code -003020}).
     *
     * @param text the value
     * @return the offset, or empty when it is not one (or beyond ±18 hours)
     */
    static Optional<ZoneOffset> offset(String text) {
        Matcher m = OFFSET.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutesSeconds(sign * Integer.parseInt(m.group(2)),
                    sign * Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : sign * Integer.parseInt(m.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private void expandTo(int year) {
        horizonYear = year;
        transitions.clear();
        for (Observance o : observances) {
            List<OffsetDateTime> onsets = new ArrayList<>();
            OffsetDateTime start = o.start().atOffset(o.from());
            onsets.add(start);
            for (LocalDateTime d : o.dates()) {
                onsets.add(d.atOffset(o.from()));
            }
            if (o.rule() != null) {
                Recur<OffsetDateTime> recur = new Recur<>(o.rule());
                OffsetDateTime end = LocalDateTime.of(year, 12, 31, 23, 59).atOffset(o.from());
                if (end.isAfter(start)) {
                    try {
                        onsets.addAll(recur.getDates(start, start, end, MAX_ONSETS));
                    } catch (RuntimeException e) {
                        if (!made) {
                            throw e;
                        }
                        // The rule expanded when the zone was made: a later horizon that ical4j
                        // refuses leaves this observance its first onsets.
                    }
                }
            }
            for (OffsetDateTime onset : onsets) {
                transitions.add(new Transition(onset.toInstant(), o.from(), o.to()));
            }
        }
        transitions.sort(Comparator.comparing(Transition::at));
    }

    @Override
    public OffsetDateTime resolve(LocalDateTime local) {
        if (local.getYear() >= horizonYear) {
            expandTo(local.getYear() + 10);
        }
        ZoneOffset chosen = null;
        for (ZoneOffset candidate : offsets.descendingSet()) {
            // The largest offset first: of two valid offsets, it gives the earlier instant.
            if (offsetAt(local.toInstant(candidate)).equals(candidate)) {
                chosen = candidate;
                break;
            }
        }
        if (chosen == null) {
            // In a gap: the offset before it, found at the earliest instant the local time can be.
            chosen = offsetAt(local.toInstant(offsets.last()));
        }
        Instant instant = local.toInstant(chosen);
        return OffsetDateTime.ofInstant(instant, offsetAt(instant));
    }

    @Override
    public ZoneOffset offsetAt(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year >= horizonYear) {
            expandTo(year + 10);
        }
        ZoneOffset offset = initial;
        for (Transition t : transitions) {
            if (t.at().isAfter(instant)) {
                break;
            }
            offset = t.to();
        }
        return offset;
    }

    @Override
    public @Nullable String ianaId() {
        return null;
    }
}
