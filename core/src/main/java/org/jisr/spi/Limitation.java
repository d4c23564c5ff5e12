package org.jisr.spi;

import java.util.Objects;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * A part of the model an adapter cannot carry, declared in its descriptor: conversions report
 * every value lost this way, by record and JSON Pointer.
 *
 * @param recordType  the record type concerned, or {@code null} for every type
 * @param pointer     a JSON Pointer pattern within the record, {@code *} standing for any array
 *                    index or member name ({@code /participants/}{@code *}{@code /description},
 *                    {@code /extensions})
 * @param description why, in French, Arabic and English, for {@code jisr formats}
 * @since 0.1
 */
public record Limitation(@Nullable RecordType recordType, String pointer, MultilingualText description) {

    /** Creates a limitation. */
    public Limitation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(description, "description");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
    }

    /**
     * Tells whether a concrete pointer of a record of a type falls under this limitation.
     *
     * @param type    the record type
     * @param concrete a JSON Pointer such as {@code /participants/3/description}
     * @return {@code true} when it matches (a pattern also covers everything below it)
     */
    public boolean covers(RecordType type, String concrete) {
        if (recordType != null && recordType != type) {
            return false;
        }
        String[] pattern = pointer.split("/", -1);
        String[] actual = concrete.split("/", -1);
        if (actual.length < pattern.length) {
            return false;
        }
        for (int i = 1; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }
}
