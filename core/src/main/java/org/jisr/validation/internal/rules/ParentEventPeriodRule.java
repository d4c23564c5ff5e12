package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;

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
 * <p>Memory: the period and parent of every event. Stateless and thread-safe.
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

    /** What the rule keeps of an event. */
    private record Info(String id, TimeSpan period, @Nullable String parent, Location periodAt,
            @Nullable Location parentAt) {
    }

    /** Per-validation state: the events by id, first of each id, in input order. */
    private static final class State {
        final Map<String, Info> events = new LinkedHashMap<>();
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
        state.events.putIfAbsent(e.id(), new Info(e.id(), e.period(), local ? parent.value() : null,
                context.locate("/period"), local ? context.locate("/parent") : null));
    }

    @Override
    public void onEnd(RuleContext context) {
        State state = context.state(State.class, State::new);
        Set<String> inCycles = cycles(state.events, context);
        for (Info child : state.events.values()) {
            Info parent = child.parent() == null ? null : state.events.get(child.parent());
            if (parent == null || inCycles.contains(child.id())) {
                continue;
            }
            if (Spans.inverted(child.period()) || Spans.inverted(parent.period())) {
                continue;
            }
            if (!Spans.within(child.period(), parent.period())) {
                context.report(EVENT_OUTSIDE_PARENT, child.periodAt(),
                        Map.of("event", child.id(), "parent", parent.id()));
            }
        }
    }

    /** Reports each loop once; returns the ids of the events in loops. */
    private static Set<String> cycles(Map<String, Info> events, RuleContext context) {
        Set<String> done = new HashSet<>();
        Set<String> inCycles = new HashSet<>();
        for (Info start : events.values()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            Info at = start;
            while (at != null && !done.contains(at.id())) {
                onPath.put(at.id(), path.size());
                path.add(at.id());
                String next = at.parent();
                if (next != null && onPath.containsKey(next)) {
                    List<String> loop = path.subList(onPath.get(next), path.size());
                    report(loop, events, context);
                    inCycles.addAll(loop);
                    break;
                }
                at = next == null ? null : events.get(next);
            }
            done.addAll(path);
        }
        return inCycles;
    }

    private static void report(List<String> loop, Map<String, Info> events, RuleContext context) {
        // Start the loop at its first event in input order, so that the finding does not depend
        // on where the walk entered it.
        String first = null;
        for (String id : events.keySet()) {
            if (loop.contains(id)) {
                first = id;
                break;
            }
        }
        int from = loop.indexOf(first);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= loop.size(); i++) {
            text.append(i == 0 ? "" : " → ").append(loop.get((from + i) % loop.size()));
        }
        Info info = events.get(first);
        context.report(EVENT_PARENT_CYCLE, info.parentAt(), Map.of("event", info.id(), "cycle", text.toString()));
    }
}
