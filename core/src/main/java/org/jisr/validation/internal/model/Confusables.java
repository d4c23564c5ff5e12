package org.jisr.validation.internal.model;

import java.text.Normalizer;
import java.util.OptionalInt;

/**
 * Characters of an identifier that imitate ASCII or cannot be seen, after Unicode TS #39
 * (security mechanisms): mixed-script and whole-script confusables among the scripts whose
 * letters look Latin, compatibility characters, and invisible ones. Stateless.
 */
final class Confusables {

    /**
     * Cyrillic, Greek and Armenian letters that look like a Latin letter, from the Unicode
     * confusables data (confusables.txt of TS #39, the mappings to a single Latin letter in common
     * fonts): а в е к м н о р с т у х і ј ѕ һ ӏ ԁ ԛ ԝ ү, their capitals, Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ
     * Τ Υ Χ ο α ι κ ν ρ υ, Armenian օ ս հ ո զ.
     */
    static final String LATIN_LOOKALIKES = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04BB"
            + "\u04CF\u0501\u051B\u051D\u04AF"
            + "\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u04AE\u04C0"
            + "\u051A\u051C"
            + "\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"
            + "\u03BF\u03B1\u03B9\u03BA\u03BD\u03C1\u03C5"
            + "\u0585\u057D\u0570\u0578\u0566";

    private Confusables() {
    }

    /**
     * Finds the first confusable character of an identifier value.
     *
     * @return its index in chars, or empty when the value has none
     */
    static OptionalInt find(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && value.charAt(i) > 0x20 && value.charAt(i) < 0x7F) {
            i++;
        }
        if (i == n) {
            return OptionalInt.empty(); // printable ASCII: nothing to imitate
        }
        int wordStart = -1;
        boolean latin = false;
        boolean lookalikeScript = false;
        boolean onlyLookalikes = true;
        int firstLookalike = -1;
        for (i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            if (cp >= 0x80 && isInvisibleOrCompatibility(cp)) {
                return OptionalInt.of(i);
            }
            if (Character.isLetter(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                    latin = false;
                    lookalikeScript = false;
                    onlyLookalikes = true;
                    firstLookalike = -1;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) {
                    latin = true;
                    onlyLookalikes = false;
                } else if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                        || script == Character.UnicodeScript.ARMENIAN) {
                    if (firstLookalike < 0) {
                        firstLookalike = i;
                    }
                    lookalikeScript = true;
                    onlyLookalikes &= LATIN_LOOKALIKES.indexOf(cp) >= 0;
                } else {
                    onlyLookalikes = false;
                }
            } else if (wordStart >= 0) {
                if (lookalikeScript && (latin || onlyLookalikes)) {
                    return OptionalInt.of(firstLookalike);
                }
                wordStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (wordStart >= 0 && lookalikeScript && (latin || onlyLookalikes)) {
            return OptionalInt.of(firstLookalike);
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a non-ASCII character is a control, format or space character (it shows as nothing,
     * or as a space), or a compatibility character that NFKC maps to ASCII (full-width letters
     * and digits, ligatures, mathematical letters, circled digits).
     */
    private static boolean isInvisibleOrCompatibility(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        String alone = new String(Character.toChars(cp));
        if (Normalizer.isNormalized(alone, Normalizer.Form.NFKC)) {
            return false;
        }
        String folded = Normalizer.normalize(alone, Normalizer.Form.NFKC);
        return folded.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }
}
