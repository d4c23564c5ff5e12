package org.jisr.model;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An actor that is not a local authority: an association (Cités Unies France), a ministry or one
 * of its departments, a federation of municipalities, a training centre, an agency.
 *
 * @param id          the record id
 * @param name        its name
 * @param acronym     its acronym ({@code CUF}, {@code CFAD})
 * @param kind        what kind of organisation it is
 * @param country     ISO 3166-1 alpha-2 code
 * @param parent      the organisation it belongs to (a ministry for one of its departments)
 * @param founded     when it was founded: a {@link java.time.Year} or a {@link java.time.LocalDate}
 * @param description what it is and does
 * @param website     its website
 * @param place       its seat
 * @param identifiers global identifiers (SIREN, URI …)
 * @param sources     sources of the facts
 * @param extensions  data the model does not know
 * @since 0.1
 */
public record Organization(
        String id,
        MultilingualText name,
        @Nullable String acronym,
        OrganizationKind kind,
        @Nullable String country,
        @Nullable Reference parent,
        @Nullable Temporal founded,
        @Nullable MultilingualText description,
        @Nullable String website,
        @Nullable Place place,
        List<Identifier> identifiers,
        List<Source> sources,
        Extensions extensions) implements JisrRecord {

    /**
     * Creates an organisation.
     *
     * @throws NullPointerException     when id, name or kind is missing
     * @throws IllegalArgumentException when a text part is empty or {@code founded} is neither a
     *                                  year nor a date
     */
    public Organization {
        Checks.requiredText(id, "id");
        Checks.required(name, "name");
        Checks.optionalText(acronym, "acronym");
        Checks.required(kind, "kind");
        Checks.optionalText(country, "country");
        Checks.yearOrDate(founded, "founded");
        Checks.optionalText(website, "website");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    @Override
    public RecordType type() {
        return RecordType.ORGANIZATION;
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
        Builder b = new Builder().id(id).name(name).acronym(acronym).kind(kind).country(country).parent(parent)
                .founded(founded).description(description).website(website).place(place).extensions(extensions);
        b.identifiers.addAll(identifiers);
        b.sources.addAll(sources);
        return b;
    }

    /** A mutable builder of {@link Organization}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable MultilingualText name;
        private @Nullable String acronym;
        private @Nullable OrganizationKind kind;
        private @Nullable String country;
        private @Nullable Reference parent;
        private @Nullable Temporal founded;
        private @Nullable MultilingualText description;
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

        /** @param value the acronym, or {@code null} @return this builder */
        public Builder acronym(@Nullable String value) {
            this.acronym = value;
            return this;
        }

        /** @param value the kind @return this builder */
        public Builder kind(OrganizationKind value) {
            this.kind = value;
            return this;
        }

        /** @param value the country code, or {@code null} @return this builder */
        public Builder country(@Nullable String value) {
            this.country = value;
            return this;
        }

        /** @param value the parent organisation, or {@code null} @return this builder */
        public Builder parent(@Nullable Reference value) {
            this.parent = value;
            return this;
        }

        /** @param value a {@code Year} or {@code LocalDate}, or {@code null} @return this builder */
        public Builder founded(@Nullable Temporal value) {
            this.founded = value;
            return this;
        }

        /** @param value the description, or {@code null} @return this builder */
        public Builder description(@Nullable MultilingualText value) {
            this.description = value;
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
        public Organization build() {
            return new Organization(Checks.required(id, "id"), Checks.required(name, "name"), acronym,
                    Checks.required(kind, "kind"), country, parent, founded, description, website, place,
                    identifiers, sources, extensions);
        }
    }
}
