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
 * <p>Memory: per event, its id's 64-bit hash and its period as primitives (about 70 bytes an
 * event, docs/performance.md); an event with a parent in the document also keeps its id, its
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

        /** Each event's index, by its id hash. */
        final IdIndex ids = new IdIndex();
        long[] startSecond = new long[16];
        int[] startNano = new int[16];
        long[] endSecond = new long[16];
        int[] endNano = new int[16];
        long[] firstDay = new long[16];
        long[] lastDay = new long[16];
        byte[] flags = new byte[16];
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
            if (index == flags.length) {
                int capacity = index + index / 2;
                startSecond = Arrays.copyOf(startSecond, capacity);
                startNano = Arrays.copyOf(startNano, capacity);
                endSecond = Arrays.copyOf(endSecond, capacity);
                endNano = Arrays.copyOf(endNano, capacity);
                firstDay = Arrays.copyOf(firstDay, capacity);
                lastDay = Arrays.copyOf(lastDay, capacity);
                flags = Arrays.copyOf(flags, capacity);
            }
            byte f = Spans.inverted(period) ? INVERTED : 0;
            Optional<Spans.Instants> instants = Spans.instants(period);
            if (instants.isPresent()) {
                f |= INSTANTS;
                startSecond[index] = instants.get().start().getEpochSecond();
                startNano[index] = instants.get().start().getNano();
                Instant end = instants.get().end();
                if (end != null) {
                    endSecond[index] = end.getEpochSecond();
                    endNano[index] = end.getNano();
                }
            }
            Spans.Days days = Spans.days(period);
            firstDay[index] = days.first().toEpochDay();
            if (days.last() == null) {
                f |= OPEN;
            } else {
                lastDay[index] = days.last().toEpochDay();
            }
            flags[index] = f;
            return index;
        }

        boolean inverted(int i) {
            return (flags[i] & INVERTED) != 0;
        }

        /** {@link Spans#within} on the kept forms of two periods. */
        boolean within(int inner, int outer) {
            if ((flags[inner] & INSTANTS) != 0 && (flags[outer] & INSTANTS) != 0) {
                if (compare(startSecond[inner], startNano[inner], startSecond[outer], startNano[outer]) < 0) {
                    return false;
                }
                if ((flags[outer] & OPEN) != 0) {
                    return true;
                }
                return (flags[inner] & OPEN) != 0
                        ? compare(startSecond[inner], startNano[inner], endSecond[outer], endNano[outer]) < 0
                        : compare(endSecond[inner], endNano[inner], endSecond[outer], endNano[outer]) <= 0;
            }
            if (firstDay[inner] < firstDay[outer]) {
                return false;
            }
            if ((flags[outer] & OPEN) != 0) {
                return true;
            }
            long last = (flags[inner] & OPEN) != 0 ? firstDay[inner] : lastDay[inner];
            return last <= lastDay[outer];
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
