package org.jisr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.model.AuthorityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names people really write resolve to the authorities they mean. */
class NameMatcherTest {

    private static final NameMatcher MATCHER = ReferenceData.builtIn().matcher();
    private static final MatchScope TN_MUNICIPALITY = MatchScope.country("TN").kinds(AuthorityKind.COMMUNE);
    private static final MatchScope FR_COMMUNE = MatchScope.country("FR").kinds(AuthorityKind.COMMUNE);
    private static final MatchScope TN_GOVERNORATE = MatchScope.country("TN").kinds(AuthorityKind.GOVERNORATE);

    private static String resolved(String name, MatchScope scope) {
        return MATCHER.resolve(name, scope).map(c -> c.authority().name())
                .orElseThrow(() -> new AssertionError("«" + name + "» does not resolve; candidates: "
                        + MATCHER.match(name, scope, 5)));
    }

    /** The 18 Franco-Tunisian twinnings of Wikipedia (test resource, see its PROVENANCE.md). */
    @Test
    void every_twinning_pair_resolves_to_one_french_commune_and_one_tunisian_municipality() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/twinnings/france_tunisia_pairs_from_hekman.csv"))) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                pairs.add(line.split(","));
            }
        }
        assertThat(pairs).hasSize(18);
        List<String> resolved = new ArrayList<>();
        for (String[] p : pairs) {
            String french = p[1].equals("France") ? p[0] : p[2];
            String tunisian = p[1].equals("Tunisia") ? p[0] : p[2];
            Candidate commune = MATCHER.resolve(french, FR_COMMUNE).orElseThrow(() -> new AssertionError(french));
            Candidate municipality = MATCHER.resolve(tunisian, TN_MUNICIPALITY)
                    .orElseThrow(() -> new AssertionError(tunisian + ": " + MATCHER.match(tunisian, TN_MUNICIPALITY, 5)));
            assertThat(commune.authority().status()).isEqualTo(Authority.Status.CURRENT);
            resolved.add(french + "=" + commune.authority().id().value() + " " + tunisian + "="
                    + municipality.authority().id().value());
        }
        // A few checked by hand against the lists: INSEE codes of the COG and the 2018 names.
        assertThat(resolved).contains("Marseille=13055 Tunis=TN-11-008", "Saint-Étienne=42218 Ben Arous=TN-13-001",
                "Bourg-en-Bresse=01053 El Kef=TN-33-006", "Nice=06088 Sousse=TN-51-017",
                "Bédarieux=34028 Medenine=TN-82-006", "Antony=92002 Hammam-Lif=TN-13-006");
    }

    /** The 11 municipalities of the seed article, in Arabic as the article writes them. */
    @ParameterizedTest
    @CsvSource({
        "تونس, Tunis", "قرطاج, Carthage", "سليمان, Soliman", "رأس الجبل, Ras Jebel", "تستور, Testour",
        "المهدية, Mahdia", "سوسة, Sousse", "المنستير, Monastir", "الحمامات, Hammamet", "أريانة, Ariana",
        "باردو, Le Bardo"})
    void the_municipalities_of_the_seed_article_resolve_from_their_arabic_names(String arabic, String french) {
        assertThat(resolved(arabic, TN_MUNICIPALITY)).isEqualTo(french);
        assertThat(MATCHER.resolve(arabic, TN_MUNICIPALITY).orElseThrow().method()).isEqualTo(Candidate.Method.NAME);
    }

    /** DISCREPANCIES.md, «Names»: the same municipality spelt differently across sources. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Mednine; Mednine", "Medenine; Mednine", "Médenine; Mednine",
        "Le Kef; Le Kef", "El Kef; Le Kef", "Kef; Le Kef",
        "Hammam Lif; Hammam Lif", "Hammam-Lif; Hammam Lif", "HAMMAM LIF; Hammam Lif",
        "Kalâat el-Andalous; Kalâat El Andalous", "Kelaat El Andaluus; Kalâat El Andalous",
        "Djerba-Houmt Souk; Houmt Souk", "Houmt El Souk (Djerba); Houmt Souk", "Houmt Souk; Houmt Souk",
        "Naftah; Nefta", "Métouia; El Metouia"})
    void every_latin_spelling_of_the_discrepancies_resolves(String written, String expected) {
        assertThat(resolved(written, TN_MUNICIPALITY)).isEqualTo(expected);
    }

    @Test
    void an_english_style_transliteration_that_shares_its_consonants_needs_the_governorate() {
        // Onshor's «Bu Aradah» (DISCREPANCIES.md) has the consonants of Bou Arada (Siliana) and of Le Bardo (Tunis).
        assertThat(MATCHER.resolve("Bu Aradah", TN_MUNICIPALITY)).isEmpty();
        assertThat(MATCHER.match("Bu Aradah", TN_MUNICIPALITY, 5)).extracting(c -> c.authority().name())
                .contains("Bou Arada", "Le Bardo");
        assertThat(resolved("Bu Aradah", TN_MUNICIPALITY.within("TN-34"))).isEqualTo("Bou Arada");
    }

    @Test
    void a_spelling_that_drops_letters_is_the_first_candidate_but_not_resolved_alone() {
        // «Kalaat Landlous» (DISCREPANCIES.md) glues the article and drops a vowel: only a similar spelling.
        List<Candidate> found = MATCHER.match("Kalaat Landlous", TN_MUNICIPALITY, 3);

        assertThat(found.get(0).authority().name()).isEqualTo("Kalâat El Andalous");
        assertThat(found.get(0).method()).isEqualTo(Candidate.Method.SIMILAR);
        assertThat(found.get(0).score()).isLessThan(NameMatcher.RESOLVE_THRESHOLD).isGreaterThan(0.6);
    }

    /** DISCREPANCIES.md: governorate spellings. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Manouba; TN-14", "La Manouba; TN-14", "MANNOUBA; TN-14", "Kef; TN-33", "Le Kef; TN-33", "El Kef; TN-33",
        "Kébili; TN-73", "Kebili; TN-73", "Gabès; TN-81", "Gabes; TN-81", "Médenine; TN-82", "Medenine; TN-82",
        "Mednine; TN-82", "L'Ariana; TN-12", "Ariana; TN-12", "Sidi Bouzid; TN-43", "Sidi Bou Zid; TN-43",
        "ولاية منوبة; TN-14", "Gouvernorat de Sousse; TN-51"})
    void every_governorate_spelling_resolves(String written, String iso) {
        assertThat(MATCHER.resolve(written, TN_GOVERNORATE)).as(written)
                .map(c -> c.authority().id().value()).contains(iso);
    }

    /** DISCREPANCIES.md, «Arabic text normalisation hazards». */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "أریانة; Ariana", // U+06CC Farsi yeh
        "المھدیة; Mahdia", // U+06BE heh doachashmee and Farsi yeh
        "ڨابس; Gabes", // U+06A8 Tunisian g
        "المـطـويّـة; El Metouia", // tatweel and shadda
        "\u200Eروّاد; Raoued", // LRM and shadda
        "اريانه; Ariana", // no hamza, heh for teh marbuta
        "سيدي بو علي; Sidi Bouali", "سيدي بوعلي; Sidi Bouali", // split word
        "بئر الحفي; Bir El Hafey", "بير الحفي; Bir El Hafey", // بئر / بير
        "جربة حومة السوق; Houmt Souk", // the pre-2016 name (Onshor), renamed in 2016
        "بلدية سوسة; Sousse"})
    void arabic_variants_resolve(String written, String expected) {
        assertThat(resolved(written, TN_MUNICIPALITY)).isEqualTo(expected);
    }

    @Test
    void a_municipality_split_in_2016_does_not_resolve_to_one_of_its_parts() {
        // Onshor's «التضامن المنيهلة» became Cité Ettadhamen and Mnihla (DISCREPANCIES.md).
        assertThat(MATCHER.resolve("التضامن المنيهلة", TN_MUNICIPALITY)).isEmpty();
        assertThat(MATCHER.resolve("Ettadhamen-Mnihla", TN_MUNICIPALITY)).isEmpty();
    }

    @Test
    void names_shared_by_a_governorate_and_its_municipality_are_ambiguous_until_the_kind_is_given() {
        assertThat(MATCHER.resolve("Sousse", MatchScope.country("TN"))).isEmpty();
        assertThat(MATCHER.match("Sousse", MatchScope.country("TN"), 5)).extracting(c -> c.authority().id().value())
                .contains("TN-51", "TN-51-017");
        assertThat(resolved("Sousse", MatchScope.country("TN").kinds(AuthorityKind.GOVERNORATE))).isEqualTo("Sousse");
    }

    @Test
    void a_french_name_shared_by_several_communes_needs_the_departement() {
        // Saint-Denis is a commune of the Seine-Saint-Denis (93066) and of La Réunion (97411), among others.
        assertThat(MATCHER.resolve("Saint-Denis", FR_COMMUNE)).isEmpty();
        assertThat(MATCHER.resolve("St Denis", FR_COMMUNE.within("93"))).map(c -> c.authority().id().value())
                .contains("93066");
        assertThat(MATCHER.resolve("Saint Denis", FR_COMMUNE.within("974"))).map(c -> c.authority().id().value())
                .contains("97411");
    }

    @Test
    void the_commune_of_today_comes_before_a_former_commune_of_the_same_name() {
        // Arbignieu is a commune déléguée (01015): found, but below a commune actuelle's score.
        Candidate arbignieu = MATCHER.resolve("Arbignieu", FR_COMMUNE).orElseThrow();
        assertThat(arbignieu.authority().status()).isEqualTo(Authority.Status.DELEGATED);
        assertThat(arbignieu.score()).isEqualTo(0.9);
        assertThat(MATCHER.resolve("Marseille", FR_COMMUNE)).map(c -> c.authority().id().value()).contains("13055");
    }

    @Test
    void scores_say_how_the_name_matched() {
        assertThat(MATCHER.resolve("Hammam Lif", TN_MUNICIPALITY).orElseThrow().score()).isEqualTo(1.0);
        assertThat(MATCHER.resolve("Hammem Lif", TN_MUNICIPALITY).orElseThrow())
                .extracting(Candidate::method, Candidate::score).containsExactly(Candidate.Method.OTHER_SPELLING, 0.95);
        assertThat(MATCHER.resolve("El Kef", TN_MUNICIPALITY).orElseThrow())
                .extracting(Candidate::method, Candidate::score).containsExactly(Candidate.Method.OTHER_SPELLING, 0.95);
        assertThat(MATCHER.resolve("Kef", TN_MUNICIPALITY).orElseThrow())
                .extracting(Candidate::method, Candidate::score).containsExactly(Candidate.Method.FOLDED, 0.9);
        assertThat(MATCHER.resolve("Medenine", TN_MUNICIPALITY).orElseThrow().score()).isGreaterThanOrEqualTo(0.8);
        assertThat(MATCHER.match("Xyzzyqwv")).isEmpty();
    }

    @Test
    void every_municipality_resolves_from_its_own_names_within_its_governorate() {
        for (Authority m : ReferenceData.builtIn().list("TN", AuthorityKind.COMMUNE)) {
            MatchScope scope = TN_MUNICIPALITY.within(m.parent().value());
            assertThat(MATCHER.resolve(m.name(), scope)).as(m.name()).map(Candidate::authority).contains(m);
            assertThat(MATCHER.resolve(m.arabicName(), scope)).as(m.arabicName()).map(Candidate::authority).contains(m);
        }
    }

    /** Writing a municipality's name with the variants of real files still finds it. */
    @Property(tries = 200)
    void decorated_names_still_resolve(@ForAll("municipalities") Authority m, @ForAll("decorations") int decoration) {
        String arabic = Objects.requireNonNull(m.arabicName());
        String written = switch (decoration) {
            case 0 -> m.name().toUpperCase(java.util.Locale.ROOT);
            case 1 -> m.name().replace(' ', '-');
            case 2 -> arabic.replace('ي', 'ی').replace('ه', 'ھ');
            case 3 -> arabic.replace("ا", "ـا").replace('ة', 'ه');
            default -> "\u200E" + arabic + "\u064E";
        };
        MatchScope scope = TN_MUNICIPALITY.within(m.parent().value());
        assertThat(MATCHER.resolve(written, scope)).as(written).map(Candidate::authority).contains(m);
    }

    @Provide
    Arbitrary<Authority> municipalities() {
        return Arbitraries.of(ReferenceData.builtIn().list("TN", AuthorityKind.COMMUNE));
    }

    @Provide
    Arbitrary<Integer> decorations() {
        return Arbitraries.integers().between(0, 4);
    }
}
