package org.jisr.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.jisr.text.TextMatching;
import org.jspecify.annotations.Nullable;

/**
 * Finds the authorities a name means, in any script and any of the spellings people use: «El
 * Kef», «Le Kef», «Kef» and «الكاف»; «Hammam-Lif» and «حمام الأنف»; «Saint-Étienne» and «St
 * Etienne»; «أریانة» with a Persian yeh. Names are compared through the keys of
 * {@link TextMatching} (for matching only: nothing is rewritten), and each candidate gets a score
 * that says how sure the match is (see {@link Candidate}).
 *
 * <p>Words that say what kind of authority a name is, at its start, are left out: «Commune de»,
 * «Ville de», «Mairie de», «Municipalité de», «Municipality of», «City of», «Gouvernorat de»,
 * «Département de», «بلدية», «ولاية». So «بلدية سوسة» finds Sousse.
 *
 * <p>For spreadsheet adapters that get only names: call {@link #resolve(String, MatchScope)}
 * with the country (and, when the file gives it, the governorate or département) and put the
 * candidate's identifier on the record; report {@link ReferenceFindings#NAME_MATCHED} with the
 * candidate's score, or {@link ReferenceFindings#NAME_AMBIGUOUS} /
 * {@link ReferenceFindings#NAME_UNMATCHED} when {@code resolve} gives nothing.
 *
 * <p>Thread-safe; the indexes of a country are built once, when it is first searched.
 *
 * @since 0.1
 */
public final class NameMatcher {

    /** The lowest score at which {@link #resolve(String, MatchScope)} accepts a candidate. */
    public static final double RESOLVE_THRESHOLD = 0.8;

    /** The lowest similarity (1 − edit distance / length) a similar spelling must have. */
    private static final double SIMILARITY = 0.75;

    private static final Set<String> HEADS = Set.of("commune", "ville", "mairie", "municipalite", "municipality",
            "city", "town", "gouvernorat", "governorate", "departement", "region", "metropole",
            "\u0628\u0644\u062f\u064a\u0647", // بلديه (بلدية once folded)
            "\u0648\u0644\u0627\u064a\u0647"); // ولايه (ولاية once folded)
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "of", "l");

    /** The names of one country's lists, indexed by their place keys and skeletons. */
    private static final class Index {
        final int size;
        final IntFunction<Authority> at;
        final Map<String, int[]> byPlaceKey = new HashMap<>();
        final Map<String, int[]> bySkeleton = new HashMap<>();

        Index(int size, IntFunction<Authority> at, IntFunction<List<String>> names) {
            this.size = size;
            this.at = at;
            for (int i = 0; i < size; i++) {
                for (String name : names.apply(i)) {
                    add(byPlaceKey, TextMatching.placeKey(name), i);
                    String skeleton = TextMatching.skeletonKey(name);
                    if (skeleton.length() >= 3) {
                        add(bySkeleton, skeleton, i);
                    }
                }
            }
        }

        private static void add(Map<String, int[]> map, String key, int row) {
            if (key.isEmpty()) {
                return;
            }
            int[] before = map.get(key);
            if (before == null) {
                map.put(key, new int[] {row});
            } else if (before[before.length - 1] != row) {
                int[] now = java.util.Arrays.copyOf(before, before.length + 1);
                now[before.length] = row;
                map.put(key, now);
            }
        }
    }

    private final ReferenceData data;
    private volatile @Nullable Index france;
    private volatile @Nullable Index tunisia;

    NameMatcher(ReferenceData data) {
        this.data = data;
    }

    /**
     * Returns the candidates for a name anywhere, best first (at most ten).
     *
     * @param name a name as someone wrote it
     * @return the candidates, empty when nothing is close
     */
    public List<Candidate> match(String name) {
        return match(name, MatchScope.any(), 10);
    }

    /**
     * Returns the candidates for a name within a scope, best first.
     *
     * @param name  a name as someone wrote it
     * @param scope where to look
     * @param limit the most candidates to return
     * @return the candidates, best first; among equal scores the authorities of their own
     *         (communes actuelles) first
     */
    public List<Candidate> match(String name, MatchScope scope, int limit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        List<String> queries = queries(name);
        List<Candidate> out = new ArrayList<>();
        for (String country : List.of("FR", "TN")) {
            if (scope.country() == null || scope.country().equals(country)) {
                out.addAll(search(index(country), queries, scope));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.authority().status())
                .thenComparing(c -> c.authority().kind())
                .thenComparing(c -> c.authority().id().value()));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    /**
     * Resolves a name to one authority: the best candidate within the scope, when its score is at
     * least {@value #RESOLVE_THRESHOLD} and no other candidate has the same score.
     *
     * @param name  a name as someone wrote it
     * @param scope where to look; give the country and the kind when they are known
     * @return the authority with its score, or empty when none or several fit
     */
    public Optional<Candidate> resolve(String name, MatchScope scope) {
        List<Candidate> found = match(name, scope, 2);
        if (found.isEmpty() || found.get(0).score() < RESOLVE_THRESHOLD) {
            return Optional.empty();
        }
        if (found.size() > 1 && found.get(1).score() == found.get(0).score()) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /**
     * Scores a name against one authority: how sure it is that the name means it.
     *
     * @param name      a name as someone wrote it
     * @param authority an authority
     * @return the match, or empty when the name is not close to any of the authority's names
     */
    public Optional<Candidate> score(String name, Authority authority) {
        return score(queries(name), authority);
    }

    /**
     * Returns a name without the words that say what kind of authority it is, at its start
     * («Commune de Sousse» → «Sousse», «بلدية سوسة» → «سوسة»), as a matching key.
     *
     * @param name a name
     * @return the {@linkplain TextMatching#key(String) key} of the name without those words; the
     *         key of the whole name when nothing else would be left
     */
    public static String withoutAuthorityWords(String name) {
        String[] words = TextMatching.key(name).split(" ");
        int from = 0;
        if (from < words.length && HEADS.contains(words[from])) {
            from++;
            if (from < words.length && LINKS.contains(words[from])) {
                from++;
            }
        }
        return from >= words.length ? TextMatching.key(name) : String.join(" ", List.of(words).subList(from, words.length));
    }

    private static List<String> queries(String name) {
        Set<String> q = new LinkedHashSet<>();
        q.add(name);
        q.add(withoutAuthorityWords(name));
        return List.copyOf(q);
    }

    private List<Candidate> search(Index index, List<String> queries, MatchScope scope) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (String q : queries) {
            addAll(rows, index.byPlaceKey.get(TextMatching.placeKey(q)));
            String skeleton = TextMatching.skeletonKey(q);
            if (skeleton.length() >= 3) {
                addAll(rows, index.bySkeleton.get(skeleton));
            }
        }
        List<Candidate> out = candidates(index, rows, queries, scope);
        if (out.stream().noneMatch(c -> c.score() >= RESOLVE_THRESHOLD)) {
            rows.clear();
            for (String q : queries) {
                String key = TextMatching.placeKey(q);
                if (key.length() < 4) {
                    continue;
                }
                for (Map.Entry<String, int[]> e : index.byPlaceKey.entrySet()) {
                    if (Math.abs(e.getKey().length() - key.length()) <= key.length() / 4
                            && similarity(key, e.getKey()) >= SIMILARITY) {
                        addAll(rows, e.getValue());
                    }
                }
            }
            out = candidates(index, rows, queries, scope);
        }
        return out;
    }

    private List<Candidate> candidates(Index index, Set<Integer> rows, List<String> queries, MatchScope scope) {
        List<Candidate> out = new ArrayList<>();
        for (int row : rows) {
            Authority a = index.at.apply(row);
            if (scope.admits(a)) {
                score(queries, a).ifPresent(out::add);
            }
        }
        return out;
    }

    private static void addAll(Set<Integer> rows, int @Nullable [] found) {
        if (found != null) {
            for (int r : found) {
                rows.add(r);
            }
        }
    }

    private static Optional<Candidate> score(List<String> queries, Authority a) {
        double best = 0;
        Candidate.Method how = Candidate.Method.SIMILAR;
        String matched = a.name();
        List<String> names = a.names();
        int own = a.arabicName() == null ? 1 : 2;
        for (String q : queries) {
            String compact = TextMatching.compactKey(q);
            String place = TextMatching.placeKey(q);
            String skeleton = TextMatching.skeletonKey(q);
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                double s;
                Candidate.Method m;
                if (!compact.isEmpty() && compact.equals(TextMatching.compactKey(n))) {
                    s = i < own ? 1.0 : 0.95;
                    m = i < own ? Candidate.Method.NAME : Candidate.Method.OTHER_SPELLING;
                } else if (!place.isEmpty() && place.equals(TextMatching.placeKey(n))) {
                    s = 0.9;
                    m = Candidate.Method.FOLDED;
                } else if (skeleton.length() >= 3 && skeleton.equals(TextMatching.skeletonKey(n))) {
                    s = 0.8;
                    m = Candidate.Method.SKELETON;
                } else {
                    double similarity = place.length() < 4 ? 0 : similarity(place, TextMatching.placeKey(n));
                    s = similarity >= SIMILARITY ? 0.75 * similarity : 0;
                    m = Candidate.Method.SIMILAR;
                }
                if (s > best) {
                    best = s;
                    how = m;
                    matched = n;
                }
            }
        }
        if (best == 0) {
            return Optional.empty();
        }
        if (a.status() != Authority.Status.CURRENT) {
            best *= 0.9;
        }
        return Optional.of(new Candidate(a, Math.round(best * 1000) / 1000.0, how, matched));
    }

    /** 1 − the edit distance over the longer length. */
    static double similarity(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 1.0 - (double) previous[m] / Math.max(n, m);
    }

    private Index index(String country) {
        Index i = country.equals("FR") ? france : tunisia;
        if (i != null) {
            return i;
        }
        synchronized (this) {
            if (country.equals("FR")) {
                if (france == null) {
                    FrenchLists f = data.france();
                    int communes = f.communeRows();
                    List<Authority> others = f.others();
                    france = new Index(communes + others.size(),
                            row -> row < communes ? f.communeAt(row) : others.get(row - communes),
                            row -> row < communes ? List.of(f.communeName(row)) : others.get(row - communes).names());
                }
                return Objects.requireNonNull(france);
            }
            if (tunisia == null) {
                List<Authority> all = data.tunisia().all();
                tunisia = new Index(all.size(), all::get, row -> all.get(row).names());
            }
            return Objects.requireNonNull(tunisia);
        }
    }
}
