package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jisr.model.Event;
import org.jisr.model.Funding;
import org.jisr.model.Involvement;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Organization;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.RecordType;
import org.jisr.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Every reference a record holds, with where it is and which types of record it may name. This
 * is the one place that knows the reference properties of the data model.
 */
final class References {

    static final Set<RecordType> ACTORS = EnumSet.of(RecordType.LOCAL_AUTHORITY, RecordType.ORGANIZATION);
    static final Set<RecordType> AUTHORITY = EnumSet.of(RecordType.LOCAL_AUTHORITY);

    /**
     * One reference of a record.
     *
     * @param base      where it is, relative to the record: the property
     * @param index       the index in the property's array, or -1 for a property that is no array
     * @param tail        what follows the index ({@code /participant}), or {@code ""}
     * @param reference the reference
     * @param accepted  the types of record it may name
     */
    record Ref(String base, int index, String tail, Reference reference, Set<RecordType> accepted) {
        /** Where it is, relative to the record: worked out only when asked (most references resolve). */
        String pointer() {
            return References.pointer(base, index, tail);
        }
    }

    /**
     * The pointer {@code base/index/tail}, or {@code base} alone when {@code index} is negative:
     * for values in arrays whose pointer is only written out when a rule reports or keeps it.
     */
    static String pointer(String base, int index, String tail) {
        return index < 0 ? base : base + "/" + index + tail;
    }

    private static final Set<RecordType> PARTNERSHIP = EnumSet.of(RecordType.PARTNERSHIP);
    private static final Set<RecordType> PROJECT = EnumSet.of(RecordType.PROJECT);
    private static final Set<RecordType> EVENT = EnumSet.of(RecordType.EVENT);

    private References() {
    }

    /** Returns the references of a record, in the order of its properties. */
    static List<Ref> of(JisrRecord record) {
        List<Ref> out = new ArrayList<>();
        if (record instanceof LocalAuthority a) {
            one(out, "/parent", a.parent(), AUTHORITY);
            place(out, "/place", a.place());
        } else if (record instanceof Organization o) {
            // An organisation may belong to another, or to an authority (a municipal agency).
            one(out, "/parent", o.parent(), ACTORS);
            place(out, "/place", o.place());
        } else if (record instanceof Partnership p) {
            for (int i = 0; i < p.parties().size(); i++) {
                one(out, "/parties", i, "", p.parties().get(i), AUTHORITY);
            }
            supporters(out, p.supporters());
            funding(out, p.funding());
        } else if (record instanceof Project p) {
            one(out, "/partnership", p.partnership(), PARTNERSHIP);
            participants(out, p.participants());
            funding(out, p.funding());
        } else if (record instanceof Event e) {
            place(out, "/venue", e.venue());
            one(out, "/parent", e.parent(), EVENT);
            for (int i = 0; i < e.partnerships().size(); i++) {
                one(out, "/partnerships", i, "", e.partnerships().get(i), PARTNERSHIP);
            }
            for (int i = 0; i < e.projects().size(); i++) {
                one(out, "/projects", i, "", e.projects().get(i), PROJECT);
            }
            for (int i = 0; i < e.organizers().size(); i++) {
                one(out, "/organizers", i, "", e.organizers().get(i), ACTORS);
            }
            participants(out, e.participants());
        }
        return out;
    }

    private static void one(List<Ref> out, String pointer, @Nullable Reference ref, Set<RecordType> accepted) {
        one(out, pointer, -1, "", ref, accepted);
    }

    /** A reference at {@code base/index/tail} ({@code base} alone when {@code index} is negative). */
    private static void one(List<Ref> out, String base, int index, String tail, @Nullable Reference ref,
            Set<RecordType> accepted) {
        if (ref != null) {
            out.add(new Ref(base, index, tail, ref, accepted));
        }
    }

    private static void place(List<Ref> out, String pointer, @Nullable Place place) {
        if (place != null) {
            one(out, pointer + "/authority", place.authority(), AUTHORITY);
        }
    }

    private static void participants(List<Ref> out, List<Participation> participants) {
        for (int i = 0; i < participants.size(); i++) {
            one(out, "/participants", i, "/participant", participants.get(i).participant(), ACTORS);
        }
    }

    private static void supporters(List<Ref> out, List<Involvement> supporters) {
        for (int i = 0; i < supporters.size(); i++) {
            one(out, "/supporters", i, "/organization", supporters.get(i).organization(), ACTORS);
        }
    }

    private static void funding(List<Ref> out, List<Funding> funding) {
        for (int i = 0; i < funding.size(); i++) {
            one(out, "/funding", i, "/funder", funding.get(i).funder(), ACTORS);
            one(out, "/funding", i, "/recipient", funding.get(i).recipient(), ACTORS);
        }
    }

    /** The accepted types as a parameter: their JSON names joined by ", ", in a fixed order. */
    static String names(Set<RecordType> types) {
        StringBuilder b = new StringBuilder();
        for (RecordType t : RecordType.values()) {
            if (types.contains(t)) {
                b.append(b.length() == 0 ? "" : ", ").append(t.jsonName());
            }
        }
        return b.toString();
    }
}
