package org.jisr.adapter.ics.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jisr.model.MultilingualText;
import org.jspecify.annotations.Nullable;

/**
 * One multilingual text being read from several properties — {@code SUMMARY;LANGUAGE=ar} and
 * {@code X-JISR-TITLE;LANGUAGE=fr}, say — language by language, the first text of a language
 * kept. Not thread-safe.
 */
final class Texts {

    /** Jisr's LanguageTag: BCP 47 in canonical case (defs.schema.json). */
    private static final Pattern TAG = Pattern.compile(
            "[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*");

    /** The tag of a text whose language nobody said (BCP 47 "undetermined"). */
    static final String UNDETERMINED = "und";

    private final TreeMap<String, String> texts = new TreeMap<>();

    /**
     * Adds a text unless its language already has one.
     *
     * @param language the language tag
     * @param text     the text; an empty text is not added
     * @return {@code false} when the language already had a text
     */
    boolean add(String language, String text) {
        if (text.isEmpty()) {
            return true;
        }
        return texts.putIfAbsent(language, text) == null;
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    @Nullable MultilingualText build() {
        return texts.isEmpty() ? null : new MultilingualText(texts);
    }

    /**
     * Puts a language tag in the canonical case Jisr writes ({@code en-us} → {@code en-US}).
     *
     * @param tag the tag as written
     * @return the canonical tag, or empty when it is not a BCP 47 tag Jisr accepts
     */
    static Optional<String> canonical(String tag) {
        String t = tag.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String canonical = Locale.forLanguageTag(t).toLanguageTag();
        if (canonical.equals(UNDETERMINED) && !t.equalsIgnoreCase(UNDETERMINED)) {
            return Optional.empty();
        }
        return TAG.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }

    /**
     * Chooses the language of the main text of a field ({@code SUMMARY}, {@code DESCRIPTION}):
     * the document's language when the text has it, else its first language in tag order.
     *
     * @param text     the text
     * @param document the document's language, or {@code null}
     * @return the tag
     */
    static String main(MultilingualText text, @Nullable String document) {
        Map<String, String> all = text.texts();
        if (document != null && all.containsKey(document)) {
            return document;
        }
        return text.texts().firstKey();
    }
}
