package org.jisr.validation.internal.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jisr.model.Event;
import org.jisr.model.Funding;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.Outcome;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Rule {@code language-consistency}: a record's texts come in a consistent set of languages, and
 * its name or title exists in the document's main language.
 *
 * <p>A record's own texts are its name or title, description, goals, the descriptions of its
 * participations and outcomes, the names of participating groups, the texts of its place or
 * venue, and the purposes of its funding. Titles of sources and documents are left out: they
 * name works written elsewhere, in their own languages. Languages are compared by their exact
 * tags, except for the main language, which a name or title in any of its variants has
 * ({@code ar-TN} for {@code ar}).
 *
 * <p>Keeps no state. Stateless and thread-safe.
 */
public final class LanguageConsistencyRule implements Rule {

    /**
     * A text of a record lacks a language that other texts of the same record have (the
     * description is in Arabic, French and English, the name only in Arabic and French); reported
     * on the text, with its pointer within the record as {@code property}. Information only:
     * translating is work, and a text in fewer languages is still correct.
     */
    public static final FindingType LANGUAGE_MISSING = FindingType.jisr("rule.language-missing", Layer.RULE,
            Severity.INFO, "language", "property");

    /**
     * The document declares its main {@code language}, and a record's name or title has no text in
     * it; reported on the name or title. A warning: readers of the document's language cannot
     * name the record.
     */
    public static final FindingType MAIN_LANGUAGE_MISSING = FindingType.jisr("rule.main-language-missing",
            Layer.RULE, Severity.WARNING, "language");

    /**
     * One text of a record, with its pointer within the record: {@code prefix}, then {@code index}
     * and {@code suffix} when the text is in an array. The pointer is only written out when it is
     * reported: every record goes through this rule, and most report nothing.
     */
    private record Text(String prefix, int index, String suffix, MultilingualText text) {
        String pointer() {
            return References.pointer(prefix, index, suffix);
        }
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public LanguageConsistencyRule() {
    }

    @Override
    public String id() {
        return "language-consistency";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(LANGUAGE_MISSING, MAIN_LANGUAGE_MISSING);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        List<Text> texts = texts(record);
        String main = context.metadata().language();
        String mainMissing = null;
        if (main != null && !texts.isEmpty() && isNameOrTitle(texts.get(0).pointer())) {
            Text name = texts.get(0);
            if (!hasPrimary(name.text().languages(), primary(main))) {
                context.report(MAIN_LANGUAGE_MISSING, name.pointer(), Map.of("language", main));
                mainMissing = name.pointer();
            }
        }
        if (sameLanguages(texts)) {
            return; // the common case: every text in the same languages, none missing anywhere
        }
        Set<String> all = new TreeSet<>();
        for (Text t : texts) {
            all.addAll(t.text().languages());
        }
        for (Text t : texts) {
            for (String tag : all) {
                if (t.text().languages().contains(tag)) {
                    continue;
                }
                if (t.pointer().equals(mainMissing) && primary(tag).equals(primary(main))) {
                    continue; // already reported as the main language missing
                }
                context.report(LANGUAGE_MISSING, t.pointer(), Map.of("language", tag, "property",
                        t.pointer().substring(1)));
            }
        }
    }

    private static boolean isNameOrTitle(String pointer) {
        return pointer.equals("/name") || pointer.equals("/title");
    }

    /** Whether one of the tags has this primary language subtag (lower-case), compared without building strings. */
    private static boolean hasPrimary(Set<String> tags, String primary) {
        for (String tag : tags) {
            int end = tag.indexOf('-');
            if ((end < 0 ? tag.length() : end) == primary.length()
                    && tag.regionMatches(true, 0, primary, 0, primary.length())) {
                return true;
            }
        }
        return false;
    }

    private static String primary(@Nullable String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** A record's own texts, its name or title first. */
    private static boolean sameLanguages(List<Text> texts) {
        for (int i = 1; i < texts.size(); i++) {
            if (!sameTags(texts.get(i).text().languages(), texts.get(0).text().languages())) {
                return false;
            }
        }
        return true;
    }

    /** Set equality of two sets of tags in the same (natural) order: side by side, without a look-up. */
    private static boolean sameTags(Set<String> a, Set<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<String> i = a.iterator();
        Iterator<String> j = b.iterator();
        while (i.hasNext()) {
            if (!i.next().equals(j.next())) {
                return false;
            }
        }
        return true;
    }

    private static List<Text> texts(JisrRecord record) {
        List<Text> out = new ArrayList<>();
        if (record instanceof LocalAuthority a) {
            add(out, "/name", a.name());
            place(out, "/place", a.place());
        } else if (record instanceof Organization o) {
            add(out, "/name", o.name());
            add(out, "/description", o.description());
            place(out, "/place", o.place());
        } else if (record instanceof Partnership p) {
            add(out, "/name", p.name());
            add(out, "/description", p.description());
            funding(out, p.funding());
        } else if (record instanceof Project p) {
            add(out, "/title", p.title());
            add(out, "/description", p.description());
            for (int i = 0; i < p.goals().size(); i++) {
                add(out, "/goals", i, "", p.goals().get(i));
            }
            participants(out, p.participants());
            funding(out, p.funding());
        } else if (record instanceof Event e) {
            add(out, "/title", e.title());
            add(out, "/description", e.description());
            place(out, "/venue", e.venue());
            participants(out, e.participants());
            List<Outcome> outcomes = e.outcomes();
            for (int i = 0; i < outcomes.size(); i++) {
                add(out, "/outcomes", i, "/description", outcomes.get(i).description());
            }
        }
        return out;
    }

    private static void add(List<Text> out, String pointer, @Nullable MultilingualText text) {
        add(out, pointer, -1, "", text);
    }

    private static void add(List<Text> out, String prefix, int index, String suffix, @Nullable MultilingualText text) {
        if (text != null) {
            out.add(new Text(prefix, index, suffix, text));
        }
    }

    private static void place(List<Text> out, String pointer, @Nullable Place place) {
        if (place != null) {
            add(out, pointer + "/name", place.name());
            add(out, pointer + "/address", place.address());
            add(out, pointer + "/locality", place.locality());
        }
    }

    private static void participants(List<Text> out, List<Participation> participants) {
        for (int i = 0; i < participants.size(); i++) {
            Participation p = participants.get(i);
            if (p.group() != null) {
                add(out, "/participants", i, "/group/name", p.group().name());
            }
            add(out, "/participants", i, "/description", p.description());
        }
    }

    private static void funding(List<Text> out, List<Funding> funding) {
        for (int i = 0; i < funding.size(); i++) {
            add(out, "/funding", i, "/purpose", funding.get(i).purpose());
        }
    }
}
