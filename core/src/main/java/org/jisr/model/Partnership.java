package org.jisr.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partnership between local authorities: a twinning (توأمة, jumelage), a cooperation
 * agreement, a friendship pact, a memorandum of understanding.
 *
 * @param id          the record id
 * @param name        its name
 * @param kind        what kind of partnership it is
 * @param status      where it stands
 * @param parties     the authorities it joins (at least two; normally from two countries)
 * @param signed      the signature date
 * @param period      when it runs
 * @param themes      what it is about
 * @param supporters  organisations that support it, with their roles
 * @param description what it is
 * @param documents   linked documents (the agreement text …)
 * @param funding     its funding
 * @param identifiers global identifiers
 * @param sources     sources of the facts
 * @param extensions  data the model does not know
 * @since 0.1
 */
public record Partnership(
        String id,
        @Nullable MultilingualText name,
        PartnershipKind kind,
        @Nullable PartnershipStatus status,
        List<Reference> parties,
        @Nullable LocalDate signed,
        @Nullable TimeSpan period,
        List<Theme> themes,
        List<Involvement> supporters,
        @Nullable MultilingualText description,
        List<DocumentLink> documents,
        List<Funding> funding,
        List<Identifier> identifiers,
        List<Source> sources,
        Extensions extensions) implements JisrRecord {

    /**
     * Creates a partnership.
     *
     * @throws NullPointerException     when id or kind is missing
     * @throws IllegalArgumentException when there are fewer than two parties
     */
    public Partnership {
        Checks.requiredText(id, "id");
        Checks.required(kind, "kind");
        parties = Checks.list(parties, "parties");
        if (parties.size() < 2) {
            throw new IllegalArgumentException("a partnership joins at least two parties");
        }
        themes = Checks.list(themes, "themes");
        supporters = Checks.list(supporters, "supporters");
        documents = Checks.list(documents, "documents");
        funding = Checks.list(funding, "funding");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    @Override
    public RecordType type() {
        return RecordType.PARTNERSHIP;
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
        Builder b = new Builder().id(id).name(name).kind(kind).status(status).signed(signed).period(period)
                .description(description).extensions(extensions);
        b.parties.addAll(parties);
        b.themes.addAll(themes);
        b.supporters.addAll(supporters);
        b.documents.addAll(documents);
        b.funding.addAll(funding);
        b.identifiers.addAll(identifiers);
        b.sources.addAll(sources);
        return b;
    }

    /** A mutable builder of {@link Partnership}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable MultilingualText name;
        private @Nullable PartnershipKind kind;
        private @Nullable PartnershipStatus status;
        private final List<Reference> parties = new ArrayList<>();
        private @Nullable LocalDate signed;
        private @Nullable TimeSpan period;
        private final List<Theme> themes = new ArrayList<>();
        private final List<Involvement> supporters = new ArrayList<>();
        private @Nullable MultilingualText description;
        private final List<DocumentLink> documents = new ArrayList<>();
        private final List<Funding> funding = new ArrayList<>();
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

        /** @param value the name, or {@code null} @return this builder */
        public Builder name(@Nullable MultilingualText value) {
            this.name = value;
            return this;
        }

        /** @param value the kind @return this builder */
        public Builder kind(PartnershipKind value) {
            this.kind = value;
            return this;
        }

        /** @param value the status, or {@code null} @return this builder */
        public Builder status(@Nullable PartnershipStatus value) {
            this.status = value;
            return this;
        }

        /** @param value a party to add @return this builder */
        public Builder party(Reference value) {
            this.parties.add(value);
            return this;
        }

        /** @param value the signature date, or {@code null} @return this builder */
        public Builder signed(@Nullable LocalDate value) {
            this.signed = value;
            return this;
        }

        /** @param value the period, or {@code null} @return this builder */
        public Builder period(@Nullable TimeSpan value) {
            this.period = value;
            return this;
        }

        /** @param value a theme to add @return this builder */
        public Builder theme(Theme value) {
            this.themes.add(value);
            return this;
        }

        /** @param value a supporter to add @return this builder */
        public Builder supporter(Involvement value) {
            this.supporters.add(value);
            return this;
        }

        /** @param value the description, or {@code null} @return this builder */
        public Builder description(@Nullable MultilingualText value) {
            this.description = value;
            return this;
        }

        /** @param value a document to add @return this builder */
        public Builder document(DocumentLink value) {
            this.documents.add(value);
            return this;
        }

        /** @param value a funding to add @return this builder */
        public Builder funding(Funding value) {
            this.funding.add(value);
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
         * @throws NullPointerException     when a required part is missing
         * @throws IllegalArgumentException when there are fewer than two parties
         */
        public Partnership build() {
            return new Partnership(Checks.required(id, "id"), name, Checks.required(kind, "kind"), status, parties,
                    signed, period, themes, supporters, description, documents, funding, identifiers, sources,
                    extensions);
        }
    }
}
