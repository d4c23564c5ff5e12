package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Partnership;
import org.jisr.model.Reference;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * Rule {@code partnership-parties}: a partnership joins distinct authorities, normally of at least
 * two countries (Jisr is about international, decentralized cooperation).
 *
 * <p>The schema already requires two parties with distinct references. This rule looks at the
 * records the parties resolve to: two party records carrying the same global identifier (an
 * INSEE code, a SIREN, a URI …) are one authority entered twice; and when every party resolves
 * to a LocalAuthority of the document, their countries are compared. Parties that are external or
 * that do not resolve are left to {@code references-resolve}, and the countries are then not
 * compared, since the rule cannot know them.
 *
 * <p>Memory: the country and identifiers of every LocalAuthority, and the parties of every
 * partnership (partnerships usually come before the authorities they join). Stateless and
 * thread-safe.
 */
public final class PartnershipPartiesRule implements Rule {

    /**
     * Two parties of a partnership are records carrying the same global identifier, so they are
     * the same authority and the partnership may join it with itself; reported on the later
     * party. A warning: the sameness is inferred from identifiers, and the mistake may be in an
     * identifier rather than in the partnership.
     */
    public static final FindingType PARTNERSHIP_SAME_AUTHORITY = FindingType.jisr(
            "rule.partnership-same-authority", Layer.RULE, Severity.WARNING, "party", "other", "identifier");

    /**
     * Every party of a partnership is a LocalAuthority of the same country; reported on
     * {@code /parties}. A warning: partnerships between authorities of one country exist (two
     * French communes cooperating on a Tunisian project), but in an exchange of Franco-Tunisian
     * cooperation they are more often a party entered with the wrong country.
     */
    public static final FindingType PARTNERSHIP_SINGLE_COUNTRY = FindingType.jisr(
            "rule.partnership-single-country", Layer.RULE, Severity.WARNING, "country");

    /** What the rule keeps of an authority. */
    private record Authority(String country, List<String> identifiers) {
    }

    /** What the rule keeps of a partnership. */
    private record Parties(Location partiesAt, List<String> ids, List<Location> at, boolean allLocal) {
    }

    /** Per-validation state. */
    private static final class State {
        final Map<String, Authority> authorities = new HashMap<>();
        final List<Parties> partnerships = new ArrayList<>();
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public PartnershipPartiesRule() {
    }

    @Override
    public String id() {
        return "partnership-parties";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(PARTNERSHIP_SAME_AUTHORITY, PARTNERSHIP_SINGLE_COUNTRY);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        State state = context.state(State.class, State::new);
        if (record instanceof LocalAuthority a) {
            List<String> keys = new ArrayList<>();
            for (Identifier i : a.identifiers()) {
                keys.add(i.scheme() + " " + i.value());
            }
            state.authorities.putIfAbsent(a.id(), new Authority(a.country(), keys));
        } else if (record instanceof Partnership p) {
            List<String> ids = new ArrayList<>();
            List<Location> at = new ArrayList<>();
            boolean allLocal = true;
            for (int i = 0; i < p.parties().size(); i++) {
                Reference party = p.parties().get(i);
                allLocal &= !party.isExternal();
                ids.add(party.value());
                at.add(context.locate("/parties/" + i));
            }
            state.partnerships.add(new Parties(context.locate("/parties"), ids, at, allLocal));
        }
    }

    @Override
    public void onEnd(RuleContext context) {
        State state = context.state(State.class, State::new);
        for (Parties p : state.partnerships) {
            sameAuthority(p, state, context);
            Set<String> countries = new TreeSet<>();
            boolean allAuthorities = p.allLocal();
            for (String id : p.ids()) {
                Authority a = state.authorities.get(id);
                if (a == null) {
                    allAuthorities = false;
                } else {
                    countries.add(a.country());
                }
            }
            if (allAuthorities && countries.size() == 1) {
                context.report(PARTNERSHIP_SINGLE_COUNTRY, p.partiesAt(), Map.of("country", countries.iterator().next()));
            }
        }
    }

    private static void sameAuthority(Parties p, State state, RuleContext context) {
        for (int j = 1; j < p.ids().size(); j++) {
            Authority later = state.authorities.get(p.ids().get(j));
            if (later == null) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                Authority earlier = state.authorities.get(p.ids().get(i));
                Optional<String> shared = earlier == null ? Optional.empty()
                        : later.identifiers().stream().filter(earlier.identifiers()::contains).findFirst();
                if (shared.isPresent()) {
                    context.report(PARTNERSHIP_SAME_AUTHORITY, p.at().get(j), Map.of("party", p.ids().get(j),
                            "other", p.ids().get(i), "identifier", shared.get()));
                    break;
                }
            }
        }
    }
}
