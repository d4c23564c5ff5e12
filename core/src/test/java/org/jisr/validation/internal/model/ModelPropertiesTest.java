package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.validation.FindingType;

/** Properties of the model layer, on records built with the model's own builders. */
class ModelPropertiesTest {

    private static final BeanValidationConstraints MODEL = new BeanValidationConstraints();

    record Reported(FindingType type, String pointer, java.util.Map<String, String> parameters) {
    }

    @Property(tries = 200)
    void exactly_one_check_digit_completes_a_siren(@ForAll @NumericChars @StringLength(8) String prefix) {
        long valid = IntStream.range(0, 10)
                .filter(d -> check(authority(MultilingualText.of("fr", "A"), Identifier.of("fr-siren", prefix + d)))
                        .isEmpty())
                .count();

        assertThat(valid).isEqualTo(1);
    }

    @Property(tries = 200)
    void one_changed_digit_always_breaks_a_siren(@ForAll @NumericChars @StringLength(8) String prefix,
            @ForAll @IntRange(max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String siren = IntStream.range(0, 10).mapToObj(d -> prefix + d)
                .filter(s -> IdentifierChecks.luhn(s)).findFirst().orElseThrow();
        char[] digits = siren.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        List<Reported> found = check(authority(MultilingualText.of("fr", "A"), Identifier.of("fr-siren",
                new String(digits))));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ModelFindings.IDENTIFIER_CHECK_DIGIT);
            assertThat(r.pointer()).isEqualTo("/identifiers/0/value");
        });
    }

    @Property(tries = 300)
    void a_bidirectional_control_is_found_wherever_it_is(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String text,
            @ForAll @IntRange(max = 40) int at, @ForAll("bidiControls") int control) {
        int position = Math.min(at, text.length());
        String tampered = text.substring(0, position) + Character.toString(control) + text.substring(position);

        List<Reported> found = check(authority(MultilingualText.of("en", tampered)));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ModelFindings.TEXT_BIDI_CONTROL);
            assertThat(r.pointer()).isEqualTo("/name/en");
            assertThat(r.parameters()).containsEntry("index", String.valueOf(position + 1))
                    .containsEntry("codePoint", TextChecks.codePoint(control));
        });
    }

    @Property(tries = 300)
    void plain_latin_text_gives_nothing(@ForAll @AlphaChars @StringLength(min = 1, max = 60) String text) {
        assertThat(check(authority(MultilingualText.of("fr", text)))).isEmpty();
    }

    /**
     * Real names, in NFC and free of findings: the municipalities of the seed article (README of
     * the seed) and French communes with apostrophes, hyphens, accents and a diaeresis, as spelt in
     * the reference module's list of communes (reference/…/data/fr-communes.tsv.gz, COG 2025).
     */
    private static final List<String> NAMES = List.of("Tunis", "Carthage", "Soliman", "Ras Jebel", "Testour",
            "Mahdia", "Sousse", "Monastir", "Hammamet", "Ariana", "Bardo", "L'Haÿ-les-Roses", "Saint-Étienne",
            "L'Abergement-Clémenciat", "Châlons-en-Champagne", "Aÿ-Champagne", "Bourg-en-Bresse", "Évry-Courcouronnes",
            "Plœmeur", "Saint-Denis", "Aix-en-Provence", "Île-de-Batz");

    /** Cyrillic and Greek letters that look like Latin ones (Unicode confusables). */
    private static final String HOMOGLYPHS = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0410\u0412\u0415"
            + "\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u03BF\u03B1\u03B9\u039F\u0391\u0392\u0395\u039A";

    private static final int HOMOGLYPHS_COUNT = 27;

    @Property(tries = 300)
    void one_homoglyph_inserted_into_a_latin_word_gives_one_mixed_script_finding_at_its_place(
            @ForAll("names") String name, @ForAll @IntRange(max = 1000) int pick,
            @ForAll @IntRange(max = HOMOGLYPHS_COUNT - 1) int which) {
        // the places touching a Latin letter: inside a word, or at either end of one
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i <= name.length(); i++) {
            boolean before = i > 0 && Character.isLetter(name.charAt(i - 1));
            boolean after = i < name.length() && Character.isLetter(name.charAt(i));
            if (before || after) {
                places.add(i);
            }
        }
        int at = places.get(pick % places.size());
        char homoglyph = HOMOGLYPHS.charAt(which);
        String spoofed = name.substring(0, at) + homoglyph + name.substring(at);
        assertThat(check(authority(MultilingualText.of("fr", name)))).as(name).isEmpty();

        List<Reported> found = check(authority(MultilingualText.of("fr", spoofed)));

        assertThat(found).as(spoofed).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ModelFindings.TEXT_MIXED_SCRIPT);
            assertThat(r.pointer()).isEqualTo("/name/fr");
            assertThat(r.parameters()).containsEntry("codePoint", TextChecks.codePoint(homoglyph))
                    .containsEntry("index", String.valueOf(spoofed.codePointCount(0, at) + 1))
                    .containsEntry("script", homoglyph < 0x400 ? "Greek" : "Cyrillic")
                    .containsEntry("wordScript", "Latin");
        });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Property(tries = 200)
    void latin_and_arabic_names_side_by_side_give_nothing(@ForAll("names") String french,
            @ForAll("arabicNames") String arabic) {
        assertThat(check(authority(MultilingualText.of("fr", french + " – " + arabic)))).isEmpty();
        assertThat(check(authority(MultilingualText.of("ar", "بلدية " + arabic + " " + french.toUpperCase(
                java.util.Locale.ROOT))))).isEmpty();
    }

    @Provide
    Arbitrary<String> arabicNames() {
        // the Arabic names of the seed article's municipalities
        return Arbitraries.of("تونس", "قرطاج", "سليمان", "رأس الجبل", "تستور", "المهدية", "سوسة", "المنستير",
                "الحمامات", "أريانة", "باردو");
    }

    @Provide
    Arbitrary<Integer> bidiControls() {
        return Arbitraries.of(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
                0x2069);
    }

    private static LocalAuthority authority(MultilingualText name, Identifier... identifiers) {
        LocalAuthority.Builder b = LocalAuthority.builder("a").name(name).kind(AuthorityKind.COMMUNE).country("FR");
        for (Identifier id : identifiers) {
            b.identifier(id);
        }
        return b.build();
    }

    private static List<Reported> check(LocalAuthority record) {
        List<Reported> found = new ArrayList<>();
        MODEL.check(record, (type, pointer, parameters) -> found.add(new Reported(type, pointer, parameters)));
        return found;
    }
}
