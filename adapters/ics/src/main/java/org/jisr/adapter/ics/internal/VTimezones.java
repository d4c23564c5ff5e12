package org.jisr.adapter.ics.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the VTIMEZONE of an IANA zone from the JDK's own time-zone data, for the span of time a
 * calendar's events use (RFC 5545 §3.6.5 asks no more): the historic transition in force at the
 * first instant and those up to the last one, each kind of transition (standard or daylight
 * time, offsets before and after) as one observance whose later onsets are RDATEs; and, for the
 * years after the zone's last historic change, its yearly rules as observances with an RRULE. The
 * reader resolves an IANA TZID with the same data, so what is written is what is read back;
 * other software reads the offsets from the VTIMEZONE itself. Deterministic, stateless.
 */
final class VTimezones {

    private VTimezones() {
    }

    /**
     * The content lines of a VTIMEZONE.
     *
     * @param zone  the zone
     * @param first the first instant the calendar uses in it
     * @param last  the last one
     * @return the lines, unfolded, from BEGIN:VTIMEZONE to END:VTIMEZONE
     */
    static List<String> lines(ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        Instant lastHistoric = history.isEmpty() ? Instant.MIN : history.get(history.size() - 1).getInstant();
        List<ZoneOffsetTransitionRule> recurring = rules.getTransitionRules();
        List<String> out = new ArrayList<>();
        out.add("BEGIN:VTIMEZONE");
        out.add("TZID:" + zone.getId());

        // The historic transitions the span needs: the one in force at its start, and those in it.
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(first.plusSeconds(1));
        if (before != null && !before.getInstant().isAfter(lastHistoric)) {
            transitions.add(before);
        }
        ZoneOffsetTransition next = rules.nextTransition(before == null ? first : before.getInstant());
        while (next != null && !next.getInstant().isAfter(last) && !next.getInstant().isAfter(lastHistoric)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        // After the last historic transition, the zone follows yearly rules (daylight saving time):
        // written as RRULEs, the form every calendar program understands.
        boolean byRules = !recurring.isEmpty() && (last.isAfter(lastHistoric) || before != null
                && before.getInstant().isAfter(lastHistoric));
        if (before == null && !byRules || transitions.isEmpty() && !byRules) {
            // No transition before the first instant: its offset has held since before it.
            ZoneOffset offset = rules.getOffset(first);
            LocalDateTime start = LocalDateTime.ofInstant(first, offset).toLocalDate().atStartOfDay();
            observance(out, "STANDARD", start, List.of(), null, offset, offset);
        }
        Map<String, List<ZoneOffsetTransition>> kinds = new LinkedHashMap<>();
        for (ZoneOffsetTransition t : transitions) {
            String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
            kinds.computeIfAbsent(kind + " " + t.getOffsetBefore() + " " + t.getOffsetAfter(), k -> new ArrayList<>())
                    .add(t);
        }
        for (List<ZoneOffsetTransition> same : kinds.values()) {
            ZoneOffsetTransition t = same.get(0);
            List<LocalDateTime> later = same.stream().skip(1).map(ZoneOffsetTransition::getDateTimeBefore).toList();
            observance(out, rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(),
                    later, null, t.getOffsetBefore(), t.getOffsetAfter());
        }
        if (byRules) {
            int year = Math.max(lastHistoric.equals(Instant.MIN) ? Integer.MIN_VALUE
                    : lastHistoric.atOffset(ZoneOffset.UTC).getYear() + 1, first.atOffset(ZoneOffset.UTC).getYear() - 1);
            for (ZoneOffsetTransitionRule rule : recurring) {
                ZoneOffsetTransition t = rule.createTransition(year);
                observance(out, rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD",
                        t.getDateTimeBefore(), List.of(), rrule(rule), t.getOffsetBefore(), t.getOffsetAfter());
            }
        }
        out.add("END:VTIMEZONE");
        return out;
    }

    /**
     * A yearly rule of java.time as an RRULE: "the last Sunday of March" is {@code BYDAY=-1SU},
     * "the Sunday on or after the 8th" {@code BYDAY=SU;BYMONTHDAY=8,9,…,14}.
     */
    static String rrule(ZoneOffsetTransitionRule rule) {
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int d = rule.getDayOfMonthIndicator();
        DayOfWeek dow = rule.getDayOfWeek();
        if (dow == null) {
            return month + ";BYMONTHDAY=" + d;
        }
        String day = dow.name().substring(0, 2);
        int shortest = rule.getMonth().minLength();
        if (d > 0 && d == rule.getMonth().maxLength() - 6 && d == shortest - 6) {
            return month + ";BYDAY=-1" + day;
        }
        if (d == -1) {
            return month + ";BYDAY=-1" + day;
        }
        List<String> days = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            days.add(String.valueOf(d > 0 ? d + k : d - k));
        }
        return month + ";BYDAY=" + day + ";BYMONTHDAY=" + String.join(",", days);
    }

    private static void observance(List<String> out, String kind, LocalDateTime start, List<LocalDateTime> later,
            @Nullable String rule, ZoneOffset from, ZoneOffset to) {
        out.add("BEGIN:" + kind);
        out.add("DTSTART:" + IcsTime.local(start));
        if (rule != null) {
            out.add("RRULE:" + rule);
        }
        if (!later.isEmpty()) {
            out.add("RDATE:" + String.join(",", later.stream().map(IcsTime::local).toList()));
        }
        out.add("TZOFFSETFROM:" + offset(from));
        out.add("TZOFFSETTO:" + offset(to));
        out.add("END:" + kind);
    }

    /** An offset as RFC 5545 writes it: {@code +0100}, {@code -003020}. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
