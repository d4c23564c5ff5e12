package org.jisr.adapter.ics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.model.AttendanceMode;
import org.jisr.model.Coded;
import org.jisr.model.DocumentLink;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.EventStatus;
import org.jisr.model.Extensions;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.JsonValue;
import org.jisr.model.MultilingualText;
import org.jisr.model.Outcome;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Place;
import org.jisr.model.Reference;
import org.jisr.model.Source;
import org.jisr.model.Theme;
import org.jisr.model.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * Turns one VEVENT into Event records: one, or one per occurrence when it repeats (RRULE, RDATE,
 * EXDATE, and the instances other VEVENTs override through RECURRENCE-ID), at most
 * {@value #MAX_OCCURRENCES}. The mapping is documented in {@code docs/adapters/ics.md}; what the
 * event holds that no record carries is reported in one {@code adapter.ics-not-read} finding.
 * Not thread-safe; one per reader.
 */
final class EventMapper {

    /** The most records one repeating VEVENT becomes. */
    static final int MAX_OCCURRENCES = 100;

    /** An event read, with the line of each of its values (by JSON Pointer). */
    record Mapped(Event event, Map<String, Integer> lines) {
    }

    /** Properties a VEVENT may have once (RFC 5545 §3.6.1, and Jisr's own). */
    private static final Set<String> ONCE = Set.of("UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID",
            "STATUS", "GEO", "URL", "ORGANIZER", "CLASS", "CREATED", "LAST-MODIFIED", "PRIORITY", "SEQUENCE", "TRANSP",
            Props.X_ID, Props.X_KIND, Props.X_STATUS, Props.X_ATTENDANCE_MODE, Props.X_TIME_ZONE,
            Props.X_VENUE_AUTHORITY, Props.X_VENUE_COUNTRY);

    private final CalendarScope scope;
    private final Reporter reporter;

    EventMapper(CalendarScope scope) {
        this.scope = scope;
        this.reporter = scope.reporter();
    }

    /**
     * Maps one VEVENT.
     *
     * @param begin         its {@code BEGIN:VEVENT} line
     * @param properties    its own properties, in file order
     * @param subcomponents the names of the components inside it ({@code VALARM})
     * @return its records: none when it cannot be one
     */
    List<Mapped> map(ContentLine begin, List<ContentLine> properties, List<String> subcomponents) {
        Event.Builder b = Event.builder("x").kind(EventKind.OTHER);
        Map<String, Integer> lines = new HashMap<>();
        lines.put("", begin.line());
        List<String> notRead = new ArrayList<>(subcomponents);
        Map<String, ContentLine> single = new HashMap<>();
        List<ContentLine> multi = new ArrayList<>();
        for (ContentLine l : properties) {
            if (ONCE.contains(l.name())) {
                if (single.putIfAbsent(l.name(), l) != null) {
                    reporter.report(IcsFindings.REPEATED_PROPERTY, l, "property", l.name());
                }
            } else {
                multi.add(l);
            }
        }
        String language = scope.defaultLanguage();

        // Identity.
        String uid = text(single.get("UID")).orElse(null);
        String id = text(single.get(Props.X_ID)).filter(v -> {
            boolean ok = Ids.RECORD_ID.matcher(v).matches();
            if (!ok) {
                reporter.report(IcsFindings.BAD_VALUE, single.get(Props.X_ID), "property", Props.X_ID, "value", v);
            }
            return ok;
        }).orElse(null);
        if (id == null && uid != null) {
            id = Ids.fromUid(uid);
        }
        if (id == null) {
            id = "event-" + begin.line();
            reporter.report(IcsFindings.MISSING_UID, begin, "id", id);
        }
        lines.put("/id", line(single.get("UID"), begin));

        // Texts.
        Texts title = new Texts();
        Texts description = new Texts();
        Texts venueName = new Texts();
        Texts venueAddress = new Texts();
        Texts venueLocality = new Texts();
        List<Reference> organizers = new ArrayList<>();
        List<Participation> participants = new ArrayList<>();
        List<Reference> partnerships = new ArrayList<>();
        List<Reference> projects = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<DocumentLink> documents = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Identifier> identifiers = new ArrayList<>();
        Map<String, JsonValue.ObjectValue> extensions = new TreeMap<>();
        List<ContentLine> rrules = new ArrayList<>();
        List<ContentLine> rdates = new ArrayList<>();
        List<ContentLine> exdates = new ArrayList<>();
        Reference parent = null;
        ContentLine organizerLine = single.get("ORGANIZER");
        List<ContentLine> ordered = new ArrayList<>(multi);
        if (organizerLine != null) {
            ordered.add(organizerLine);
            ordered.sort(java.util.Comparator.comparingInt(ContentLine::line));
        }
        for (ContentLine l : ordered) {
            switch (l.name()) {
                case "SUMMARY", Props.X_TITLE -> {
                    Props.text(title, l, language, reporter);
                    lines.putIfAbsent("/title", l.line());
                }
                case "DESCRIPTION", Props.X_DESCRIPTION -> {
                    Props.text(description, l, language, reporter);
                    lines.putIfAbsent("/description", l.line());
                }
                case "LOCATION", Props.X_VENUE_NAME -> {
                    Props.text(venueName, l, language, reporter);
                    lines.putIfAbsent("/venue", l.line());
                }
                case Props.X_VENUE_ADDRESS -> {
                    Props.text(venueAddress, l, language, reporter);
                    lines.putIfAbsent("/venue", l.line());
                }
                case Props.X_VENUE_LOCALITY -> {
                    Props.text(venueLocality, l, language, reporter);
                    lines.putIfAbsent("/venue", l.line());
                }
                case "ORGANIZER", Props.X_ORGANIZER -> {
                    String value = l.name().equals("ORGANIZER") ? l.value().strip() : IcsText.unescape(l.value());
                    if (!value.isEmpty()) {
                        lines.put("/organizers/" + organizers.size(), l.line());
                        organizers.add(Reference.to(value));
                    }
                    if (l.name().equals("ORGANIZER")) {
                        for (ContentLine.Parameter p : l.parameters()) {
                            notRead.add("ORGANIZER;" + p.name());
                        }
                    }
                }
                case "ATTENDEE" -> attendee(l, notRead).ifPresent(p -> {
                    lines.put("/participants/" + participants.size(), l.line());
                    participants.add(p);
                });
                case Props.X_PARTICIPANT -> participant(l).ifPresent(p -> {
                    lines.put("/participants/" + participants.size(), l.line());
                    participants.add(p);
                });
                case Props.X_PARTNERSHIP -> reference(l).ifPresent(r -> {
                    lines.put("/partnerships/" + partnerships.size(), l.line());
                    partnerships.add(r);
                });
                case Props.X_PROJECT -> reference(l).ifPresent(r -> {
                    lines.put("/projects/" + projects.size(), l.line());
                    projects.add(r);
                });
                case "CATEGORIES" -> {
                    lines.putIfAbsent("/themes", l.line());
                    for (String item : IcsText.splitList(l.value())) {
                        Optional<Theme> theme = Theme.fromCode(item.strip());
                        if (theme.isPresent() && !themes.contains(theme.get())) {
                            themes.add(theme.get());
                        } else if (theme.isEmpty() && !item.isBlank()) {
                            notRead.add("CATEGORIES:" + item);
                        }
                    }
                }
                case Props.X_SOURCE -> item(l, "/sources/", sources.size(), lines, JsonItems::readSource,
                        url -> new Source(null, url, null, null, null, null, null)).ifPresent(sources::add);
                case Props.X_DOCUMENT -> item(l, "/documents/", documents.size(), lines, JsonItems::readDocument,
                        url -> new DocumentLink(null, url, null, null, null)).ifPresent(documents::add);
                case "ATTACH" -> {
                    boolean binary = l.parameter("VALUE").filter(v -> v.equalsIgnoreCase("BINARY")).isPresent()
                            || l.parameter("ENCODING").isPresent();
                    if (binary || l.value().isBlank()) {
                        notRead.add("ATTACH");
                    } else {
                        lines.put("/documents/" + documents.size(), l.line());
                        documents.add(new DocumentLink(null, l.value().strip(), null, null, null));
                    }
                }
                case Props.X_OUTCOME -> {
                    String json = IcsText.unescape(l.value());
                    Optional<Outcome> o = JsonItems.readOutcome(json);
                    if (o.isPresent()) {
                        lines.put("/outcomes/" + outcomes.size(), l.line());
                        outcomes.add(o.get());
                    } else {
                        reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", json);
                    }
                }
                case Props.X_IDENTIFIER -> {
                    Optional<String> scheme = l.parameter(Props.P_SCHEME).filter(s -> !s.isEmpty());
                    String value = IcsText.unescape(l.value());
                    if (scheme.isEmpty()) {
                        reporter.report(IcsFindings.BAD_PARAMETER, l, "property", l.name(), "parameter",
                                Props.P_SCHEME, "value", "");
                    } else if (!value.isEmpty()) {
                        lines.put("/identifiers/" + identifiers.size(), l.line());
                        identifiers.add(Identifier.of(scheme.get(), value));
                    }
                }
                case Props.X_EXTENSION -> Props.extension(l, reporter).ifPresent(e -> {
                    if (extensions.putIfAbsent(e.getKey(), e.getValue()) == null) {
                        lines.put("/extensions/" + e.getKey(), l.line());
                    } else {
                        reporter.report(IcsFindings.REPEATED_PROPERTY, l, "property", l.name());
                    }
                });
                case "RELATED-TO" -> {
                    String reltype = l.parameter("RELTYPE").orElse("PARENT").toUpperCase(Locale.ROOT);
                    String value = IcsText.unescape(l.value()).strip();
                    if (reltype.equals("PARENT") && parent == null && !value.isEmpty()) {
                        parent = Reference.to(Ids.isReference(value) ? value : Ids.fromUid(value));
                        lines.put("/parent", l.line());
                    } else {
                        notRead.add("RELATED-TO;RELTYPE=" + reltype);
                    }
                }
                case "RRULE" -> rrules.add(l);
                case "RDATE" -> rdates.add(l);
                case "EXDATE" -> exdates.add(l);
                default -> notRead.add(l.name());
            }
        }
        for (Map.Entry<String, ContentLine> e : single.entrySet()) {
            switch (e.getKey()) {
                case "UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "STATUS", "GEO", "URL",
                        "ORGANIZER", Props.X_ID, Props.X_KIND, Props.X_STATUS, Props.X_ATTENDANCE_MODE,
                        Props.X_TIME_ZONE, Props.X_VENUE_AUTHORITY, Props.X_VENUE_COUNTRY -> {
                    // Read below, or (DTSTAMP) a stamp of the file, not of the event.
                }
                default -> notRead.add(e.getKey());
            }
        }

        MultilingualText titleText = title.build();
        if (titleText == null) {
            reporter.report(IcsFindings.NO_TITLE, begin);
            return List.of();
        }
        b.title(titleText).description(description.build());

        // Codes.
        code(single.get(Props.X_KIND), EventKind::fromCode).ifPresent(b::kind);
        lines.put("/kind", line(single.get(Props.X_KIND), begin));
        b.status(status(single.get(Props.X_STATUS), single.get("STATUS")));
        lines.put("/status", line(single.get(Props.X_STATUS) != null ? single.get(Props.X_STATUS)
                : single.get("STATUS"), begin));
        b.attendanceMode(code(single.get(Props.X_ATTENDANCE_MODE), AttendanceMode::fromCode).orElse(null));
        lines.put("/attendanceMode", line(single.get(Props.X_ATTENDANCE_MODE), begin));

        // Venue.
        GeoPoint geo = geo(single.get("GEO"));
        String authority = text(single.get(Props.X_VENUE_AUTHORITY)).orElse(null);
        String country = text(single.get(Props.X_VENUE_COUNTRY)).orElse(null);
        if (!venueName.isEmpty() || !venueAddress.isEmpty() || !venueLocality.isEmpty() || geo != null
                || authority != null || country != null) {
            b.venue(new Place(venueName.build(), venueAddress.build(), venueLocality.build(),
                    authority == null ? null : Reference.to(authority), country, geo));
            lines.putIfAbsent("/venue", line(single.get("GEO") != null ? single.get("GEO")
                    : single.get(Props.X_VENUE_COUNTRY) != null ? single.get(Props.X_VENUE_COUNTRY)
                    : single.get(Props.X_VENUE_AUTHORITY), begin));
            if (single.get("GEO") != null) {
                lines.put("/venue/geo", single.get("GEO").line());
            }
        }
        b.parent(parent);
        partnerships.forEach(b::partnership);
        projects.forEach(b::project);
        organizers.forEach(b::organizer);
        participants.forEach(b::participant);
        themes.forEach(b::theme);
        outcomes.forEach(b::outcome);
        documents.forEach(b::document);
        b.extensions(Extensions.of(extensions));

        // Sources: X-JISR-SOURCE when there is one (URL is then its copy for calendar software).
        if (sources.isEmpty() && single.get("URL") != null && !single.get("URL").value().isBlank()) {
            sources.add(new Source(null, single.get("URL").value().strip(), null, null, null, null, null));
            lines.put("/sources/0", single.get("URL").line());
        }
        sources.forEach(b::source);

        // Time.
        ContentLine dtstart = single.get("DTSTART");
        Optional<IcsTime> start = dtstart == null ? Optional.empty()
                : IcsTime.parse(dtstart.value(), dtstart.parameter("TZID").orElse(null));
        if (start.isEmpty()) {
            reporter.report(IcsFindings.NO_START, dtstart == null ? begin : dtstart);
            return List.of();
        }
        lines.put("/period", dtstart.line());
        Timing timing = new Timing(start.get(), dtstart, notRead);
        Temporal startValue = timing.start();
        Temporal endValue = end(single.get("DTEND"), single.get("DURATION"), timing, lines);
        String timeZone = text(single.get(Props.X_TIME_ZONE)).orElse(timing.zoneName());

        List<Mapped> mapped = new ArrayList<>();
        ContentLine recurrenceId = single.get("RECURRENCE-ID");
        boolean repeats = !rrules.isEmpty() || !rdates.isEmpty();
        if (!repeats) {
            b.id(recurrenceId == null ? id : occurrenceId(id, recurrenceId, timing, startValue))
                    .period(new TimeSpan(startValue, endValue, timeZone));
            mapped.add(new Mapped(identity(b, identifiers, uid, recurrenceId != null), lines));
        } else {
            List<Temporal[]> occurrences = occurrences(timing, startValue, endValue, rrules, rdates, exdates,
                    uid == null ? List.of() : scope.overridesOf(uid));
            for (Temporal[] o : occurrences) {
                b.id(Ids.occurrence(id, stamp(o[0]))).period(new TimeSpan(o[0], o[1], timeZone));
                mapped.add(new Mapped(identity(b, identifiers, uid, true), lines));
            }
        }
        if (!notRead.isEmpty()) {
            reporter.report(IcsFindings.NOT_READ, begin, "names",
                    String.join(", ", CalendarProperties.distinct(notRead)));
        }
        return mapped;
    }

    /** The event with its identifiers: those written, and its UID when the id is not it. */
    private static Event identity(Event.Builder b, List<Identifier> written, @Nullable String uid,
            boolean occurrence) {
        Event partial = b.build();
        String scheme = occurrence ? Ids.SERIES_SCHEME : Ids.UID_SCHEME;
        Event.Builder full = partial.toBuilder();
        written.forEach(full::identifier);
        if (uid != null && (occurrence || !uid.equals(partial.id()))
                && written.stream().noneMatch(i -> i.scheme().equals(scheme))) {
            full.identifier(Identifier.of(scheme, uid));
        }
        return full.build();
    }

    // ---- time

    /** DTSTART read, with what it needs to turn other values of the event into instants. */
    private final class Timing {
        final IcsTime start;
        final ContentLine line;
        final @Nullable ZoneResolver zone;
        final @Nullable String zoneName;
        final Temporal value;

        Timing(IcsTime start, ContentLine line, List<String> notRead) {
            this.start = start;
            this.line = line;
            if (start.isDate()) {
                this.zone = null;
                this.zoneName = null;
                this.value = start.date();
            } else {
                ZoneChoice choice = zoneOf(start, line);
                this.zone = choice.resolver();
                this.zoneName = choice.name();
                if (start.tzid() != null && choice.name() == null && choice.resolver() != null) {
                    notRead.add("DTSTART;TZID");
                }
                this.value = exact(line, resolve(start.local(), choice.resolver()));
            }
        }

        Temporal start() {
            return value;
        }

        @Nullable String zoneName() {
            return zoneName;
        }
    }

    private record ZoneChoice(@Nullable ZoneResolver resolver, @Nullable String name) {
    }

    /** The zone of a date-time: UTC, its TZID's, the calendar's for floating times, or UTC after a finding. */
    private ZoneChoice zoneOf(IcsTime time, ContentLine line) {
        if (time.utc()) {
            return new ZoneChoice(ZoneResolver.of(ZoneOffset.UTC), null);
        }
        if (time.tzid() != null) {
            Optional<ZoneResolver> zone = scope.zone(time.tzid());
            if (zone.isPresent()) {
                return new ZoneChoice(zone.get(), zone.get().ianaId());
            }
            reporter.report(IcsFindings.UNKNOWN_TIME_ZONE, line, "property", line.name(), "tzid", time.tzid());
            return new ZoneChoice(ZoneResolver.of(ZoneOffset.UTC), null);
        }
        Optional<ZoneResolver> floating = scope.floatingZone();
        if (floating.isPresent()) {
            return new ZoneChoice(floating.get(), floating.get().ianaId());
        }
        reporter.report(IcsFindings.FLOATING_TIME, line, "property", line.name());
        return new ZoneChoice(ZoneResolver.of(ZoneOffset.UTC), null);
    }

    private static OffsetDateTime resolve(LocalDateTime local, @Nullable ZoneResolver zone) {
        return zone == null ? local.atOffset(ZoneOffset.UTC) : zone.resolve(local);
    }

    /**
     * The exact value Jisr wrote in {@code X-JISR-VALUE} (an offset the zone does not have then,
     * fractions of a second), when it still agrees with the property's own value to the second;
     * otherwise someone changed the time since, and the property's value wins.
     */
    private static OffsetDateTime exact(ContentLine line, OffsetDateTime read) {
        Optional<String> written = line.parameter(Props.P_VALUE);
        if (written.isEmpty()) {
            return read;
        }
        try {
            OffsetDateTime exact = OffsetDateTime.parse(written.get());
            if (exact.toInstant().truncatedTo(ChronoUnit.SECONDS).equals(read.toInstant())) {
                return exact;
            }
        } catch (DateTimeParseException e) {
            // Not Jisr's: the property's value stands.
        }
        return read;
    }

    /** The event's last day or end time: DTEND (exclusive for dates), or DTSTART plus DURATION. */
    private @Nullable Temporal end(@Nullable ContentLine dtend, @Nullable ContentLine duration, Timing timing,
            Map<String, Integer> lines) {
        if (dtend != null) {
            lines.put("/period/end", dtend.line());
            Optional<IcsTime> end = IcsTime.parse(dtend.value(), dtend.parameter("TZID").orElse(null));
            if (end.isEmpty()) {
                reporter.report(IcsFindings.BAD_VALUE, dtend, "property", "DTEND", "value", dtend.value());
                return null;
            }
            if (end.get().isDate() != timing.start.isDate()) {
                reporter.report(IcsFindings.MIXED_PERIOD, dtend, "start", timing.line.value().strip(), "end",
                        dtend.value().strip());
                return null;
            }
            if (end.get().isDate()) {
                LocalDate last = end.get().date().minusDays(1);
                LocalDate first = timing.start.date();
                return last.isBefore(first) ? first : last;
            }
            ZoneChoice zone = zoneOf(end.get(), dtend);
            return exact(dtend, resolve(end.get().local(), zone.resolver()));
        }
        if (duration != null) {
            lines.put("/period/end", duration.line());
            TemporalAmount amount;
            try {
                amount = TemporalAmountAdapter.parse(duration.value().strip()).getDuration();
            } catch (RuntimeException e) {
                reporter.report(IcsFindings.BAD_VALUE, duration, "property", "DURATION", "value", duration.value());
                return null;
            }
            if (timing.start.isDate()) {
                LocalDate after = timing.start.date().plus(amount);
                LocalDate last = after.minusDays(1);
                return last.isBefore(timing.start.date()) ? timing.start.date() : last;
            }
            OffsetDateTime s = (OffsetDateTime) timing.value;
            OffsetDateTime e = s.plus(amount);
            return timing.zone == null ? e : e.withOffsetSameInstant(timing.zone.offsetAt(e.toInstant()));
        }
        return null;
    }

    // ---- recurrence

    /** The occurrences of a repeating event, each as {start, end}, in order. */
    private List<Temporal[]> occurrences(Timing timing, Temporal start, @Nullable Temporal end,
            List<ContentLine> rrules, List<ContentLine> rdates, List<ContentLine> exdates, List<ContentLine> overrides) {
        TreeMap<Comparable<?>, Temporal[]> all = new TreeMap<>();
        Set<Comparable<?>> excluded = new HashSet<>();
        long days = end == null || !timing.start.isDate() ? 0
                : ChronoUnit.DAYS.between((LocalDate) start, (LocalDate) end);
        Duration length = end == null || timing.start.isDate() ? Duration.ZERO
                : Duration.between(((OffsetDateTime) start).toInstant(), ((OffsetDateTime) end).toInstant());
        int wanted = MAX_OCCURRENCES + 1 + exdates.size() + overrides.size();
        ContentLine truncatedAt = rrules.isEmpty() ? rdates.get(0) : rrules.get(0);

        put(all, start, end == null ? null : end);
        for (ContentLine rule : rrules) {
            for (Temporal s : expand(timing, rule, wanted)) {
                put(all, s, end == null ? null : plus(timing, s, days, length));
            }
        }
        for (ContentLine rdate : rdates) {
            for (Temporal[] o : dates(rdate, timing, true)) {
                Temporal e = o[1] != null ? o[1] : end == null ? null : plus(timing, o[0], days, length);
                put(all, o[0], e);
            }
        }
        for (ContentLine exdate : exdates) {
            for (Temporal[] o : dates(exdate, timing, false)) {
                excluded.add(key(o[0]));
            }
        }
        for (ContentLine override : overrides) {
            for (Temporal[] o : dates(override, timing, false)) {
                excluded.add(key(o[0]));
            }
        }
        List<Temporal[]> result = new ArrayList<>();
        for (Map.Entry<Comparable<?>, Temporal[]> e : all.entrySet()) {
            if (excluded.contains(e.getKey())) {
                continue;
            }
            if (result.size() == MAX_OCCURRENCES) {
                reporter.report(IcsFindings.RECURRENCE_TRUNCATED, truncatedAt, "limit",
                        String.valueOf(MAX_OCCURRENCES));
                break;
            }
            result.add(e.getValue());
        }
        return result;
    }

    private static void put(TreeMap<Comparable<?>, Temporal[]> all, Temporal start, @Nullable Temporal end) {
        all.putIfAbsent(key(start), new Temporal[] {start, end});
    }

    /** What identifies an occurrence: its date, or its instant. */
    private static Comparable<?> key(Temporal t) {
        return t instanceof OffsetDateTime o ? o.toInstant() : (LocalDate) t;
    }

    private static Temporal plus(Timing timing, Temporal start, long days, Duration length) {
        if (start instanceof LocalDate d) {
            return d.plusDays(days);
        }
        Instant end = ((OffsetDateTime) start).toInstant().plus(length);
        ZoneOffset offset = timing.zone == null ? ZoneOffset.UTC : timing.zone.offsetAt(end);
        return OffsetDateTime.ofInstant(end, offset);
    }

    /** Expands an RRULE in the wall-clock time of the event's zone, as RFC 5545 wants. */
    private List<Temporal> expand(Timing timing, ContentLine rule, int wanted) {
        List<Temporal> starts = new ArrayList<>();
        try {
            String text = localUntil(rule.value().strip(), timing);
            if (timing.start.isDate()) {
                LocalDate seed = timing.start.date();
                Recur<LocalDate> recur = new Recur<>(text);
                starts.addAll(recur.getDates(seed, seed, seed.plusYears(1000), wanted));
            } else {
                LocalDateTime seed = timing.start.local();
                Recur<LocalDateTime> recur = new Recur<>(text);
                for (LocalDateTime wall : recur.getDates(seed, seed, seed.plusYears(1000), wanted)) {
                    starts.add(resolve(wall, timing.zone));
                }
            }
        } catch (RuntimeException e) {
            // ical4j refuses the rule (IllegalArgumentException for a bad part, or worse).
            reporter.report(IcsFindings.BAD_VALUE, rule, "property", "RRULE", "value", rule.value());
        }
        return starts;
    }

    /**
     * Rewrites UNTIL in the event's wall-clock time: ical4j compares it with the wall-clock
     * occurrences, while RFC 5545 writes it in UTC for a zoned DTSTART.
     */
    private static String localUntil(String rule, Timing timing) {
        StringBuilder out = new StringBuilder();
        for (String part : rule.split(";")) {
            String p = part;
            if (part.toUpperCase(Locale.ROOT).startsWith("UNTIL=")) {
                Optional<IcsTime> until = IcsTime.parse(part.substring(6), null);
                if (until.isPresent()) {
                    IcsTime u = until.get();
                    if (timing.start.isDate()) {
                        p = "UNTIL=" + IcsTime.date(u.isDate() ? u.date() : u.local().toLocalDate());
                    } else if (u.isDate()) {
                        p = "UNTIL=" + IcsTime.local(u.date().atTime(23, 59, 59));
                    } else if (u.utc()) {
                        Instant instant = u.local().toInstant(ZoneOffset.UTC);
                        ZoneOffset offset = timing.zone == null ? ZoneOffset.UTC : timing.zone.offsetAt(instant);
                        p = "UNTIL=" + IcsTime.local(LocalDateTime.ofInstant(instant, offset));
                    } else {
                        p = "UNTIL=" + IcsTime.local(u.local());
                    }
                }
            }
            out.append(out.length() == 0 ? "" : ";").append(p);
        }
        return out.toString();
    }

    /**
     * Reads the values of an RDATE, EXDATE or RECURRENCE-ID as {start, end}: dates, date-times
     * (in their own TZID, or UTC) or, for RDATE, periods.
     */
    private List<Temporal[]> dates(ContentLine line, Timing timing, boolean periods) {
        List<Temporal[]> result = new ArrayList<>();
        String tzid = line.parameter("TZID").orElse(null);
        for (String raw : line.value().split(",")) {
            String v = raw.strip();
            if (v.isEmpty()) {
                continue;
            }
            String first = v;
            String second = null;
            int slash = v.indexOf('/');
            if (periods && slash > 0) {
                first = v.substring(0, slash);
                second = v.substring(slash + 1);
            }
            Optional<IcsTime> t = IcsTime.parse(first, tzid);
            if (t.isEmpty() || t.get().isDate() != timing.start.isDate()) {
                reporter.report(IcsFindings.BAD_VALUE, line, "property", line.name(), "value", v);
                continue;
            }
            if (t.get().isDate()) {
                result.add(new Temporal[] {t.get().date(), null});
                continue;
            }
            OffsetDateTime s = resolve(t.get().local(), zoneOf(t.get(), line).resolver());
            s = s.withOffsetSameInstant(timing.zone == null ? ZoneOffset.UTC : timing.zone.offsetAt(s.toInstant()));
            Temporal e = null;
            if (second != null) {
                e = periodEnd(second, s, line, timing);
                if (e == null) {
                    continue;
                }
            }
            result.add(new Temporal[] {s, e});
        }
        return result;
    }

    private @Nullable OffsetDateTime periodEnd(String text, OffsetDateTime start, ContentLine line, Timing timing) {
        try {
            OffsetDateTime end;
            if (text.startsWith("P") || text.startsWith("+P") || text.startsWith("-P")) {
                end = start.plus(TemporalAmountAdapter.parse(text).getDuration());
            } else {
                Optional<IcsTime> t = IcsTime.parse(text, line.parameter("TZID").orElse(null));
                if (t.isEmpty() || t.get().isDate()) {
                    reporter.report(IcsFindings.BAD_VALUE, line, "property", line.name(), "value", text);
                    return null;
                }
                end = resolve(t.get().local(), zoneOf(t.get(), line).resolver());
            }
            ZoneOffset offset = timing.zone == null ? ZoneOffset.UTC : timing.zone.offsetAt(end.toInstant());
            return end.withOffsetSameInstant(offset);
        } catch (RuntimeException e) {
            reporter.report(IcsFindings.BAD_VALUE, line, "property", line.name(), "value", text);
            return null;
        }
    }

    /** The id of an occurrence: the event's id and its start, a date or a UTC instant. */
    private String occurrenceId(String id, ContentLine recurrenceId, Timing timing, Temporal fallback) {
        List<Temporal[]> at = dates(recurrenceId, timing, false);
        return Ids.occurrence(id, stamp(at.isEmpty() ? fallback : at.get(0)[0]));
    }

    private static String stamp(Temporal t) {
        return t instanceof LocalDate d ? IcsTime.date(d) : IcsTime.utc((OffsetDateTime) t);
    }

    // ---- values

    private static int line(@Nullable ContentLine l, ContentLine fallback) {
        return l == null ? fallback.line() : l.line();
    }

    private static Optional<String> text(@Nullable ContentLine l) {
        if (l == null) {
            return Optional.empty();
        }
        String text = IcsText.unescape(l.value()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private Optional<Reference> reference(ContentLine l) {
        return text(l).map(Reference::to);
    }

    private <E extends Enum<E> & Coded> Optional<E> code(@Nullable ContentLine l,
            java.util.function.Function<String, Optional<E>> parse) {
        Optional<String> text = text(l);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = parse.apply(text.get());
        if (value.isEmpty()) {
            reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", text.get());
        }
        return value;
    }

    /** X-JISR-STATUS when Jisr wrote one; otherwise STATUS (TENTATIVE has no equivalent: scheduled). */
    private @Nullable EventStatus status(@Nullable ContentLine jisr, @Nullable ContentLine ical) {
        if (jisr != null) {
            Optional<EventStatus> s = code(jisr, EventStatus::fromCode);
            if (s.isPresent()) {
                return s.get();
            }
        }
        Optional<String> text = text(ical);
        if (text.isEmpty()) {
            return null;
        }
        switch (text.get().toUpperCase(Locale.ROOT)) {
            case "CONFIRMED", "TENTATIVE":
                return EventStatus.SCHEDULED;
            case "CANCELLED":
                return EventStatus.CANCELLED;
            default:
                reporter.report(IcsFindings.BAD_VALUE, ical, "property", ical.name(), "value", text.get());
                return null;
        }
    }

    private @Nullable GeoPoint geo(@Nullable ContentLine l) {
        if (l == null) {
            return null;
        }
        String[] parts = l.value().strip().split(";", -1);
        if (parts.length == 2) {
            try {
                return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            } catch (IllegalArgumentException e) {
                // Not numbers, or out of range: reported below.
            }
        }
        reporter.report(IcsFindings.BAD_VALUE, l, "property", "GEO", "value", l.value());
        return null;
    }

    /** An ATTENDEE: a calendar address (mailto:) with its role; its other parameters are not carried. */
    private Optional<Participation> attendee(ContentLine l, List<String> notRead) {
        String who = l.value().strip();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        ParticipantRole role = roleParameter(l).orElseGet(() -> switch (
                l.parameter("ROLE").orElse("REQ-PARTICIPANT").toUpperCase(Locale.ROOT)) {
            case "CHAIR" -> ParticipantRole.ORGANIZER;
            case "NON-PARTICIPANT" -> ParticipantRole.OBSERVER;
            default -> ParticipantRole.PARTICIPANT;
        });
        for (ContentLine.Parameter p : l.parameters()) {
            if (!p.name().equals("ROLE") && !p.name().equals(Props.P_ROLE) && !p.name().equals(Props.P_ATTENDANCE)) {
                notRead.add("ATTENDEE;" + p.name());
            }
        }
        return Optional.of(Participation.of(Reference.to(who), role, attendance(l)));
    }

    /** An X-JISR-PARTICIPANT: a reference with X-JISR-ROLE and X-JISR-ATTENDANCE, or a participation's JSON. */
    private Optional<Participation> participant(ContentLine l) {
        String value = IcsText.unescape(l.value()).strip();
        if (value.startsWith("{")) {
            Optional<Participation> p = JsonItems.readParticipation(value);
            if (p.isEmpty()) {
                reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", value);
            }
            return p;
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ParticipantRole role = roleParameter(l).orElse(null);
        if (role == null) {
            reporter.report(IcsFindings.BAD_PARAMETER, l, "property", l.name(), "parameter", Props.P_ROLE, "value",
                    l.parameter(Props.P_ROLE).orElse(""));
            role = ParticipantRole.PARTICIPANT;
        }
        return Optional.of(Participation.of(Reference.to(value), role, attendance(l)));
    }

    private Optional<ParticipantRole> roleParameter(ContentLine l) {
        Optional<String> code = l.parameter(Props.P_ROLE);
        Optional<ParticipantRole> role = code.flatMap(ParticipantRole::fromCode);
        if (code.isPresent() && role.isEmpty() && !l.name().equals(Props.X_PARTICIPANT)) {
            reporter.report(IcsFindings.BAD_PARAMETER, l, "property", l.name(), "parameter", Props.P_ROLE, "value",
                    code.get());
        }
        return role;
    }

    private @Nullable AttendanceMode attendance(ContentLine l) {
        Optional<String> code = l.parameter(Props.P_ATTENDANCE);
        if (code.isEmpty()) {
            return null;
        }
        Optional<AttendanceMode> mode = AttendanceMode.fromCode(code.get());
        if (mode.isEmpty()) {
            reporter.report(IcsFindings.BAD_PARAMETER, l, "property", l.name(), "parameter", Props.P_ATTENDANCE,
                    "value", code.get());
        }
        return mode.orElse(null);
    }

    /** An X-JISR-SOURCE or X-JISR-DOCUMENT: a URL alone, or the item's JSON. */
    private <T> Optional<T> item(ContentLine l, String pointer, int index, Map<String, Integer> lines,
            java.util.function.Function<String, Optional<T>> json, java.util.function.Function<String, T> url) {
        String value = IcsText.unescape(l.value()).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> item = value.startsWith("{") ? json.apply(value) : Optional.of(url.apply(value));
        if (item.isEmpty()) {
            reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", value);
        } else {
            lines.put(pointer + index, l.line());
        }
        return item;
    }
}
