package org.jisr.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code ar}, {@code fr},
 * {@code en}, {@code ar-Latn} …). In JSON it is an object such as
 * {@code {"ar": "ورشة عمل", "fr": "Atelier"}}, written with its keys in sorted order.
 *
 * <p>The validator checks that tags are well-formed, that Arabic text is in Arabic script and
 * that no text hides bidirectional-control or invisible characters; this type only requires at
 * least one non-empty text.
 *
 * @param texts the texts by language tag; copied into an unmodifiable sorted map
 * @since 0.1
 */
public record MultilingualText(SortedMap<String, String> texts) {

    /**
     * Creates a multilingual text.
     *
     * @throws IllegalArgumentException when there is no text, or a tag or a text is empty
     */
    public MultilingualText {
        Checks.required(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a multilingual text needs at least one language");
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String tag = e.getKey();
            String text = e.getValue();
            if (tag == null || tag.isEmpty() || text == null || text.isEmpty()) { // the message only when it is needed
                Checks.requiredText(tag, "language tag");
                Checks.requiredText(text, "text in " + tag);
            }
        }
        // A map in natural order is copied as it is, without comparing its keys again.
        TreeMap<String, String> copy = texts.comparator() == null ? new TreeMap<>(texts) : new TreeMap<>(Map.copyOf(texts));
        texts = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Creates a multilingual text from a map of language tag to text.
     *
     * @param texts the texts by language tag
     * @return the multilingual text
     */
    public static MultilingualText of(Map<String, String> texts) {
        return new MultilingualText(new TreeMap<>(texts));
    }

    /**
     * Creates a text in one language.
     *
     * @param tag  a BCP 47 language tag
     * @param text the text
     * @return the multilingual text
     */
    public static MultilingualText of(String tag, String text) {
        return of(Map.of(tag, text));
    }

    /**
     * Creates a text in two languages.
     *
     * @param tag1  first language tag
     * @param text1 text in the first language
     * @param tag2  second language tag
     * @param text2 text in the second language
     * @return the multilingual text
     */
    public static MultilingualText of(String tag1, String text1, String tag2, String text2) {
        return of(Map.of(tag1, text1, tag2, text2));
    }

    /**
     * Creates a text in three languages.
     *
     * @param tag1  first language tag
     * @param text1 text in the first language
     * @param tag2  second language tag
     * @param text2 text in the second language
     * @param tag3  third language tag
     * @param text3 text in the third language
     * @return the multilingual text
     */
    public static MultilingualText of(String tag1, String text1, String tag2, String text2, String tag3, String text3) {
        return of(Map.of(tag1, text1, tag2, text2, tag3, text3));
    }

    /**
     * Returns the text in exactly the given language.
     *
     * @param tag a language tag
     * @return the text, or empty when there is none in that language
     */
    public Optional<String> get(String tag) {
        return Optional.ofNullable(texts.get(tag));
    }

    /**
     * Returns the text to show a reader: in the first of the given languages this text has, else
     * its first text in tag order. Never empty, since a multilingual text has at least one text.
     *
     * <pre>{@code
     * title.preferring("ar", "fr")   // Arabic, else French, else whatever there is
     * }</pre>
     *
     * @param tags the language tags, most wanted first
     * @return the text
     * @since 0.1
     */
    public String preferring(String... tags) {
        for (String tag : tags) {
            String text = texts.get(tag);
            if (text != null) {
                return text;
            }
        }
        return texts.get(texts.firstKey());
    }

    /**
     * Returns the language tags present, in sorted order.
     *
     * @return an unmodifiable view of the tags
     */
    public java.util.Set<String> languages() {
        return texts.keySet();
    }
}
