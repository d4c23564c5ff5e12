package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The one-pass scan of clean texts reports what the full text checks report, and the facts it
 * rests on hold for every character of Unicode.
 */
class TextChecksCleanTest {

    /** Characters around every case the checks tell apart, clean or not. */
    private static final String ALPHABET = "aZéÉçœŒ ,.'-1«»\u00A0\u00B5\u01C5ßﬁ" // Latin, capitals, title case, a ligature
            + "ابتثمنيةى\u0640\u0660\u066B" // Arabic letters, the tatweel, Arabic digits
            + "\u064E\u0651\u0653\u0301\u0316\u0327" // marks: harakat, a combining maddah, accents
            + "\u200C\u200D\u200B\u200E\u202A\u2066\u00AD\u0007\u0085\u007F" // joiners, bidi, invisible, controls
            + "\uFEFB\uFB50\u2000\u2126\u037E\u0344" // presentation forms, NFC singletons
            + "\u2019\u2013\u2026\u20AC\u202F\u2009" // French typography
            + "ΑαЖж\u05D0\u1100\u1161\u11A8\uAC00" // Greek, Cyrillic, Hebrew, Hangul jamo and a syllable
            + "日本\uD83D\uDE00"; // Han and an emoji (a surrogate pair)

    @Provide
    Arbitrary<String> texts() {
        List<String> units = new ArrayList<>();
        ALPHABET.codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
        return Arbitraries.of(units).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("fr", "ar", "ar-TN", "en", "und", "fr-Arab", "el", "ja");
    }

    @Property(tries = 3000)
    void the_scan_reports_what_the_full_checks_report(@ForAll("texts") String text, @ForAll("languages") String language) {
        List<Problem> fast = new ArrayList<>();
        List<Problem> full = new ArrayList<>();

        TextChecks.check(language, text, fast::add);
        TextChecks.checkFully(language, text, TextChecks.isArabicTag(language), full::add);

        assertThat(fast).isEqualTo(full);
    }

    @Test
    void clean_texts_of_french_and_arabic_take_the_scan_and_report_nothing() {
        String[] texts = {"Atelier de coopération décentralisée", "ورشة عمل حول التعاون اللامركزي",
            "Le 10\u202Fdécembre\u00A0: « l’atelier »", "جسر SIREN"};
        for (String text : texts) {
            assertThat(text.chars().allMatch(TextChecks::isClean)).as(text).isTrue();
            List<Problem> found = new ArrayList<>();
            TextChecks.check(text.charAt(0) < 0x600 ? "fr" : "ar", text, found::add);
            assertThat(found).as(text).isEmpty();
        }
        // and what is not clean is left to the full checks
        assertThat(TextChecks.isClean('\u064E')).isFalse(); // a haraka, a mark
        assertThat(TextChecks.isClean('\u200C')).isFalse(); // a joiner, clean or not by its neighbours
        assertThat(TextChecks.isClean('Ж')).isFalse(); // a letter of another script
        assertThat(TextChecks.isClean('\u2126')).isFalse(); // the ohm sign, which NFC maps to omega
    }

    @Test
    void no_clean_character_composes_with_the_one_before_it() {
        // Every character that NFC may join to the one before it is in some character's canonical
        // decomposition after its first: none of them is clean.
        List<String> composing = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            int[] parts = nfd.codePoints().toArray();
            for (int i = 1; i < parts.length; i++) {
                if (TextChecks.isClean(parts[i])) {
                    composing.add(String.format("U+%04X in U+%04X", parts[i], cp));
                }
            }
        }

        assertThat(composing).isEmpty();
    }

    @Test
    void the_written_out_list_of_characters_nfc_replaces_is_the_one_the_jdk_has() {
        StringBuilder replaced = new StringBuilder();
        for (int cp = 0; cp < 0x2100; cp++) {
            int type = Character.getType(cp);
            if (Character.isSurrogate((char) cp) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            String alone = String.valueOf((char) cp);
            if (!Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone)) {
                replaced.append((char) cp);
            }
        }

        assertThat(new String(TextChecks.NFC_CHANGES)).isEqualTo(replaced.toString());
        assertThat(TextChecks.isClean('\u037E')).isFalse(); // the Greek question mark, which NFC makes a semicolon
        assertThat(TextChecks.isClean(';')).isTrue();
    }

    @Test
    void every_clean_character_has_canonical_combining_class_zero() {
        // A character of another class is reordered around a mark of a lower or higher class;
        // U+0334 has class 1 and U+0301 class 230, so one of the two orders moves any such character.
        List<String> reordered = new ArrayList<>();
        for (int cp = 0; cp < 0x2100; cp++) {
            if (!TextChecks.isClean(cp)) {
                continue;
            }
            String c = String.valueOf((char) cp);
            for (String probe : new String[] {c + "\u0334", "\u0301" + c}) {
                if (!Normalizer.isNormalized(probe, Normalizer.Form.NFC)) {
                    reordered.add(String.format("U+%04X", cp));
                }
            }
        }

        assertThat(reordered).isEmpty();
    }
}
