package org.jisr.validation.internal.model;

import static org.jisr.validation.Layer.MODEL;
import static org.jisr.validation.Severity.ERROR;
import static org.jisr.validation.Severity.WARNING;

import java.util.List;
import org.jisr.validation.FindingType;

/**
 * The findings of the model layer: what a record valid against the schema can still get wrong,
 * and that no schema can say. Codes are frozen once released; messages are in the bundle
 * {@code org.jisr.validation.messages.model}.
 *
 * <p>Texts are checked in every multilingual text of a record (names, titles, descriptions,
 * goals, addresses, localities, group names, outcomes, purposes, source and document titles)
 * and in its untagged free texts (an organisation's {@code acronym}, a source's {@code license}),
 * whose {@code language} parameter is then {@code und} (BCP 47 "undetermined"). Their
 * {@code index} parameter is the 1-based position of the first offending character, counted in
 * Unicode code points; {@code codePoint} is written {@code U+XXXX}. Only the first offending
 * character of each kind is reported per text. Not checked as texts: record identifiers (ASCII
 * by the schema), URLs, and the strings of extensions (free JSON a partner defines).
 */
public final class ModelFindings {

    /**
     * A SIREN or SIRET number whose check digit is wrong (Luhn; a SIRET also needs a valid SIREN
     * in its first nine digits; the establishments of La Poste, SIREN {@code 356000000}, may use
     * the rule "sum of the digits is a multiple of 5" instead). Almost always a typing error.
     * Parameters: {@code scheme}, {@code value}.
     */
    public static final FindingType IDENTIFIER_CHECK_DIGIT = FindingType.jisr("model.identifier-check-digit", MODEL,
            ERROR, "scheme", "value");

    /**
     * An ISO 3166-2 subdivision code that names no subdivision: its country part is no ISO 3166-1
     * country, or it is a Tunisian code ({@code TN-…}) that is none of the 24 governorates; also the
     * governorate part of a {@code tn-municipality} code. Other countries' subdivisions are not
     * checked yet (reference data). Parameters: {@code scheme}, {@code value}.
     */
    public static final FindingType UNKNOWN_SUBDIVISION = FindingType.jisr("model.unknown-subdivision", MODEL, ERROR,
            "scheme", "value");

    /**
     * An INSEE code of the right shape that cannot exist: a département that is not one
     * ({@code 20}, {@code 00}, {@code 96}, {@code 975}), a commune code whose département part is
     * none (nor an overseas collectivity with INSEE codes) or whose number is {@code 000}
     * (often a postcode given instead, {@code 13000}), a région code that never existed. Whether
     * a commune exists in a given year is a matter for reference data. Parameters:
     * {@code scheme}, {@code value}.
     */
    public static final FindingType UNKNOWN_INSEE_CODE = FindingType.jisr("model.unknown-insee-code", MODEL, ERROR,
            "scheme", "value");

    /**
     * A country code of the right shape that is no ISO 3166-1 alpha-2 country ({@code UK},
     * {@code EU}, {@code XX}). Parameter: {@code country}.
     */
    public static final FindingType UNKNOWN_COUNTRY = FindingType.jisr("model.unknown-country", MODEL, ERROR,
            "country");

    /**
     * A currency code of the right shape that is no ISO 4217 currency. Parameter:
     * {@code currency}.
     */
    public static final FindingType UNKNOWN_CURRENCY = FindingType.jisr("model.unknown-currency", MODEL, ERROR,
            "currency");

    /**
     * An amount with more decimals than its currency has minor units (EUR 2, TND 3, JPY 0): a
     * fraction of a cent or a millime that cannot be paid. Trailing zeros do not count
     * ({@code 12.340} EUR is 12.34). Parameters: {@code amount}, {@code currency},
     * {@code minorUnits}.
     */
    public static final FindingType MONEY_MINOR_UNITS = FindingType.jisr("model.money-minor-units", MODEL, ERROR,
            "amount", "currency", "minorUnits");

    /**
     * A period that ends before it starts (days compared as dates, date-times as instants; an end
     * equal to the start is fine). Reported at {@code end}. Parameters: {@code start},
     * {@code end}.
     */
    public static final FindingType PERIOD_ORDER = FindingType.jisr("model.period-order", MODEL, ERROR, "start",
            "end");

    /**
     * A period's {@code timeZone} of the right shape that is no IANA time zone known to Java
     * ({@code Africa/Tunnis}, {@code Europe/Sousse}). Parameter: {@code zone}.
     */
    public static final FindingType UNKNOWN_TIME_ZONE = FindingType.jisr("model.unknown-time-zone", MODEL, ERROR,
            "zone");

    /**
     * A language tag of the right shape that names no language, script or region (ISO 639
     * language, ISO 15924 script, ISO 3166-1 region), or that is not in canonical form
     * (a deprecated code such as {@code iw}, a three-letter code such as {@code ara} where a
     * two-letter one exists). Checked on the keys of multilingual texts and on the
     * {@code language} of sources and documents. Parameter: {@code tag}.
     */
    public static final FindingType LANGUAGE_TAG = FindingType.jisr("model.language-tag", MODEL, ERROR, "tag");

    /**
     * A text holding a bidirectional control character (U+202A–U+202E embeddings and overrides,
     * U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks). They reorder what readers see
     * ("Trojan Source") and leak into the surrounding display; the exchange format stores text
     * in logical order and leaves direction to the reader's software. Parameters:
     * {@code language}, {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_BIDI_CONTROL = FindingType.jisr("model.text-bidi-control", MODEL, ERROR,
            "language", "codePoint", "index");

    /**
     * A text holding a control character (U+0000–U+001F other than tab, line feed and carriage
     * return, U+007F–U+009F): it has no meaning in text, cannot be carried by XML 1.0, and breaks
     * spreadsheets and terminals. Parameters: {@code language}, {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_CONTROL_CHARACTER = FindingType.jisr("model.text-control-character", MODEL,
            ERROR, "language", "codePoint", "index");

    /**
     * A text holding an invisible character that makes equal-looking texts differ (searches,
     * duplicates, names): zero-width space U+200B, word joiner U+2060, zero-width no-break space
     * U+FEFF, soft hyphen U+00AD, invisible operators U+2061–U+2064, Mongolian vowel separator
     * U+180E; and the joiners U+200C/U+200D where no script needs them (they are allowed between
     * letters of the Arabic and other joining scripts, and U+200D between emoji). A warning:
     * the text is still readable. Parameters: {@code language}, {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_INVISIBLE_CHARACTER = FindingType.jisr("model.text-invisible-character",
            MODEL, WARNING, "language", "codePoint", "index");

    /**
     * A text holding an Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFC), typically
     * copied out of a PDF: it looks right but does not match the same word typed normally, so
     * searches and comparisons miss it. A warning. Parameters: {@code language},
     * {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_ARABIC_PRESENTATION_FORM = FindingType.jisr(
            "model.text-arabic-presentation-form", MODEL, WARNING, "language", "codePoint", "index");

    /**
     * A text not in Unicode Normalization Form C (W3C character model): the same words can be
     * encoded in several ways, and comparisons and searches miss them. A warning: the text reads
     * the same. {@code codePoint} and {@code index} name the first character NFC changes: a
     * combining accent NFC would join to the letter before it, or a character NFC replaces
     * (U+212B ANGSTROM SIGN). Parameters: {@code language}, {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_NOT_NFC = FindingType.jisr("model.text-not-nfc", MODEL, WARNING, "language",
            "codePoint", "index");

    /**
     * A text tagged Arabic ({@code ar}, {@code ar-TN}, any {@code …-Arab}; not {@code ar-Latn})
     * that is not written in Arabic script: it has no Arabic letter, or letters of another script
     * are as many as the Arabic ones (capital letters aside, since acronyms such as SIREN are
     * ordinary in Arabic text). Typically a French name put under {@code ar}, or a transliteration
     * that belongs under {@code ar-Latn}. {@code codePoint} and {@code index} name the first
     * letter of another script (the first character, when the text has no letter at all).
     * Parameters: {@code language}, {@code codePoint}, {@code index}.
     */
    public static final FindingType TEXT_NOT_ARABIC_SCRIPT = FindingType.jisr("model.text-not-arabic-script", MODEL,
            ERROR, "language", "codePoint", "index");

    /**
     * A word of a text that mixes letters of several scripts: a Cyrillic or Greek letter that
     * looks like a Latin one in a French name ({@code Bizеrte} with the Cyrillic U+0435,
     * {@code Sfаx} with U+0430), a Latin letter inside an Arabic word, an Arabic letter inside a
     * Latin word. Such names look right and match nothing, or impersonate another (homoglyph
     * spoofing, Unicode TS #39 "mixed-script detection"). A word is a run of letters and
     * combining marks; digits, punctuation, spaces, hyphens and apostrophes end it, so a Latin
     * acronym in an Arabic text ({@code مشروع PAD}), a Greek letter standing alone, a
     * transliteration ({@code ar-Latn}), accented French letters, emoji are all fine. Words
     * mixing Han with kana, Bopomofo or Hangul (and Latin) are allowed, as TS #39's "highly
     * restrictive" level allows them. {@code codePoint} and {@code index} name the first letter
     * not of the word's script; {@code script} is its script and {@code wordScript} the script of
     * most of the word's letters (on a tie, the script of the text's language), both named as
     * the Unicode Script property does ({@code Latin}, {@code Cyrillic}, {@code Greek},
     * {@code Arabic}). A warning: a word may mix scripts on purpose, rarely. Only the first such
     * word of a text is reported. Parameters: {@code language}, {@code codePoint}, {@code index},
     * {@code script}, {@code wordScript}.
     */
    public static final FindingType TEXT_MIXED_SCRIPT = FindingType.jisr("model.text-mixed-script", MODEL, WARNING,
            "language", "codePoint", "index", "script", "wordScript");

    /**
     * An identifier value holding a character that imitates an ASCII one or cannot be seen:
     * a Cyrillic, Greek or Armenian letter in a word with Latin letters, or a word made only of
     * such letters that look Latin ({@code https://wikipedia.org/wiki/Вizerte},
     * {@code x-sousse-erp} value {@code АВ-12} in Cyrillic); a compatibility character that NFKC
     * maps to ASCII (full-width {@code １２}, ligature {@code ﬁ}); a format, control or non-ASCII
     * space character (U+200B, U+202E, U+00A0). Identifiers are compared character by character:
     * such a value matches nothing, or impersonates another (Unicode TS #39). Checked on the
     * values of the {@code uri} scheme and of private {@code x-…} schemes, the only ones the
     * schema lets hold any character; record identifiers and the other schemes' values are
     * ASCII by the schema already. Parameters: {@code scheme}, {@code value}, {@code codePoint},
     * {@code index}.
     */
    public static final FindingType IDENTIFIER_CONFUSABLE = FindingType.jisr("model.identifier-confusable", MODEL,
            ERROR, "scheme", "value", "codePoint", "index");

    /** Every model finding type. */
    public static final List<FindingType> ALL = List.of(IDENTIFIER_CHECK_DIGIT, UNKNOWN_SUBDIVISION,
            UNKNOWN_INSEE_CODE, UNKNOWN_COUNTRY, UNKNOWN_CURRENCY, MONEY_MINOR_UNITS, PERIOD_ORDER, UNKNOWN_TIME_ZONE,
            LANGUAGE_TAG, TEXT_BIDI_CONTROL, TEXT_CONTROL_CHARACTER, TEXT_INVISIBLE_CHARACTER,
            TEXT_ARABIC_PRESENTATION_FORM, TEXT_NOT_NFC, TEXT_NOT_ARABIC_SCRIPT, TEXT_MIXED_SCRIPT,
            IDENTIFIER_CONFUSABLE);

    private ModelFindings() {
    }
}
