package org.jisr.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
 * <p>For the names of places, {@link #placeKey(String)} also folds what people add or leave out
 * when they write a town's name (articles, «saint» abbreviated), and {@link #skeletonKey(String)}
 * keeps only what survives the usual transliteration variants (vowels, doubled letters).
 *
 * <p>All keys are idempotent ({@code key(key(s)).equals(key(s))}). Stateless and thread-safe.
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

    /**
     * Returns the matching key of a place name: {@link #key(String)}, then, word by word, the
     * articles are left out (Latin {@code le la les l el al}, and the Arabic article ال at the start
     * of a word of four letters or more), {@code saint}/{@code sainte} become {@code st}/{@code ste},
     * {@code œ} and {@code æ} become {@code oe} and {@code ae}, and the spaces are removed. So
     * «Le Kef», «El Kef» and «Kef» have one key, and so have «Saint-Étienne» and «St Etienne»,
     * «Kalâat el-Andalous» and «Kalaat Landlous» do not (see {@link #skeletonKey(String)}).
     *
     * <p>When leaving the articles out would leave nothing («La», «El»), they are kept.
     *
     * @param text a place name in any script
     * @return the key, empty when the text has no letter or digit
     * @since 0.1
     */
    public static String placeKey(String text) {
        return String.join("", placeWords(text));
    }

    /** The words of {@link #placeKey(String)}, before they are joined. */
    private static List<String> placeWords(String text) {
        String key = key(text).replace("œ", "oe").replace("æ", "ae");
        List<String> out = new ArrayList<>();
        for (String word : key.split(" ")) {
            switch (word) {
                case "le", "la", "les", "l", "el", "al" -> {
                    continue;
                }
                case "saint" -> out.add("st");
                case "sainte" -> out.add("ste");
                default -> out.add(word.length() >= 4 && word.startsWith("\u0627\u0644") ? word.substring(2) : word);
            }
        }
        if (out.isEmpty() || out.stream().allMatch(String::isEmpty)) {
            return List.of(key.replace(" ", ""));
        }
        return out;
    }

    /**
     * Returns a looser key of a place name, for names transliterated in different ways: the
     * {@link #placeKey(String)} with, in each word, a final {@code h} after a vowel left out (the
     * English-style «Naftah» for «Nefta»), Latin {@code dj}, {@code ou}, {@code kh}, {@code ch}
     * folded to {@code j}, {@code u}, {@code k}, {@code c}, the Latin vowels and semi-vowels
     * ({@code a e i o u y w}) and the Arabic long vowels (ا و ي) removed, and doubled letters made
     * single: «Mednine» and «Médenine», «Kelaat El Andaluus» and «Kalâat el-Andalous», «Hammem
     * Lif» and «Hammam Lif», «Al-Matwiyah» and «El Metouia» have one skeleton. Different names may share a skeleton: a match on it is a guess, to be
     * scored lower than a match on {@link #placeKey(String)}.
     *
     * @param text a place name in any script
     * @return the skeleton; it may be empty (a name made only of vowels)
     * @since 0.1
     */
    public static String skeletonKey(String text) {
        StringBuilder words = new StringBuilder();
        for (String word : placeWords(text)) {
            boolean finalH = word.length() > 2 && word.endsWith("h") && "aeiou".indexOf(word.charAt(word.length() - 2)) >= 0;
            words.append(finalH ? word.substring(0, word.length() - 1) : word);
        }
        String k = words.toString().replace("dj", "j").replace("ou", "u").replace("kh", "k").replace("ch", "c");
        StringBuilder out = new StringBuilder(k.length());
        int previous = -1;
        for (int i = 0; i < k.length(); ) {
            int c = k.codePointAt(i);
            i += Character.charCount(c);
            if ("aeiouyw".indexOf(c) >= 0 || c == 0x0627 || c == 0x0648 || c == 0x064A || c == previous) {
                continue;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        return out.toString();
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
