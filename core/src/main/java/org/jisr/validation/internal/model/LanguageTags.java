package org.jisr.validation.internal.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a language tag of the schema's shape (lower-case language, title-case script,
 * upper-case region or three-digit area, variants) names real subtags in canonical form.
 * Java knows every ISO 639-1 language, ISO 3166-1 region and the ISO 15924 codes of Unicode
 * scripts; three-letter languages are accepted unless a two-letter code exists for them
 * (BCP 47 then requires it: {@code ar}, not {@code ara}), since Java does not know all of
 * ISO 639-3 ({@code aeb}, Tunisian Arabic, is fine).
 */
final class LanguageTags {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> TWO_LETTER_BY_THREE = twoLetterByThree();

    /**
     * ISO 15924 codes that name no script of their own in Unicode (variants and combinations),
     * so {@link Character.UnicodeScript#forName} does not know them; and the private-use range.
     */
    private static final Set<String> COMBINED_SCRIPTS = Set.of("Hans", "Hant", "Hanb", "Jpan", "Kore", "Hrkt",
            "Jamo", "Aran", "Latf", "Latg", "Cyrs", "Syre", "Syrj", "Syrn", "Geok", "Zmth", "Zsym", "Zsye", "Zxxx");

    /** Tags remembered at most: the same few come back in every record, and the answer never changes. */
    private static final int MEMO_SIZE = 4096;
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private LanguageTags() {
    }

    /**
     * Checks a tag that has the schema's shape.
     *
     * @param tag the tag
     * @return whether its subtags exist and it is in canonical form
     */
    static boolean isKnown(String tag) {
        Boolean known = KNOWN.get(tag);
        if (known == null) {
            known = check(tag);
            if (KNOWN.size() < MEMO_SIZE) {
                KNOWN.put(tag, known);
            }
        }
        return known;
    }

    private static boolean check(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.toLanguageTag().equals(tag)) {
            return false; // a deprecated code Java replaces (iw → he), or a tag Java cannot read whole
        }
        String language = tag.split("-", 2)[0];
        if (language.length() == 2 && !LANGUAGES.contains(language)) {
            return false;
        }
        if (language.length() == 3 && TWO_LETTER_BY_THREE.containsKey(language)) {
            return false;
        }
        String script = locale.getScript();
        if (!script.isEmpty() && !isScript(script)) {
            return false;
        }
        String region = locale.getCountry();
        return region.isEmpty() || region.length() == 3 || KnownCodes.COUNTRIES.contains(region);
    }

    private static boolean isScript(String code) {
        if (COMBINED_SCRIPTS.contains(code) || (code.compareTo("Qaaa") >= 0 && code.compareTo("Qabx") <= 0)) {
            return true;
        }
        try {
            Character.UnicodeScript.forName(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> twoLetterByThree() {
        Map<String, String> map = new HashMap<>();
        for (String two : LANGUAGES) {
            try {
                map.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a withdrawn code without a three-letter form (sh)
            }
        }
        map.remove("");
        return Map.copyOf(map);
    }
}
