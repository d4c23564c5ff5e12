package org.jisr.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document attached to a record by its URL: the text of an agreement, minutes, a report.
 *
 * @param title    its title
 * @param url      where it is (absolute URI)
 * @param kind     what kind of document it is
 * @param language the BCP 47 tag of its language
 * @param date     its date
 * @since 0.1
 */
public record DocumentLink(
        @Nullable MultilingualText title,
        String url,
        @Nullable DocumentKind kind,
        @Nullable String language,
        @Nullable LocalDate date) {

    /** Creates a document link; the URL is required. */
    public DocumentLink {
        Checks.requiredText(url, "url");
        Checks.optionalText(language, "language");
    }
}
