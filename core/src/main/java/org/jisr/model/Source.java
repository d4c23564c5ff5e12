package org.jisr.model;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;

/**
 * Where the facts of a record come from: a news article, a register, a data set. A source has a
 * title or a URL, or both.
 *
 * @param title     the title of the source
 * @param url       where it can be read (absolute URI)
 * @param publisher who published it
 * @param published when it was published: a {@link LocalDate} or an {@code OffsetDateTime}
 * @param accessed  when it was read
 * @param language  the BCP 47 tag of its language
 * @param license   the licence under which the facts are reused
 * @since 0.1
 */
public record Source(
        @Nullable MultilingualText title,
        @Nullable String url,
        @Nullable MultilingualText publisher,
        @Nullable Temporal published,
        @Nullable LocalDate accessed,
        @Nullable String language,
        @Nullable String license) {

    /**
     * Creates a source.
     *
     * @throws IllegalArgumentException when both title and URL are absent
     */
    public Source {
        Checks.optionalText(url, "url");
        Checks.dateOrDateTime(published, "published");
        Checks.optionalText(language, "language");
        Checks.optionalText(license, "license");
        if (title == null && url == null) {
            throw new IllegalArgumentException("a source needs a title or a url");
        }
    }
}
