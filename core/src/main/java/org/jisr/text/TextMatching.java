package org.jisr.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Keys for matching text the way people mean it, whatever the spelling variant a file uses: a
 * header «Date de début» matches {@code date_debut}, «أریانة» (with a Persian yeh) matches
 * «أريانة», «المـطـويّـة» (tatweel, shadda) matches «المطوية», «Hammam-Lif» matches «HAMMAM LIF».
 *
 * <p>A key is for comparing only: <b>never store it, never write it in place of the text</b>. The
 * text a user wrote is kept as it is; the key only decides whether two texts are the same name.
 *
 * <p>{@link #key(String)} folds, in this order:
 * <ol>
 *   <li>compatibility decomposition (NFKD): Arabic presentation forms become letters, ligatures
 *       are split, a letter with a hamza or madda becomes the letter and a mark;</li>
 *   <li>combining marks are removed: Latin accents (é → e), Arabic harakat (fatha … sukun,
 *       shadda, superscript alef) and the hamza and madda marks, so that أ إ آ ٱ become ا, ؤ
 *       becomes و and ئ becomes ي;</li>
 *   <li>invisible characters are removed: tatweel (U+0640), LRM, RLM, ALM (U+061C), the bidi
 *       embeddings and isolates, zero-width joiners, the byte order mark, the soft hyphen;</li>
 *   <li>Arabic letters that files use interchangeably are folded: ى (alef maksura), ی (Farsi
 *       yeh) → ي; ة (teh marbuta), ھ (heh doachashmee), ہ (heh goal), ە (ae) → ه; ک (keheh) → ك;
 *       ڨ (the Tunisian «g», U+06A8) → ق;</li>
 *   <li>Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits;</li>
 *   <li>lower case (root locale);</li>
 *   <li>every run of characters that are neither letters nor digits (spaces, no-break spaces,
 *       hyphens, dashes, apostrophes, underscores, punctuation) becomes one space, and the
 *       result is trimmed.</li>
 * </ol>
 * {@link #compactKey(String)} also removes those spaces, so that {@code nomAttribuant},
 * «nom attribuant» and {@code NOM_ATTRIBUANT} match, and so do «سيدي بو علي» and «سيدي بوعلي».
 *
 * <p>Both are idempotent ({@code key(key(s)).equals(key(s))}). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TextMatching {

    private TextMatching() {
    }

    /**
     * Returns the matching key of a text: its words, folded as the class says, separated by
     * single spaces.
     *
     * @param text any text
     * @return the key, empty when the text has no letter or digit
     */
    public static String key(String text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || invisible(c)) {
                continue;
            }
            int folded = fold(c);
            if (Character.isLetterOrDigit(folded)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(folded));
            } else {
                pendingSpace = true;
            }
        }
        // Lower-casing after the decomposition can, for a few letters, give one that decomposes:
        // fold such a result once more, so that keys are idempotent.
        String result = out.toString();
        return Normalizer.isNormalized(result, Normalizer.Form.NFKD) ? result : key(result);
    }

    /**
     * Returns the matching key of a text without its spaces: {@link #key(String)} with the
     * spaces between words removed.
     *
     * @param text any text
     * @return the compact key, empty when the text has no letter or digit
     */
    public static String compactKey(String text) {
        return key(text).replace(" ", "");
    }

    /**
     * Tells whether two texts have the same {@linkplain #compactKey(String) compact key}.
     *
     * @param a a text
     * @param b another text
     * @return {@code true} when they match
     */
    public static boolean matches(String a, String b) {
        return compactKey(a).equals(compactKey(b));
    }

    private static boolean invisible(int c) {
        return c == 0x0640 // tatweel
                || c == 0x200E || c == 0x200F || c == 0x061C // LRM, RLM, ALM
                || c >= 0x202A && c <= 0x202E // bidi embeddings and overrides
                || c >= 0x2066 && c <= 0x2069 // bidi isolates
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 // zero-width space, joiners
                || c == 0xFEFF || c == 0x00AD; // byte order mark, soft hyphen
    }

    private static int fold(int c) {
        switch (c) {
            case 0x0649: // ى alef maksura
            case 0x06CC: // ی Farsi yeh
            case 0x064A:
                return 0x064A; // ي
            case 0x0629: // ة teh marbuta
            case 0x06BE: // ھ heh doachashmee
            case 0x06C1: // ہ heh goal
            case 0x06D5: // ە ae
                return 0x0647; // ه
            case 0x06A9: // ک keheh
                return 0x0643; // ك
            case 0x06A8: // ڨ Tunisian g
                return 0x0642; // ق
            case 0x0671: // ٱ alef wasla (NFKD does not decompose it)
                return 0x0627; // ا
            default:
                if (c >= 0x0660 && c <= 0x0669) {
                    return '0' + (c - 0x0660);
                }
                if (c >= 0x06F0 && c <= 0x06F9) {
                    return '0' + (c - 0x06F0);
                }
                return c;
        }
    }
}
