package org.jisr.validation.internal.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.Reference;
import org.jisr.model.TimeSpan;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * Rule {@code parent-event-period}: an event that is part of another ({@code parent}) takes place
 * within its parent's period, and no event is, through its parents, part of itself.
 *
 * <p>Periods are compared as instants: date-times by their offsets, and spans of whole days from
 * midnight to midnight in the event's {@code timeZone}. When either period is in whole days
 * without a known zone, they are compared as days (a date-time then counts by its local day). An
 * open end of the parent sets no bound; an open end of the child is unknown, so only its start is
 * compared. A period that ends before it starts is left to the model layer, and references that
 * do not name an event are left to {@code references-resolve}.
 *
 * <p>Memory: per event, its id's 64-bit hash in an {@link IdIndex} (14 to 17 bytes) and its
 * period as five {@code long}s (40 bytes), so about 55 to 60 bytes an event (docs/performance.md:
 * 11 MB for 200,000 events); an event with a parent in the document also keeps its id, its
 * parent's id and two places, for the findings at the end. Two ids with the same 64-bit hash
 * would be taken for one, as in {@code unique-ids}. Stateless and thread-safe.
 */
public final class ParentEventPeriodRule implements Rule {

    /**
     * An event's period does not lie within its parent event's period; reported on the child's
     * {@code /period}. A warning, not an error: dates are often recorded loosely (a follow-up
     * meeting the day after a visit, a visit recorded by its main days), and either period may
     * be the one to correct.
     */
    public static final FindingType EVENT_OUTSIDE_PARENT = FindingType.jisr("rule.event-outside-parent",
            Layer.RULE, Severity.WARNING, "event", "parent");

    /**
     * Events are parts of each other in a loop (an event is its own parent, or its parent's
     * parent …); reported once per loop, on the {@code /parent} of the loop's first event in input
     * order, with the loop as {@code a → b → a}. An error: a part-of relation cannot loop, and a
     * reader walking up to the top event would never stop.
     */
    public static final FindingType EVENT_PARENT_CYCLE = FindingType.jisr("rule.event-parent-cycle",
            Layer.RULE, Severity.ERROR, "event", "cycle");

    /**
     * What the rule keeps of an event with a parent in the document (most events have none): the
     * strings its findings name and the places they point at.
     */
    private record Child(String id, String parent, long parentKey, Location periodAt, Location parentAt) {
    }

    /**
     * Per-validation state: the first event of each id, in input order, as its id's 64-bit hash
     * ({@link RecordIds#hash}) and its period in primitive arrays; only events with a local
     * parent keep strings and places, in {@link #children}.
     */
    private static final class State {
        private static final byte INSTANTS = 1;
        private static final byte OPEN = 2;
        private static final byte INVERTED = 4;
        private static final int STRIDE = 5;
        private static final int CHUNK_BITS = 12;
        private static final int CHUNK = 1 << CHUNK_BITS;
        /** The size of the first chunk at first, in events. */
        private static final int FIRST = 64;
        private static final int NANO_BITS = 30;
        private static final long NANO_MASK = (1L << NANO_BITS) - 1;
        private static final int FLAG_SHIFT = 60;

        /** Each event's index, by its id hash. */
        final IdIndex ids = new IdIndex();
        /**
         * Each event's period as {@value #STRIDE} longs from {@code STRIDE * index}: start second,
         * end second, first day, last day, and the start's and end's nanoseconds (30 bits each)
         * with the flags (bits 60 to 62). In chunks of {@value #CHUNK} events (160 KB), allocated
         * as needed (the first one grows from {@value #FIRST} events): past the first chunk nothing
         * is copied when events come, and no array is large enough for G1 to
         * need contiguous free regions for it.
         */
        long[][] periods = new long[1][];
        final Map<Integer, Child> children = new HashMap<>();

        /** The index of the event with an id hash, or -1. */
        int indexOf(long key) {
            return ids.get(key);
        }

        /** Adds the first event of an id; returns its index, or -1 if the id was seen. */
        int add(long key, TimeSpan period) {
            int index = ids.add(key);
            if (index < 0) {
                return -1;
            }
            int chunk = index >>> CHUNK_BITS;
            if (chunk == periods.length) {
                periods = Arrays.copyOf(periods, chunk + chunk / 2 + 1);
            }
            int at = (index & (CHUNK - 1)) * STRIDE;
            if (periods[chunk] == null) {
                // The first chunk starts small and doubles, so that a short file (or an application
                // validating a few records at a time) does not allocate 160 KB for its events.
                periods[chunk] = new long[chunk == 0 ? FIRST * STRIDE : CHUNK * STRIDE];
            } else if (at >= periods[chunk].length) {
                periods[chunk] = Arrays.copyOf(periods[chunk], Math.min(periods[chunk].length * 2, CHUNK * STRIDE));
            }
            long[] row = periods[chunk];
            long f = Spans.inverted(period) ? INVERTED : 0;
            long startNano = 0;
            long endNano = 0;
            Optional<Spans.Instants> instants = Spans.instants(period);
            if (instants.isPresent()) {
                f |= INSTANTS;
                row[at] = instants.get().start().getEpochSecond();
                startNano = instants.get().start().getNano();
                Instant end = instants.get().end();
                if (end != null) {
                    row[at + 1] = end.getEpochSecond();
                    endNano = end.getNano();
                }
            }
            Spans.Days days = Spans.days(period);
            row[at + 2] = days.first().toEpochDay();
            if (days.last() == null) {
                f |= OPEN;
            } else {
                row[at + 3] = days.last().toEpochDay();
            }
            row[at + 4] = startNano | (endNano << NANO_BITS) | (f << FLAG_SHIFT);
            return index;
        }

        private long field(int i, int offset) {
            return periods[i >>> CHUNK_BITS][(i & (CHUNK - 1)) * STRIDE + offset];
        }

        private long startSecond(int i) {
            return field(i, 0);
        }

        private long endSecond(int i) {
            return field(i, 1);
        }

        private long firstDay(int i) {
            return field(i, 2);
        }

        private long lastDay(int i) {
            return field(i, 3);
        }

        private int startNano(int i) {
            return (int) (field(i, 4) & NANO_MASK);
        }

        private int endNano(int i) {
            return (int) ((field(i, 4) >>> NANO_BITS) & NANO_MASK);
        }

        private int flags(int i) {
            return (int) (field(i, 4) >>> FLAG_SHIFT);
        }

        boolean inverted(int i) {
            return (flags(i) & INVERTED) != 0;
        }

        /** {@link Spans#within} on the kept forms of two periods. */
        boolean within(int inner, int outer) {
            if ((flags(inner) & INSTANTS) != 0 && (flags(outer) & INSTANTS) != 0) {
                if (compare(startSecond(inner), startNano(inner), startSecond(outer), startNano(outer)) < 0) {
                    return false;
                }
                if ((flags(outer) & OPEN) != 0) {
                    return true;
                }
                return (flags(inner) & OPEN) != 0
                        ? compare(startSecond(inner), startNano(inner), endSecond(outer), endNano(outer)) < 0
                        : compare(endSecond(inner), endNano(inner), endSecond(outer), endNano(outer)) <= 0;
            }
            if (firstDay(inner) < firstDay(outer)) {
                return false;
            }
            if ((flags(outer) & OPEN) != 0) {
                return true;
            }
            long last = (flags(inner) & OPEN) != 0 ? firstDay(inner) : lastDay(inner);
            return last <= lastDay(outer);
        }

        private static int compare(long second, int nano, long otherSecond, int otherNano) {
            int c = Long.compare(second, otherSecond);
            return c != 0 ? c : Integer.compare(nano, otherNano);
        }
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public ParentEventPeriodRule() {
    }

    @Override
    public String id() {
        return "parent-event-period";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(EVENT_OUTSIDE_PARENT, EVENT_PARENT_CYCLE);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        if (!(record instanceof Event e)) {
            return;
        }
        State state = context.state(State.class, State::new);
        Reference parent = e.parent();
        boolean local = parent != null && !parent.isExternal();
        int index = state.add(RecordIds.hash(e.id()), e.period());
        if (index >= 0 && local) {
            state.children.put(index, new Child(e.id(), parent.value(), RecordIds.hash(parent.value()),
                    context.locate("/period"), context.locate("/parent")));
        }
    }

    @Override
    public void onEnd(RuleContext context) {
        State state = context.state(State.class, State::new);
        Set<Integer> inCycles = cycles(state, context);
        for (int i = 0; i < state.ids.size(); i++) {
            Child child = state.children.get(i);
            int parent = child == null ? -1 : state.indexOf(child.parentKey());
            if (parent < 0 || inCycles.contains(i)) {
                continue;
            }
            if (state.inverted(i) || state.inverted(parent)) {
                continue;
            }
            if (!state.within(i, parent)) {
                context.report(EVENT_OUTSIDE_PARENT, child.periodAt(),
                        Map.of("event", child.id(), "parent", child.parent()));
            }
        }
    }

    /**
     * Reports each loop once; returns the indexes of the events in loops. Only events with a
     * parent can be in a loop, so the walk starts from {@link State#children}, in input order.
     */
    private static Set<Integer> cycles(State state, RuleContext context) {
        Set<Integer> done = new HashSet<>();
        Set<Integer> inCycles = new HashSet<>();
        for (int start : new TreeSet<>(state.children.keySet())) {
            List<Integer> path = new ArrayList<>();
            Map<Integer, Integer> onPath = new HashMap<>();
            int at = start;
            while (at >= 0 && !done.contains(at)) {
                onPath.put(at, path.size());
                path.add(at);
                Child child = state.children.get(at);
                int next = child == null ? -1 : state.indexOf(child.parentKey());
                if (next >= 0 && onPath.containsKey(next)) {
                    List<Integer> loop = path.subList(onPath.get(next), path.size());
                    report(loop, state, context);
                    inCycles.addAll(loop);
                    break;
                }
                at = next;
            }
            done.addAll(path);
        }
        return inCycles;
    }

    private static void report(List<Integer> loop, State state, RuleContext context) {
        // Start the loop at its first event in input order, so that the finding does not depend
        // on where the walk entered it. Every event in a loop has a parent, so a Child.
        int first = Collections.min(loop);
        int from = loop.indexOf(first);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= loop.size(); i++) {
            text.append(i == 0 ? "" : " → ").append(state.children.get(loop.get((from + i) % loop.size())).id());
        }
        Child info = state.children.get(first);
        context.report(EVENT_PARENT_CYCLE, info.parentAt(), Map.of("event", info.id(), "cycle", text.toString()));
    }
}
