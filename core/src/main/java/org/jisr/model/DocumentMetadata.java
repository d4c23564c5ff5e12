package org.jisr.model;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What an exchange says about itself: its id, when and by whom it was made, its main language,
 * title and description. In a document these are top-level properties; in a record stream they
 * are the first line, of type {@code Header}.
 *
 * @param id          an identifier of the exchange (a URI or a local id)
 * @param created     when it was produced
 * @param publisher   the record (authority or organisation) that publishes it
 * @param language    the BCP 47 tag of its main language
 * @param title       its title
 * @param description what it contains
 * @param extensions  data the model does not know
 * @since 0.1
 */
public record DocumentMetadata(
        @Nullable String id,
        @Nullable OffsetDateTime created,
        @Nullable Reference publisher,
        @Nullable String language,
        @Nullable MultilingualText title,
        @Nullable MultilingualText description,
        Extensions extensions) {

    /** Metadata with nothing in it. */
    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null, null, Extensions.NONE);

    /** Creates metadata; every part is optional. */
    public DocumentMetadata {
        Checks.optionalText(id, "id");
        Checks.optionalText(language, "language");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    /**
     * Tells whether no metadata is given.
     *
     * @return {@code true} when every part is absent
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
