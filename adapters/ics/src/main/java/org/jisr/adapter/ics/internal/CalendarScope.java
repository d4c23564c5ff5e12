package org.jisr.adapter.ics.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.model.DocumentMetadata;
import org.jspecify.annotations.Nullable;

/**
 * What the events of one input share, learnt in a first pass over it: the calendar's own
 * properties (its metadata, the language of texts that do not say theirs, the zone of floating
 * times), the time zones it defines, and the instances of recurring events it overrides. Time
 * zones are checked when an event first uses them, and reported then, once. Not thread-safe.
 */
final class CalendarScope {

    private final Reporter reporter;
    private final Map<String, List<ContentLine>> definedZones;
    private final Map<String, List<ContentLine>> overrides;
    private final Map<String, Optional<ZoneResolver>> zones = new HashMap<>();
    private final CalendarProperties calendar;

    CalendarScope(Reporter reporter, CalendarProperties calendar, Map<String, List<ContentLine>> definedZones,
            Map<String, List<ContentLine>> overrides) {
        this.reporter = reporter;
        this.calendar = calendar;
        this.definedZones = definedZones;
        this.overrides = overrides;
    }

    Reporter reporter() {
        return reporter;
    }

    DocumentMetadata metadata() {
        return calendar.metadata();
    }

    /** The language of a text without a LANGUAGE parameter: the calendar's, or "und". */
    String defaultLanguage() {
        return calendar.language() == null ? Texts.UNDETERMINED : calendar.language();
    }

    /** The zone of floating times: the calendar's X-WR-TIMEZONE, when it is an IANA zone. */
    Optional<ZoneResolver> floatingZone() {
        return Optional.ofNullable(calendar.floatingZone()).flatMap(ZoneResolver::iana).map(ZoneResolver::of);
    }

    /** The RECURRENCE-ID lines of the VEVENTs that override instances of the event with this UID. */
    List<ContentLine> overridesOf(String uid) {
        return overrides.getOrDefault(uid, List.of());
    }

    /**
     * Finds the zone a TZID names: an IANA zone first (the file's VTIMEZONE for it may be partial
     * or old; IANA's rules are what other software uses too), else the VTIMEZONE the file
     * defines for it. A VTIMEZONE that cannot be read is reported once, at its lines.
     *
     * @param tzid the TZID
     * @return the zone, or empty when there is none that can be used
     */
    Optional<ZoneResolver> zone(String tzid) {
        Optional<ZoneResolver> iana = ZoneResolver.iana(tzid).map(ZoneResolver::of);
        return iana.isPresent() ? iana : defined(tzid);
    }

    /**
     * Reads the VTIMEZONE the file defines for a TZID, reporting what is wrong with it once —
     * also for an IANA TZID, whose definition the reader does not use but which other software
     * may.
     *
     * @param tzid the TZID
     * @return the zone, or empty when the file defines none that can be used
     */
    Optional<ZoneResolver> defined(String tzid) {
        return zones.computeIfAbsent(tzid, id -> {
            List<ContentLine> lines = definedZones.get(id);
            return lines == null ? Optional.empty() : defined(lines);
        });
    }

    /** Reads a VTIMEZONE's observances into a zone, or reports what stops it. */
    private Optional<ZoneResolver> defined(List<ContentLine> lines) {
        List<DefinedZone.Observance> observances = new ArrayList<>();
        Map<String, ContentLine> current = null;
        List<LocalDateTime> dates = new ArrayList<>();
        boolean broken = false;
        ContentLine ruleLine = null;
        for (ContentLine l : lines) {
            if (l.is("BEGIN") && (l.component().equals("STANDARD") || l.component().equals("DAYLIGHT"))) {
                current = new HashMap<>();
                dates = new ArrayList<>();
                continue;
            }
            if (current == null) {
                continue;
            }
            if (l.is("END") && (l.component().equals("STANDARD") || l.component().equals("DAYLIGHT"))) {
                DefinedZone.Observance o = observance(current, dates, l);
                if (o == null) {
                    broken = true;
                } else {
                    observances.add(o);
                }
                current = null;
                continue;
            }
            if (l.name().equals("RDATE")) {
                for (String v : l.value().split(",")) {
                    Optional<IcsTime> t = IcsTime.parse(v, null);
                    if (t.isPresent() && t.get().local() != null) {
                        dates.add(t.get().local());
                    } else {
                        reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", v);
                        broken = true;
                    }
                }
            } else {
                current.putIfAbsent(l.name(), l);
                if (l.name().equals("RRULE")) {
                    ruleLine = l;
                }
            }
        }
        if (broken) {
            return Optional.empty();
        }
        if (observances.isEmpty()) {
            ContentLine begin = lines.get(0);
            reporter.report(IcsFindings.BAD_VALUE, begin, "property", "VTIMEZONE", "value",
                    lines.stream().filter(l -> l.name().equals("TZID")).map(ContentLine::value).findFirst().orElse(""));
            return Optional.empty();
        }
        try {
            return Optional.of(DefinedZone.of(observances));
        } catch (RuntimeException e) {
            // ical4j refuses the rule (IllegalArgumentException, or worse from deep inside it).
            ContentLine at = ruleLine == null ? lines.get(0) : ruleLine;
            reporter.report(IcsFindings.BAD_VALUE, at, "property", at.name(), "value", at.value());
            return Optional.empty();
        }
    }

    private DefinedZone.@Nullable Observance observance(Map<String, ContentLine> p, List<LocalDateTime> dates,
            ContentLine end) {
        ContentLine start = p.get("DTSTART");
        Optional<IcsTime> onset = start == null ? Optional.empty() : IcsTime.parse(start.value(), null);
        if (onset.isEmpty() || onset.get().local() == null) {
            reporter.report(IcsFindings.BAD_VALUE, start == null ? end : start, "property", "DTSTART", "value",
                    start == null ? "" : start.value());
            return null;
        }
        Optional<ZoneOffset> from = offset(p.get("TZOFFSETFROM"), "TZOFFSETFROM", end);
        Optional<ZoneOffset> to = offset(p.get("TZOFFSETTO"), "TZOFFSETTO", end);
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        ContentLine rule = p.get("RRULE");
        return new DefinedZone.Observance(onset.get().local(), from.get(), to.get(),
                rule == null ? null : rule.value().strip(), List.copyOf(dates));
    }

    private Optional<ZoneOffset> offset(@Nullable ContentLine line, String name, ContentLine end) {
        Optional<ZoneOffset> offset = line == null ? Optional.empty() : DefinedZone.offset(line.value());
        if (offset.isEmpty()) {
            reporter.report(IcsFindings.BAD_VALUE, line == null ? end : line, "property", name, "value",
                    line == null ? "" : line.value());
        }
        return offset;
    }
}
