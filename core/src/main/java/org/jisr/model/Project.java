package org.jisr.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project: an action carried out within a partnership, with its goals, period, participants,
 * budget and funding.
 *
 * @param id           the record id
 * @param title        its title
 * @param partnership  the partnership it belongs to
 * @param status       where it stands
 * @param description  what it is
 * @param goals        what it aims at
 * @param themes       what it is about
 * @param period       when it runs
 * @param participants who takes part, with their roles
 * @param budget       its total budget
 * @param funding      its funding
 * @param documents    linked documents
 * @param identifiers  global identifiers
 * @param sources      sources of the facts
 * @param extensions   data the model does not know
 * @since 0.1
 */
public record Project(
        String id,
        MultilingualText title,
        @Nullable Reference partnership,
        @Nullable ProjectStatus status,
        @Nullable MultilingualText description,
        List<MultilingualText> goals,
        List<Theme> themes,
        @Nullable TimeSpan period,
        List<Participation> participants,
        @Nullable Money budget,
        List<Funding> funding,
        List<DocumentLink> documents,
        List<Identifier> identifiers,
        List<Source> sources,
        Extensions extensions) implements JisrRecord {

    /**
     * Creates a project.
     *
     * @throws NullPointerException when id or title is missing
     */
    public Project {
        Checks.requiredText(id, "id");
        Checks.required(title, "title");
        goals = Checks.list(goals, "goals");
        themes = Checks.list(themes, "themes");
        participants = Checks.list(participants, "participants");
        funding = Checks.list(funding, "funding");
        documents = Checks.list(documents, "documents");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    @Override
    public RecordType type() {
        return RecordType.PROJECT;
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
        Builder b = new Builder().id(id).title(title).partnership(partnership).status(status)
                .description(description).period(period).budget(budget).extensions(extensions);
        b.goals.addAll(goals);
        b.themes.addAll(themes);
        b.participants.addAll(participants);
        b.funding.addAll(funding);
        b.documents.addAll(documents);
        b.identifiers.addAll(identifiers);
        b.sources.addAll(sources);
        return b;
    }

    /** A mutable builder of {@link Project}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable MultilingualText title;
        private @Nullable Reference partnership;
        private @Nullable ProjectStatus status;
        private @Nullable MultilingualText description;
        private final List<MultilingualText> goals = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private @Nullable TimeSpan period;
        private final List<Participation> participants = new ArrayList<>();
        private @Nullable Money budget;
        private final List<Funding> funding = new ArrayList<>();
        private final List<DocumentLink> documents = new ArrayList<>();
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

        /** @param value the title @return this builder */
        public Builder title(MultilingualText value) {
            this.title = value;
            return this;
        }

        /** @param value the partnership, or {@code null} @return this builder */
        public Builder partnership(@Nullable Reference value) {
            this.partnership = value;
            return this;
        }

        /** @param value the status, or {@code null} @return this builder */
        public Builder status(@Nullable ProjectStatus value) {
            this.status = value;
            return this;
        }

        /** @param value the description, or {@code null} @return this builder */
        public Builder description(@Nullable MultilingualText value) {
            this.description = value;
            return this;
        }

        /** @param value a goal to add @return this builder */
        public Builder goal(MultilingualText value) {
            this.goals.add(value);
            return this;
        }

        /** @param value a theme to add @return this builder */
        public Builder theme(Theme value) {
            this.themes.add(value);
            return this;
        }

        /** @param value the period, or {@code null} @return this builder */
        public Builder period(@Nullable TimeSpan value) {
            this.period = value;
            return this;
        }

        /** @param value a participation to add @return this builder */
        public Builder participant(Participation value) {
            this.participants.add(value);
            return this;
        }

        /** @param value the budget, or {@code null} @return this builder */
        public Builder budget(@Nullable Money value) {
            this.budget = value;
            return this;
        }

        /** @param value a funding to add @return this builder */
        public Builder funding(Funding value) {
            this.funding.add(value);
            return this;
        }

        /** @param value a document to add @return this builder */
        public Builder document(DocumentLink value) {
            this.documents.add(value);
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
        public Project build() {
            return new Project(Checks.required(id, "id"), Checks.required(title, "title"), partnership, status,
                    description, goals, themes, period, participants, budget, funding, documents, identifiers,
                    sources, extensions);
        }
    }
}
