package org.jisr.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of a cooperation: a workshop, a working visit, a delegation, a seminar, a training, a
 * conference, a signing, a meeting. An event may be part of another ({@link #parent()}: the
 * workshop of 10 December 2024 was part of a three-day visit).
 *
 * @param id             the record id
 * @param kind           what kind of event it is
 * @param title          its title
 * @param description    what it was about
 * @param status         scheduled, held, cancelled, postponed
 * @param period         when it takes place
 * @param attendanceMode in person, online or hybrid
 * @param venue          where it takes place
 * @param parent         the event it is part of
 * @param partnerships   the partnerships it serves
 * @param projects       the projects it serves
 * @param organizers     who organises it
 * @param participants   who takes part, with their roles and attendance
 * @param themes         what it is about
 * @param outcomes       what it produced
 * @param documents      linked documents
 * @param identifiers    global identifiers
 * @param sources        sources of the facts (the article that reported it)
 * @param extensions     data the model does not know
 * @since 0.1
 */
public record Event(
        String id,
        EventKind kind,
        MultilingualText title,
        @Nullable MultilingualText description,
        @Nullable EventStatus status,
        TimeSpan period,
        @Nullable AttendanceMode attendanceMode,
        @Nullable Place venue,
        @Nullable Reference parent,
        List<Reference> partnerships,
        List<Reference> projects,
        List<Reference> organizers,
        List<Participation> participants,
        List<Theme> themes,
        List<Outcome> outcomes,
        List<DocumentLink> documents,
        List<Identifier> identifiers,
        List<Source> sources,
        Extensions extensions) implements JisrRecord {

    /**
     * Creates an event.
     *
     * @throws NullPointerException when id, kind, title or period is missing
     */
    public Event {
        Checks.requiredText(id, "id");
        Checks.required(kind, "kind");
        Checks.required(title, "title");
        Checks.required(period, "period");
        partnerships = Checks.list(partnerships, "partnerships");
        projects = Checks.list(projects, "projects");
        organizers = Checks.list(organizers, "organizers");
        participants = Checks.list(participants, "participants");
        themes = Checks.list(themes, "themes");
        outcomes = Checks.list(outcomes, "outcomes");
        documents = Checks.list(documents, "documents");
        identifiers = Checks.list(identifiers, "identifiers");
        sources = Checks.list(sources, "sources");
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    @Override
    public RecordType type() {
        return RecordType.EVENT;
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
        Builder b = new Builder().id(id).kind(kind).title(title).description(description).status(status)
                .period(period).attendanceMode(attendanceMode).venue(venue).parent(parent).extensions(extensions);
        b.partnerships.addAll(partnerships);
        b.projects.addAll(projects);
        b.organizers.addAll(organizers);
        b.participants.addAll(participants);
        b.themes.addAll(themes);
        b.outcomes.addAll(outcomes);
        b.documents.addAll(documents);
        b.identifiers.addAll(identifiers);
        b.sources.addAll(sources);
        return b;
    }

    /** A mutable builder of {@link Event}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable EventKind kind;
        private @Nullable MultilingualText title;
        private @Nullable MultilingualText description;
        private @Nullable EventStatus status;
        private @Nullable TimeSpan period;
        private @Nullable AttendanceMode attendanceMode;
        private @Nullable Place venue;
        private @Nullable Reference parent;
        private final List<Reference> partnerships = new ArrayList<>();
        private final List<Reference> projects = new ArrayList<>();
        private final List<Reference> organizers = new ArrayList<>();
        private final List<Participation> participants = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
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

        /** @param value the kind @return this builder */
        public Builder kind(EventKind value) {
            this.kind = value;
            return this;
        }

        /** @param value the title @return this builder */
        public Builder title(MultilingualText value) {
            this.title = value;
            return this;
        }

        /** @param value the description, or {@code null} @return this builder */
        public Builder description(@Nullable MultilingualText value) {
            this.description = value;
            return this;
        }

        /** @param value the status, or {@code null} @return this builder */
        public Builder status(@Nullable EventStatus value) {
            this.status = value;
            return this;
        }

        /** @param value the period @return this builder */
        public Builder period(TimeSpan value) {
            this.period = value;
            return this;
        }

        /** @param value the attendance mode, or {@code null} @return this builder */
        public Builder attendanceMode(@Nullable AttendanceMode value) {
            this.attendanceMode = value;
            return this;
        }

        /** @param value the venue, or {@code null} @return this builder */
        public Builder venue(@Nullable Place value) {
            this.venue = value;
            return this;
        }

        /** @param value the parent event, or {@code null} @return this builder */
        public Builder parent(@Nullable Reference value) {
            this.parent = value;
            return this;
        }

        /** @param value a partnership to add @return this builder */
        public Builder partnership(Reference value) {
            this.partnerships.add(value);
            return this;
        }

        /** @param value a project to add @return this builder */
        public Builder project(Reference value) {
            this.projects.add(value);
            return this;
        }

        /** @param value an organiser to add @return this builder */
        public Builder organizer(Reference value) {
            this.organizers.add(value);
            return this;
        }

        /** @param value a participation to add @return this builder */
        public Builder participant(Participation value) {
            this.participants.add(value);
            return this;
        }

        /** @param value a theme to add @return this builder */
        public Builder theme(Theme value) {
            this.themes.add(value);
            return this;
        }

        /** @param value an outcome to add @return this builder */
        public Builder outcome(Outcome value) {
            this.outcomes.add(value);
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
        public Event build() {
            return new Event(Checks.required(id, "id"), Checks.required(kind, "kind"),
                    Checks.required(title, "title"), description, status, Checks.required(period, "period"),
                    attendanceMode, venue, parent, partnerships, projects, organizers, participants, themes,
                    outcomes, documents, identifiers, sources, extensions);
        }
    }
}
