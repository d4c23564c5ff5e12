package org.jisr.adapter.ics.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.validation.ReadLimits;
import org.jisr.spi.support.AbstractRecordReader;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads an iCalendar input as Event records, in two passes over it. The first only looks: it
 * collects the calendar's properties, the time zones it defines and the instances of recurring
 * events that other VEVENTs override — what any event may need, wherever it stands in the file.
 * The second reads the VEVENTs one at a time, reporting what it meets, so that memory holds one
 * event (and its occurrences) whatever the size of the input. Not thread-safe.
 */
public final class IcsReader extends AbstractRecordReader {

    /** An open component: its name, its BEGIN line, and for a VEVENT its properties so far. */
    private static final class Frame {
        final String name;
        final ContentLine begin;
        final List<ContentLine> properties = new ArrayList<>();
        final List<String> inner = new ArrayList<>();

        Frame(String name, ContentLine begin) {
            this.name = name;
            this.begin = begin;
        }
    }

    private final AdapterInput input;
    private final AdapterContext context;
    private final Reporter reporter;
    private final Deque<EventMapper.Mapped> ready = new ArrayDeque<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private @Nullable ContentLineReader lines;
    private @Nullable CalendarScope scope;
    private @Nullable EventMapper mapper;
    private @Nullable Map<String, Integer> current;
    private boolean anyComponent;
    private boolean firstCalendarDone;
    private boolean ended;
    private long records;

    /**
     * Opens a reader; nothing is read before the first {@link #next()}.
     *
     * @param input   the input
     * @param context where findings go, and the limits
     */
    public IcsReader(AdapterInput input, AdapterContext context) {
        super(input.name());
        this.input = input;
        this.context = context;
        this.reporter = Reporter.to(input.name(), context);
    }

    @Override
    public Optional<JisrRecord> next() {
        if (scope == null) {
            start();
        }
        while (ready.isEmpty() && !ended) {
            readSome();
        }
        EventMapper.Mapped next = ready.poll();
        if (next == null) {
            return Optional.empty();
        }
        if (++records > context.limits().maxRecords()) {
            reporter.report(IcsFindings.LIMIT_EXCEEDED, next.lines().get(""), 1, "limit", "maxRecords", "maximum",
                    String.valueOf(context.limits().maxRecords()));
            ready.clear();
            ended = true;
            close();
            return Optional.empty();
        }
        current = next.lines();
        recordAt(Location.of(input.name(), "", next.lines().get(""), 1));
        return Optional.of(next.event());
    }

    @Override
    public DocumentMetadata metadata() {
        if (scope == null) {
            start();
        }
        return scope.metadata();
    }

    @Override
    public Location locate(String pointerInRecord) {
        Map<String, Integer> at = current;
        if (at != null) {
            String pointer = pointerInRecord;
            while (true) {
                Integer line = at.get(pointer);
                if (line != null) {
                    return Location.of(input.name(), "", line, 1);
                }
                if (pointer.isEmpty()) {
                    break;
                }
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            }
        }
        return super.locate(pointerInRecord);
    }

    /** The first pass, then the second pass opened. */
    private void start() {
        Prescan first = new Prescan(context.limits());
        try (ContentLineReader look = new ContentLineReader(input.openStream(), context.limits(),
                ContentLineReader.Problems.NONE)) {
            Optional<ContentLine> l;
            while ((l = look.next()).isPresent()) {
                first.accept(l.get());
            }
        }
        scope = new CalendarScope(reporter, first.calendar(Reporter.silent(input.name(), context)), first.zones,
                first.overrides);
        mapper = new EventMapper(scope);
        lines = closeLater(new ContentLineReader(input.openStream(), context.limits(),
                (type, line, column, parameters) -> reporter.report(type, line, column, parameters)));
    }

    /** Reads content lines until an event is complete or the input ends. */
    private void readSome() {
        Optional<ContentLine> next = lines.next();
        if (next.isEmpty()) {
            finish();
            return;
        }
        ContentLine l = next.get();
        if (l.is("BEGIN")) {
            begin(l);
        } else if (l.is("END")) {
            end(l);
        } else if (open.isEmpty()) {
            reporter.report(IcsFindings.OUTSIDE_CALENDAR, l, "name", l.name());
        } else if (open.size() == 1 || isEvent(open.peek()) || open.peek().name.equals("VTIMEZONE")) {
            if (open.peek().properties.size() >= context.limits().maxProperties()) {
                // A component is held whole until its END: its properties are what memory holds.
                stop(l, "maxProperties", context.limits().maxProperties());
                return;
            }
            open.peek().properties.add(l);
        }
        // Properties of sub-components (VALARM, STANDARD…) are not kept: the first pass has what
        // the time zones need, and a VALARM is reported as not read, whole.
    }

    private static boolean isEvent(Frame f) {
        return f.name.equals("VEVENT");
    }

    /** Ends the reading at a limit: the open components are dropped, not reported as unterminated. */
    private void stop(ContentLine at, String limit, long maximum) {
        reporter.report(IcsFindings.LIMIT_EXCEEDED, at, "limit", limit, "maximum", String.valueOf(maximum));
        open.clear();
        ended = true;
        close();
    }

    private void begin(ContentLine l) {
        String name = l.component();
        anyComponent = true;
        if (open.size() >= context.limits().maxNestingDepth()) {
            stop(l, "maxNestingDepth", context.limits().maxNestingDepth());
            return;
        }
        if (open.isEmpty() && !name.equals("VCALENDAR")) {
            reporter.report(IcsFindings.OUTSIDE_CALENDAR, l, "name", name);
        }
        Frame parent = open.peek();
        if (parent != null && !parent.name.equals("VCALENDAR")) {
            parent.inner.add(name);
        } else if (!name.equals("VCALENDAR") && !name.equals("VEVENT") && !name.equals("VTIMEZONE")) {
            reporter.report(IcsFindings.NOT_READ, l, "names", name);
        }
        open.push(new Frame(name, l));
    }

    private void end(ContentLine l) {
        String name = l.component();
        boolean known = open.stream().anyMatch(f -> f.name.equals(name));
        if (!known) {
            reporter.report(IcsFindings.UNEXPECTED_END, l, "component", name);
            return;
        }
        while (!open.peek().name.equals(name)) {
            Frame cut = open.pop();
            reporter.report(IcsFindings.UNTERMINATED_COMPONENT, cut.begin, "component", cut.name);
        }
        Frame done = open.pop();
        if (isEvent(done) && (open.isEmpty() || open.peek().name.equals("VCALENDAR"))) {
            ready.addAll(mapper.map(done.begin, done.properties, done.inner));
        } else if (done.name.equals("VCALENDAR")) {
            calendarDone(done);
        } else if (done.name.equals("VTIMEZONE")) {
            done.properties.stream().filter(p -> p.name().equals("TZID")).findFirst()
                    .ifPresent(tzid -> scope.defined(IcsText.unescape(tzid.value()).strip()));
        }
    }

    /** Reports what the (first) calendar's own properties hold, once it is complete. */
    private void calendarDone(Frame calendar) {
        if (!firstCalendarDone) {
            firstCalendarDone = true;
            CalendarProperties.read(calendar.begin, calendar.properties, reporter);
        } else if (!calendar.properties.isEmpty()) {
            List<String> names = new ArrayList<>();
            calendar.properties.forEach(p -> names.add(p.name()));
            reporter.report(IcsFindings.NOT_READ, calendar.begin, "names",
                    String.join(", ", CalendarProperties.distinct(names)));
        }
    }

    private void finish() {
        ended = true;
        while (!open.isEmpty()) {
            Frame cut = open.pop();
            reporter.report(IcsFindings.UNTERMINATED_COMPONENT, cut.begin, "component", cut.name);
            if (cut.name.equals("VCALENDAR") && !firstCalendarDone) {
                calendarDone(cut);
            }
        }
        if (!anyComponent) {
            reporter.report(IcsFindings.NO_CALENDAR, 1, 1);
        }
    }

    /** The first pass: what every event may need. */
    private static final class Prescan {
        final Map<String, List<ContentLine>> zones = new HashMap<>();
        final Map<String, List<ContentLine>> overrides = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private @Nullable ContentLine calendarBegin;
        private final List<ContentLine> calendarProperties = new ArrayList<>();
        private boolean calendarSeen;
        private @Nullable List<ContentLine> zone;
        private @Nullable String uid;
        private @Nullable ContentLine recurrenceId;
        private final ReadLimits limits;
        /** Past a limit, the first pass keeps nothing more: the second pass reports the limit. */
        private boolean overLimit;

        Prescan(ReadLimits limits) {
            this.limits = limits;
        }

        void accept(ContentLine l) {
            if (overLimit) {
                return;
            }
            if (stack.size() >= limits.maxNestingDepth() || zone != null && zone.size() >= limits.maxProperties()
                    || calendarProperties.size() >= limits.maxProperties()) {
                overLimit = true;
                zone = null;
                return;
            }
            if (l.is("BEGIN")) {
                String name = l.component();
                stack.push(name);
                if (name.equals("VCALENDAR") && !calendarSeen) {
                    calendarSeen = true;
                    calendarBegin = l;
                } else if (name.equals("VTIMEZONE") && zone == null) {
                    zone = new ArrayList<>();
                } else if (name.equals("VEVENT")) {
                    uid = null;
                    recurrenceId = null;
                }
                if (zone != null) {
                    zone.add(l);
                }
                return;
            }
            if (l.is("END")) {
                String name = l.component();
                if (zone != null) {
                    zone.add(l);
                }
                if (!stack.contains(name)) {
                    return;
                }
                while (!stack.pop().equals(name)) {
                    // Unterminated inner components: the second pass reports them.
                }
                if (name.equals("VTIMEZONE") && zone != null) {
                    zone.stream().filter(p -> p.name().equals("TZID")).findFirst()
                            .ifPresent(tzid -> zones.putIfAbsent(IcsText.unescape(tzid.value()).strip(), zone));
                    zone = null;
                } else if (name.equals("VEVENT") && uid != null && recurrenceId != null) {
                    overrides.computeIfAbsent(uid, k -> new ArrayList<>()).add(recurrenceId);
                }
                return;
            }
            if (zone != null) {
                zone.add(l);
            } else if (stack.size() == 1 && stack.peek().equals("VCALENDAR") && calendarBegin != null
                    ) {
                calendarProperties.add(l);
            } else if (!stack.isEmpty() && stack.peek().equals("VEVENT")) {
                if (l.name().equals("UID") && uid == null) {
                    uid = IcsText.unescape(l.value()).strip();
                } else if (l.name().equals("RECURRENCE-ID") && recurrenceId == null) {
                    recurrenceId = l;
                }
            }
        }

        CalendarProperties calendar(Reporter silent) {
            return calendarBegin == null ? CalendarProperties.NONE
                    : CalendarProperties.read(calendarBegin, calendarProperties, silent);
        }
    }
}
