package org.jisr.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A local authority: a French commune, département, région or EPCI; a Tunisian municipality
 * (بلدية), governorate (ولاية), delegation or district.
 *
 * @param id          the record id
 * @param name        its name, in as many languages as known
 * @param kind        what kind of authority it is
 * @param country     ISO 3166-1 alpha-2 code ({@code FR}, {@code TN})
 * @param parent      the authority it belongs to
 * @param website     its website (absolute URI)
 * @param place       its seat
 * @param identifiers global identifiers (INSEE COG code, SIREN, ISO 3166-2 …)
 * @param sources     sources of the facts
 * @param extensions  data the model does not know
 * @since 0.1
 */
public record LocalAuthority(
        String id,
        MultilingualText name,
        AuthorityKind kind,
        String country,
        @Nullable Reference parent,
        @Nullable String website,
        @Nullable Place place,
        List<Identifier> identifiers,
        List<Source> sources,
        Extensions extensions) implements JisrRecord {

    /**
     * Creates a local authority.
     *
     * @throws NullPointerException     when id, name, kind or country is missing
     * @throws IllegalArgumentException when a text part is empty
     */
    public LocalAuthority {
        Checks.requiredText(id, "id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        Checks.requiredText(country, "country");
        Checks.optionalText(website, "website");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    @Override
    public RecordType type() {
        return RecordType.LOCAL_AUTHORITY;
    }

    /**
     * Starts a builder.
     *
     * @param id the record id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /**
     * Returns a builder holding this record's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).name(name).kind(kind).country(country).parent(parent).website(website)
                .place(place).extensions(extensions);
        b.identifiers.addAll(identifiers);
        b.sources.addAll(sources);
        return b;
    }

    /** A mutable builder of {@link LocalAuthority}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable MultilingualText name;
        private @Nullable AuthorityKind kind;
        private @Nullable String country;
        private @Nullable Reference parent;
        private @Nullable String website;
        private @Nullable Place place;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /** @param value the id @return this builder */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param value the name @return this builder */
        public Builder name(MultilingualText value) {
            this.name = value;
            return this;
        }

        /** @param value the kind @return this builder */
        public Builder kind(AuthorityKind value) {
            this.kind = value;
            return this;
        }

        /** @param value the ISO 3166-1 alpha-2 country code @return this builder */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** @param value the parent authority, or {@code null} @return this builder */
        public Builder parent(@Nullable Reference value) {
            this.parent = value;
            return this;
        }

        /** @param value the website, or {@code null} @return this builder */
        public Builder website(@Nullable String value) {
            this.website = value;
            return this;
        }

        /** @param value the seat, or {@code null} @return this builder */
        public Builder place(@Nullable Place value) {
            this.place = value;
            return this;
        }

        /** @param value an identifier to add @return this builder */
        public Builder identifier(Identifier value) {
            this.identifiers.add(value);
            return this;
        }

        /** @param value a source to add @return this builder */
        public Builder source(Source value) {
            this.sources.add(value);
            return this;
        }

        /** @param value the extensions @return this builder */
        public Builder extensions(Extensions value) {
            this.extensions = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws NullPointerException when a required part is missing
         */
        public LocalAuthority build() {
            return new LocalAuthority(Checks.required(id, "id"), Checks.required(name, "name"),
                    Checks.required(kind, "kind"), Checks.required(country, "country"), parent, website, place,
                    identifiers, sources, extensions);
        }
    }
}
