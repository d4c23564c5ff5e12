package org.jisr.validation.internal.model;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jisr.validation.FindingType;
import org.jspecify.annotations.Nullable;

/**
 * Checks one text in one language: characters that have no place in exchanged text, Unicode
 * normalisation, and the script of Arabic text. Stateless.
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

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private TextChecks() {
    }

    /**
     * Checks a text.
     *
     * @param language its language tag, or {@link #UNDETERMINED}
     * @param text     the text
     * @param out      receives each problem, at most one of each kind
     */
    static void check(String language, String text, Consumer<Problem> out) {
        Set<FindingType> seen = new java.util.HashSet<>();
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            FindingType kind = kindOf(cp, text, i);
            if (kind != null && seen.add(kind)) {
                out.accept(Problem.of(kind, language, codePoint(cp), String.valueOf(position)));
            }
            i += Character.charCount(cp);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            out.accept(Problem.of(ModelFindings.TEXT_NOT_NFC, language));
        }
        if (isArabicTag(language) && !isMostlyArabic(text)) {
            out.accept(Problem.of(ModelFindings.TEXT_NOT_ARABIC_SCRIPT, language));
        }
    }

    /** Formats a code point as {@code U+XXXX}. */
    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static @Nullable FindingType kindOf(int cp, String text, int at) {
        if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return ModelFindings.TEXT_BIDI_CONTROL;
        }
        if (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
            return ModelFindings.TEXT_CONTROL_CHARACTER;
        }
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || (cp >= 0x2061 && cp <= 0x2064)
                || cp == 0x180E) {
            return ModelFindings.TEXT_INVISIBLE_CHARACTER;
        }
        if ((cp == ZWNJ || cp == ZWJ) && !joinerNeeded(cp, text, at)) {
            return ModelFindings.TEXT_INVISIBLE_CHARACTER;
        }
        if ((cp >= 0xFB50 && cp <= 0xFDFF && !(cp >= 0xFDD0 && cp <= 0xFDEF)) || (cp >= 0xFE70 && cp <= 0xFEFC)) {
            return ModelFindings.TEXT_ARABIC_PRESENTATION_FORM;
        }
        return null;
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

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /**
     * Whether a tag says the text is in Arabic script: the Arabic language without another script
     * ({@code ar}, {@code ar-TN}, {@code ar-Arab}), or any language with the script {@code Arab}.
     */
    static boolean isArabicTag(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        return script.equals("Arab") || (locale.getLanguage().equals("ar") && script.isEmpty());
    }

    /**
     * Whether a text is written in Arabic script: it has Arabic letters, and more of them than
     * letters of other scripts, leaving out capitals (acronyms such as SIREN or CUF are common
     * in Arabic text).
     */
    private static boolean isMostlyArabic(String text) {
        int arabic = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)
                    && script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                other++;
            }
        }
        return arabic > 0 && arabic > other;
    }
}
