package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.model.Reference;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * Rule {@code references-resolve}: every local reference (a record id, not a URI) names a record
 * of the same document, and a record of a type that the referring property accepts:
 *
 * <table>
 * <caption>Accepted types</caption>
 * <tr><th>property</th><th>names a</th></tr>
 * <tr><td>Event {@code parent}</td><td>Event</td></tr>
 * <tr><td>Event {@code partnerships}</td><td>Partnership</td></tr>
 * <tr><td>Event {@code projects}</td><td>Project</td></tr>
 * <tr><td>Event {@code organizers}; Event and Project {@code participants[].participant}</td>
 *     <td>LocalAuthority or Organization</td></tr>
 * <tr><td>Partnership {@code parties}</td><td>LocalAuthority</td></tr>
 * <tr><td>Partnership {@code supporters[].organization}</td><td>Organization or LocalAuthority</td></tr>
 * <tr><td>Project {@code partnership}</td><td>Partnership</td></tr>
 * <tr><td>LocalAuthority {@code parent}</td><td>LocalAuthority</td></tr>
 * <tr><td>Organization {@code parent}</td><td>Organization or LocalAuthority</td></tr>
 * <tr><td>Place {@code authority} (a {@code place} or {@code venue})</td><td>LocalAuthority</td></tr>
 * <tr><td>Funding {@code funder}, {@code recipient}</td><td>LocalAuthority or Organization</td></tr>
 * <tr><td>the document's {@code publisher}</td><td>LocalAuthority or Organization</td></tr>
 * </table>
 *
 * <p>References may point forward: a reference to an id not seen yet waits for the end of the
 * input, and is then reported where it was. External references (absolute URIs) name records
 * held elsewhere; they are declared external and not resolved. A record that failed the schema
 * is not seen by rules, so a reference to it is reported as unresolved too.
 *
 * <p>Memory: the type of every record by a hash of its id, in flat arrays shared with
 * {@code unique-ids} (see {@link RecordIds}), and the forward references still waiting: one that
 * finds a record of an accepted type is forgotten when it does; the others wait for the end,
 * where they are reported in the order they were met.
 * Stateless and thread-safe.
 */
public final class ReferencesResolveRule implements Rule {

    /**
     * A local reference names no record of the document. An error: the data says something about
     * a record that is not there (a typing mistake in an id, or a record left out of the export).
     */
    public static final FindingType UNRESOLVED_REFERENCE = FindingType.jisr("rule.unresolved-reference",
            Layer.RULE, Severity.ERROR, "reference");

    /**
     * A local reference names a record of a type the property does not accept (a partnership's
     * party that is an Organization, an event's parent that is a Project). An error: the relation
     * it states is meaningless. {@code expected} lists the accepted types, comma-separated.
     */
    public static final FindingType REFERENCE_WRONG_TYPE = FindingType.jisr("rule.reference-wrong-type",
            Layer.RULE, Severity.ERROR, "reference", "expected", "actual");

    /** A reference waiting for the record it names; settled when that record is of an accepted type. */
    private static final class Pending {
        final Location at;
        final String id;
        final Set<RecordType> accepted;
        boolean settled;

        Pending(Location at, String id, Set<RecordType> accepted) {
            this.at = at;
            this.id = id;
            this.accepted = accepted;
        }
    }

    /** Per-validation state. */
    private static final class State {
        final List<Pending> pending = new ArrayList<>();
        final Map<String, List<Pending>> waiting = new HashMap<>();
        int settled;
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public ReferencesResolveRule() {
    }

    @Override
    public String id() {
        return "references-resolve";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(UNRESOLVED_REFERENCE, REFERENCE_WRONG_TYPE);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        State state = context.state(State.class, State::new);
        RecordIds ids = RecordIds.of(context);
        if (ids.observe(record, context) == 0 && !state.waiting.isEmpty()) {
            settle(state, record);
        }
        for (References.Ref ref : References.of(record)) {
            if (ref.reference().isExternal()) {
                continue;
            }
            String id = ref.reference().value();
            RecordType target = ids.typeOf(id);
            if (target == null) {
                Pending p = new Pending(context.locate(ref.pointer()), id, ref.accepted());
                state.pending.add(p);
                state.waiting.computeIfAbsent(id, k -> new ArrayList<>(1)).add(p);
            } else if (!ref.accepted().contains(target)) {
                // Located only when reported: locating a value may mean reading the record again.
                checkType(context, context.locate(ref.pointer()), id, ref.accepted(), target);
            }
        }
    }

    @Override
    public void onEnd(RuleContext context) {
        State state = context.state(State.class, State::new);
        RecordIds ids = RecordIds.of(context);
        for (Pending p : state.pending) {
            if (p.settled) {
                continue;
            }
            RecordType target = ids.typeOf(p.id);
            if (target == null) {
                context.report(UNRESOLVED_REFERENCE, p.at, Map.of("reference", p.id));
            } else {
                checkType(context, p.at, p.id, p.accepted, target);
            }
        }
        Reference publisher = context.metadata().publisher();
        if (publisher != null && !publisher.isExternal()) {
            Location at = context.locateMetadata("/publisher");
            RecordType target = ids.typeOf(publisher.value());
            if (target == null) {
                context.report(UNRESOLVED_REFERENCE, at, Map.of("reference", publisher.value()));
            } else {
                checkType(context, at, publisher.value(), References.ACTORS, target);
            }
        }
    }

    /**
     * The first record of an id has come: the references waiting for it with an accepted type are
     * settled and forgotten; those of a wrong type wait for the end, to be reported in order.
     */
    private static void settle(State state, JisrRecord record) {
        List<Pending> waiting = state.waiting.remove(record.id());
        if (waiting == null) {
            return;
        }
        for (Pending p : waiting) {
            if (p.accepted.contains(record.type())) {
                p.settled = true;
                state.settled++;
            }
        }
        if (state.settled > 1024 && state.settled * 2 > state.pending.size()) {
            state.pending.removeIf(p -> p.settled);
            state.settled = 0;
        }
    }

    private static void checkType(RuleContext context, Location at, String id, Set<RecordType> accepted,
            RecordType actual) {
        if (!accepted.contains(actual)) {
            context.report(REFERENCE_WRONG_TYPE, at, Map.of("reference", id, "expected", References.names(accepted),
                    "actual", actual.jsonName()));
        }
    }
}
