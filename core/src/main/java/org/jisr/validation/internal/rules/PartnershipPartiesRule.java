package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.jspecify.annotations.Nullable;

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
 * <p>Memory: per LocalAuthority, its id's 64-bit hash and a country number (about 18 to 23 bytes),
 * and its identifiers when it has any; a partnership is kept only while an authority it names is
 * not known yet (it comes later, or never) or when it has findings (docs/performance.md). Two ids
 * with the same 64-bit hash would be taken for one, as in {@code unique-ids}. Stateless and
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

    /** What the rule keeps of a partnership it could not decide, or decided with findings. */
    /** A partnership's parties; located only when kept for the end. */
    private record Parties(@Nullable Location partiesAt, List<String> ids, List<Location> at, boolean allLocal) {
    }

    /**
     * Per-validation state. An authority is kept as its id's 64-bit hash ({@link RecordIds#hash})
     * and the index of its country in a short list of the countries seen, in an open-addressing
     * table; its identifiers, when it has any, beside it. A partnership is kept only when the
     * authorities of its parties are not all known yet, or when it has findings: in input order,
     * so that the findings come out in the same order as when every partnership was kept.
     */
    private static final class State {
        /** Each authority's number, by its id hash. */
        final IdIndex ids = new IdIndex();
        int[] country = new int[16];
        final List<String> countries = new ArrayList<>();
        final Map<Integer, List<String>> identifiers = new HashMap<>();
        final List<Parties> partnerships = new ArrayList<>();

        /** The number of the first authority with an id, or -1. */
        int authority(String id) {
            return ids.get(RecordIds.hash(id));
        }

        String country(int authority) {
            return countries.get(country[authority]);
        }

        List<String> identifiers(int authority) {
            return identifiers.getOrDefault(authority, List.of());
        }

        void add(LocalAuthority a) {
            int number = ids.add(RecordIds.hash(a.id()));
            if (number < 0) {
                return;
            }
            if (number == country.length) {
                country = Arrays.copyOf(country, number + number / 2);
            }
            int c = countries.indexOf(a.country());
            if (c < 0) {
                c = countries.size();
                countries.add(a.country());
            }
            country[number] = c;
            if (!a.identifiers().isEmpty()) {
                List<String> keysOf = new ArrayList<>();
                for (Identifier i : a.identifiers()) {
                    keysOf.add(i.scheme() + " " + i.value());
                }
                identifiers.put(number, List.copyOf(keysOf));
            }
        }
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
            state.add(a);
        } else if (record instanceof Partnership p) {
            List<String> ids = new ArrayList<>();
            boolean allLocal = true;
            for (Reference party : p.parties()) {
                allLocal &= !party.isExternal();
                ids.add(party.value());
            }
            Parties parties = new Parties(null, ids, List.of(), allLocal);
            // The first authority of an id never changes: once every party is a known authority,
            // the findings are decided, and a partnership without any need not be kept (nor located:
            // locating a value may mean reading the record again).
            boolean known = true;
            for (String id : ids) {
                known &= state.authority(id) >= 0;
            }
            if (!known || sameAuthority(parties, state, null) || singleCountry(parties, state) != null) {
                List<Location> at = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    at.add(context.locate("/parties/" + i));
                }
                state.partnerships.add(new Parties(context.locate("/parties"), ids, at, allLocal));
            }
        }
    }

    @Override
    public void onEnd(RuleContext context) {
        State state = context.state(State.class, State::new);
        for (Parties p : state.partnerships) {
            sameAuthority(p, state, context);
            String country = singleCountry(p, state);
            if (country != null) {
                context.report(PARTNERSHIP_SINGLE_COUNTRY, Objects.requireNonNull(p.partiesAt()), Map.of("country", country));
            }
        }
    }

    /** The one country of the parties when every party is an authority of it, else null. */
    private static @Nullable String singleCountry(Parties p, State state) {
        Set<String> countries = new TreeSet<>();
        boolean allAuthorities = p.allLocal();
        for (String id : p.ids()) {
            int a = state.authority(id);
            if (a < 0) {
                allAuthorities = false;
            } else {
                countries.add(state.country(a));
            }
        }
        return allAuthorities && countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** Reports parties that are one authority, when given a context; returns whether there are any. */
    private static boolean sameAuthority(Parties p, State state, @Nullable RuleContext context) {
        boolean any = false;
        for (int j = 1; j < p.ids().size(); j++) {
            int later = state.authority(p.ids().get(j));
            if (later < 0) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                int earlier = state.authority(p.ids().get(i));
                Optional<String> shared = earlier < 0 ? Optional.empty()
                        : state.identifiers(later).stream().filter(state.identifiers(earlier)::contains).findFirst();
                if (shared.isPresent()) {
                    any = true;
                    if (context != null) {
                        context.report(PARTNERSHIP_SAME_AUTHORITY, p.at().get(j), Map.of("party", p.ids().get(j),
                                "other", p.ids().get(i), "identifier", shared.get()));
                    }
                    break;
                }
            }
        }
        return any;
    }
}
