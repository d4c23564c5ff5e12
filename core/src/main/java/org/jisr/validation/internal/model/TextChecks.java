package org.jisr.validation.internal.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jisr.validation.FindingType;
import org.jspecify.annotations.Nullable;

/**
 * Checks one text in one language: characters that have no place in exchanged text, Unicode
 * normalisation, words mixing scripts, and the script of Arabic text. Stateless.
 *
 * <p>Runs on every text of every record, so a clean text costs one pass and allocates nothing:
 * a text of printable ASCII is done in a loop over its chars (ASCII is in NFC and in one script);
 * other texts are read code point by code point, once, keeping the kinds already reported in a
 * bit set and the current word as indexes. Only a text with a problem allocates, to report it.
 */
final class TextChecks {

    /** The language parameter of a text that carries no language tag (BCP 47 "undetermined"). */
    static final String UNDETERMINED = "und";

    /**
     * Scripts whose orthography uses the zero-width joiners: Arabic (Persian above all), Syriac,
     * N'Ko, Mongolian and the Brahmic scripts of South Asia.
     */
    private static final Set<Character.UnicodeScript> JOINING_SCRIPTS = EnumSet.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC, Character.UnicodeScript.NKO, Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA);

    /**
     * The sets of scripts a single word may legitimately mix, after the "highly restrictive"
     * level of Unicode TS #39 (section 5.2): Japanese (Han with kana), Chinese with Bopomofo,
     * Korean (Han with Hangul), each with Latin.
     */
    private static final Set<Set<Character.UnicodeScript>> ALLOWED_MIXES = Set.of(
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    /** The kinds reported per text, as bits of the {@code seen} set of {@link #check}. */
    private static final FindingType[] KINDS = {ModelFindings.TEXT_BIDI_CONTROL, ModelFindings.TEXT_CONTROL_CHARACTER,
        ModelFindings.TEXT_INVISIBLE_CHARACTER, ModelFindings.TEXT_ARABIC_PRESENTATION_FORM,
        ModelFindings.TEXT_MIXED_SCRIPT};
    private static final int BIDI = 0;
    private static final int CONTROL = 1;
    private static final int INVISIBLE = 2;
    private static final int PRESENTATION_FORM = 3;
    private static final int MIXED_SCRIPT = 4;
    private static final int NONE = -1;

    private TextChecks() {
    }

    /**
     * Checks a text.
     *
     * @param language its language tag, or {@link #UNDETERMINED}
     * @param text     the text
     * @param out      receives each problem, at most one of each kind, naming the first character
     *                 of that kind and its 1-based position in code points
     */
    static void check(String language, String text, Consumer<Problem> out) {
        boolean arabic = isArabicTag(language);
        // Printable ASCII is clean too: one pass for every text, not a pass for ASCII first and,
        // at the first accent, a second from the start.
        long counts = scanClean(text);
        if (counts < 0) {
            checkFully(language, text, arabic, out);
        } else if (arabic && !arabicScript(text, (int) (counts >>> 32), (int) counts)) {
            checkArabicScript(language, text, out);
        }
    }

    /** What {@link #check} does, without the one-pass scan of clean texts: the reference it is tested against. */
    static void checkFully(String language, String text, boolean arabic, Consumer<Problem> out) {
        if (!isPlainAscii(text)) {
            checkCharacters(language, text, out);
            checkNormalisation(language, text, out);
        }
        if (arabic) {
            checkArabicScript(language, text, out);
        }
    }

    /**
     * What one character is for {@link #scanClean}, for the characters below {@code U+2100}
     * (Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation, currency signs); a character
     * above is {@link #FULL}. Each is worked out the first time a text has it, as start-up time
     * matters more than one comparison: the whole table took some 12 ms to fill, before the JIT
     * compiles anything. Threads that fill the same entry at once write the same value.
     */
    private static final byte[] CLEAN = new byte[0x2100];
    /** Not worked out yet. */
    private static final byte UNKNOWN = 0;
    /** A character that asks for the full checks: one they may report, a mark, or a letter of another script. */
    private static final byte FULL = 1;
    /** Not a letter, and nothing to report: it ends a word. */
    private static final byte PLAIN = 2;
    /** A Latin letter, neither upper-case nor title-case. */
    private static final byte LATIN = 3;
    /** A Latin capital (upper-case or title-case): not counted against Arabic text, as acronyms are common in it. */
    private static final byte LATIN_CAPITAL = 4;
    /** An Arabic letter. */
    private static final byte ARABIC = 5;
    /** A letter common to several scripts (the tatweel, the micro sign). */
    private static final byte COMMON_LETTER = 6;

    /** The class of a character for {@link #scanClean}. */
    private static byte cleanClassOf(char c) {
        if (c >= CLEAN.length) {
            return FULL;
        }
        byte k = CLEAN[c];
        if (k == UNKNOWN) {
            k = cleanClass(c);
            CLEAN[c] = k;
        }
        return k;
    }

    /**
     * A character is clean when the character checks report nothing about it whatever its
     * neighbours, NFC leaves it alone and it composes with nothing before it: it is no mark (the
     * characters NFC may compose with the one before, or reorder, are marks, but for Hangul
     * vowels and finals, letters of a script left to the full checks), and NFC maps it to itself
     * (it is not in {@link #NFC_CHANGES}).
     */
    private static byte cleanClass(int cp) {
        if (Character.isSurrogate((char) cp) || kindOf(cp, "", 0) != NONE || isMark(cp)) {
            return FULL;
        }
        if (Arrays.binarySearch(NFC_CHANGES, (char) cp) >= 0) {
            return FULL;
        }
        if (!isLetter(cp)) {
            return PLAIN;
        }
        Character.UnicodeScript script = scriptOf(cp);
        if (script == null) {
            return COMMON_LETTER;
        }
        if (script == Character.UnicodeScript.LATIN) {
            return Character.isUpperCase(cp) || Character.isTitleCase(cp) ? LATIN_CAPITAL : LATIN;
        }
        return script == Character.UnicodeScript.ARABIC ? ARABIC : FULL;
    }

    /**
     * The characters below {@code U+2100}, marks left out, that NFC replaces (its singletons and
     * composition exclusions: {@code NFC_Quick_Check=No}), as {@link Normalizer} says; written out
     * because asking it of each character costs tens of milliseconds at start-up.
     * {@code TextChecksCleanTest} checks the list against it.
     */
    static final char[] NFC_CHANGES = {'\u0374', '\u037E', '\u0387', '\u0958', '\u0959', '\u095A', '\u095B', '\u095C',
        '\u095D', '\u095E', '\u095F', '\u09DC', '\u09DD', '\u09DF', '\u0A33', '\u0A36', '\u0A59', '\u0A5A', '\u0A5B',
        '\u0A5E', '\u0B5C', '\u0B5D', '\u0F43', '\u0F4D', '\u0F52', '\u0F57', '\u0F5C', '\u0F69', '\u1F71', '\u1F73',
        '\u1F75', '\u1F77', '\u1F79', '\u1F7B', '\u1F7D', '\u1FBB', '\u1FBE', '\u1FC9', '\u1FCB', '\u1FD3', '\u1FDB',
        '\u1FE3', '\u1FEB', '\u1FEE', '\u1FEF', '\u1FF9', '\u1FFB', '\u1FFD', '\u2000', '\u2001'};

    /** Whether the one-pass scan takes a character as clean (see {@link #cleanClass}); for tests. */
    static boolean isClean(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && cleanClassOf((char) cp) != FULL;
    }

    /**
     * One pass over a text made only of clean characters (see {@link #cleanClass}), in which no
     * word mixes Latin and Arabic letters: such a text is in NFC and the character checks report
     * nothing. Returns its count of Arabic letters (upper 32 bits) and of Latin letters that are
     * not capitals (lower), for the script of Arabic text; or -1 for any other text, which the
     * full checks read.
     */
    private static long scanClean(String text) {
        int arabic = 0;
        int latin = 0;
        int wordScript = PLAIN; // the script of the current word's first letter of a script, or PLAIN
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte k = cleanClassOf(c);
            switch (k) {
                case PLAIN:
                    wordScript = PLAIN;
                    break;
                case LATIN:
                case LATIN_CAPITAL:
                    if (k == LATIN) {
                        latin++;
                    }
                    if (wordScript == ARABIC) {
                        return -1;
                    }
                    wordScript = LATIN;
                    break;
                case ARABIC:
                    arabic++;
                    if (wordScript == LATIN) {
                        return -1;
                    }
                    wordScript = ARABIC;
                    break;
                case COMMON_LETTER:
                    break;
                default:
                    return -1;
            }
        }
        return ((long) arabic << 32) | latin;
    }

    /** Whether Arabic text with these letter counts is written in Arabic script, as {@link #checkArabicScript} decides it. */
    private static boolean arabicScript(String text, int arabic, int other) {
        return (arabic > 0 && arabic > other) || text.isEmpty();
    }

    /** Whether a text is printable ASCII, tab and line breaks: the common case, with nothing to report but its script. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    private static void checkCharacters(String language, String text, Consumer<Problem> out) {
        int seen = 0;
        int position = 0;
        // the current word (maximal run of letters and marks): where it starts, its first script, whether it mixes
        int wordStart = -1;
        int wordPosition = 0;
        Character.@Nullable UnicodeScript wordScript = null;
        boolean mixed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            int kind = kindOf(cp, text, i);
            if (kind != NONE && (seen & (1 << kind)) == 0) {
                seen |= 1 << kind;
                out.accept(Problem.of(KINDS[kind], language, codePoint(cp), String.valueOf(position)));
            }
            if (isLetter(cp) || isMark(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                    wordPosition = position;
                    wordScript = null;
                    mixed = false;
                }
                Character.UnicodeScript script = scriptOf(cp);
                if (script != null) {
                    if (wordScript == null) {
                        wordScript = script;
                    } else if (script != wordScript) {
                        mixed = true;
                    }
                }
            } else if (wordStart >= 0) {
                if (mixed && (seen & (1 << MIXED_SCRIPT)) == 0 && reportMixedWord(language, text, wordStart, i,
                        wordPosition, out)) {
                    seen |= 1 << MIXED_SCRIPT;
                }
                wordStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (wordStart >= 0 && mixed && (seen & (1 << MIXED_SCRIPT)) == 0) {
            reportMixedWord(language, text, wordStart, text.length(), wordPosition, out);
        }
    }

    /** The script a letter counts for, or null for marks and letters common to several scripts. */
    private static Character.@Nullable UnicodeScript scriptOf(int cp) {
        if (!isLetter(cp)) {
            return null;
        }
        Character.UnicodeScript script = letterScript(cp);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED ? null : script;
    }

    /**
     * The script of a letter, without the table search of {@link Character.UnicodeScript#of} for
     * the letters of French and Arabic: every letter below U+0250 but the micro sign (U+00B5) is
     * Latin, every letter of the Arabic block but the tatweel (U+0640) is Arabic (both exceptions
     * are common to several scripts).
     */
    private static Character.UnicodeScript letterScript(int cp) {
        if (cp < 0x250 && cp != 0xB5) {
            return Character.UnicodeScript.LATIN;
        }
        if (cp >= 0x600 && cp <= 0x6FF && cp != 0x640) {
            return Character.UnicodeScript.ARABIC;
        }
        return Character.UnicodeScript.of(cp);
    }

    /**
     * Reports a word whose letters belong to several scripts, unless the mix is one that
     * Unicode TS #39 allows: names the first letter that is not of the word's own script, the
     * script most of its letters belong to (on a tie, the script its language is written in,
     * then the script of its first letter).
     *
     * @return whether a problem was reported
     */
    private static boolean reportMixedWord(String language, String text, int start, int end, int startPosition,
            Consumer<Problem> out) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        Character.UnicodeScript first = null;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = scriptOf(cp);
            if (script != null) {
                counts.merge(script, 1, Integer::sum);
                if (first == null) {
                    first = script;
                }
            }
            i += Character.charCount(cp);
        }
        if (first == null || ALLOWED_MIXES.stream().anyMatch(allowed -> allowed.containsAll(counts.keySet()))) {
            return false;
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        Character.UnicodeScript expected = expectedScript(language);
        Character.UnicodeScript main = expected != null && counts.getOrDefault(expected, 0) == most ? expected
                : counts.getOrDefault(first, 0) == most ? first
                : counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
        int position = startPosition;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = scriptOf(cp);
            if (script != null && script != main) {
                out.accept(Problem.of(ModelFindings.TEXT_MIXED_SCRIPT, language, codePoint(cp),
                        String.valueOf(position), scriptName(script), scriptName(main)));
                return true;
            }
            position++;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The script a language tag says its text is written in: its script subtag; Arabic for
     * Arabic; Cyrillic or Greek for the languages usually written in them; Latin for other
     * languages; none for {@code und}.
     */
    static Character.@Nullable UnicodeScript expectedScript(String tag) {
        if (isArabicTag(tag)) {
            return Character.UnicodeScript.ARABIC;
        }
        String script = scriptSubtag(tag);
        if (script != null) {
            try {
                return Character.UnicodeScript.forName(script);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        String language = languageSubtag(tag);
        return switch (language) {
            case UNDETERMINED -> null;
            case "el" -> Character.UnicodeScript.GREEK;
            case "ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "tg", "mn" -> Character.UnicodeScript.CYRILLIC;
            case "he", "yi" -> Character.UnicodeScript.HEBREW;
            case "zh", "ja", "ko" -> Character.UnicodeScript.HAN;
            default -> Character.UnicodeScript.LATIN;
        };
    }

    /** The Unicode name of a script, as the Script property names it: {@code Latin}, {@code Cyrillic}, {@code Old_Italic}. */
    static String scriptName(Character.UnicodeScript script) {
        String name = script.name();
        StringBuilder s = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            s.append(upper ? c : Character.toLowerCase(c));
            upper = c == '_';
        }
        return s.toString();
    }

    /**
     * Reports a text that is not in NFC, naming the first character that NFC changes or that
     * NFC composes with the one before it (a combining accent after its letter).
     */
    private static void checkNormalisation(String language, String text, Consumer<Problem> out) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int i = 0;
        int position = 1;
        while (i < text.length() && i < nfc.length() && text.codePointAt(i) == nfc.codePointAt(i)) {
            i += Character.charCount(text.codePointAt(i));
            position++;
        }
        if (i >= text.length()) {
            i = text.offsetByCodePoints(text.length(), -1);
            position--;
        }
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        // A letter that composes with the accent after it is fine alone: the accent is what to name.
        if (Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFC) && next < text.length()
                && isMark(text.codePointAt(next))) {
            cp = text.codePointAt(next);
            position++;
        }
        out.accept(Problem.of(ModelFindings.TEXT_NOT_NFC, language, codePoint(cp), String.valueOf(position)));
    }
    /** Formats a code point as {@code U+XXXX}. */
    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static int kindOf(int cp, String text, int at) {
        if (cp < 0x80) {
            return cp == 0x7F || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ? CONTROL : NONE;
        }
        if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return BIDI;
        }
        if (cp <= 0x9F) {
            return CONTROL;
        }
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || (cp >= 0x2061 && cp <= 0x2064)
                || cp == 0x180E) {
            return INVISIBLE;
        }
        if ((cp == ZWNJ || cp == ZWJ) && !joinerNeeded(cp, text, at)) {
            return INVISIBLE;
        }
        if ((cp >= 0xFB50 && cp <= 0xFDFF && !(cp >= 0xFDD0 && cp <= 0xFDEF)) || (cp >= 0xFE70 && cp <= 0xFEFC)) {
            return PRESENTATION_FORM;
        }
        return NONE;
    }

    /**
     * Whether a joiner at {@code at} sits where a script needs it: after a letter (and its marks)
     * of a joining script and before a letter or mark; or, for the zero-width joiner, between
     * two emoji (a family, a profession with a skin tone).
     */
    private static boolean joinerNeeded(int joiner, String text, int at) {
        int before = baseBefore(text, at);
        int next = at + Character.charCount(joiner);
        if (before < 0 || next >= text.length()) {
            return false;
        }
        int after = text.codePointAt(next);
        if (Character.isLetter(before) && JOINING_SCRIPTS.contains(Character.UnicodeScript.of(before))) {
            return Character.isLetter(after) || isMark(after);
        }
        return joiner == ZWJ && isSymbol(before) && isSymbol(after);
    }

    /** The code point before {@code at}, skipping combining marks, variation selectors and emoji modifiers; or -1. */
    private static int baseBefore(String text, int at) {
        int i = at;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (!isMark(cp) && Character.getType(cp) != Character.MODIFIER_SYMBOL) {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /**
     * The general category of each code point below U+0800 (Latin, Greek, Cyrillic, Hebrew,
     * Arabic…), read once from {@link Character#getType}: the checks ask it of every character,
     * and Java's own lookup for the Arabic block goes through a larger table each time.
     */
    private static final byte[] TYPES = new byte[0x800];

    static {
        for (int cp = 0; cp < TYPES.length; cp++) {
            TYPES[cp] = (byte) Character.getType(cp);
        }
    }

    /** {@link Character#getType(int)}, from the table where it can. */
    private static int type(int cp) {
        return cp < TYPES.length ? TYPES[cp] : Character.getType(cp);
    }

    /** {@link Character#isLetter(int)}, from the table where it can. */
    static boolean isLetter(int cp) {
        int type = type(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = type(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /**
     * Whether a tag says the text is in Arabic script: the Arabic language without another script
     * ({@code ar}, {@code ar-TN}, {@code ar-Arab}), or any language with the script {@code Arab}.
     * Reads the subtags itself: this runs for every text, and a {@link Locale} would be built each time.
     */
    static boolean isArabicTag(String tag) {
        String script = scriptSubtag(tag);
        if (script != null) {
            return script.equalsIgnoreCase("Arab");
        }
        return languageSubtag(tag).equals("ar");
    }

    /** The language subtag of a tag, lower-case as the schema requires. */
    private static String languageSubtag(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The script subtag of a tag (four letters right after the language), or null. */
    private static @Nullable String scriptSubtag(String tag) {
        int dash = tag.indexOf('-');
        if (dash < 0) {
            return null;
        }
        int end = tag.indexOf('-', dash + 1);
        int length = (end < 0 ? tag.length() : end) - dash - 1;
        if (length != 4) {
            return null;
        }
        for (int i = dash + 1; i < dash + 5; i++) {
            if (!Character.isLetter(tag.charAt(i)) || tag.charAt(i) >= 0x80) {
                return null;
            }
        }
        return tag.substring(dash + 1, dash + 5);
    }

    /**
     * Reports a text tagged Arabic that is not written in Arabic script: it has Arabic letters,
     * and more of them than letters of other scripts, leaving out capitals (acronyms such as
     * SIREN or CUF are common in Arabic text). Names the first letter of another script, or the
     * first character when the text has no letter of another script (digits only).
     */
    private static void checkArabicScript(String language, String text, Consumer<Problem> out) {
        int arabic = 0;
        int other = 0;
        int firstOther = -1;
        int firstOtherPosition = 0;
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            i += Character.charCount(cp);
            if (!isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = letterScript(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
                continue;
            }
            if (firstOther < 0) {
                firstOther = cp;
                firstOtherPosition = position;
            }
            if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)
                    && script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                other++;
            }
        }
        if (arabicScript(text, arabic, other)) {
            return;
        }
        if (firstOther < 0) {
            firstOther = text.codePointAt(0);
            firstOtherPosition = 1;
        }
        out.accept(Problem.of(ModelFindings.TEXT_NOT_ARABIC_SCRIPT, language, codePoint(firstOther),
                String.valueOf(firstOtherPosition)));
    }
}
