package org.jisr.json.internal;

import java.io.CharConversionException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jisr.core.JisrVersion;
import org.jisr.model.AttendanceMode;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Coded;
import org.jisr.model.DocumentKind;
import org.jisr.model.DocumentLink;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.EventStatus;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.Funding;
import org.jisr.model.FundingInstrument;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.Involvement;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.Outcome;
import org.jisr.model.OutcomeKind;
import org.jisr.model.ParticipantGroup;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.PartnershipKind;
import org.jisr.model.PartnershipStatus;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.ProjectStatus;
import org.jisr.model.Reference;
import org.jisr.model.Source;
import org.jisr.model.Theme;
import org.jisr.model.TimeSpan;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Binds the model from a Jackson token stream, one value at a time, without an intermediate tree.
 * Every failure becomes a {@link ReadFailure} with the pointer and position of the
 * offending value. One instance reads one input; not thread-safe.
 */
public final class ModelReader {

    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})");

    /** The result of reading one line of a record stream: a header or a record. */
    public sealed interface Item {
    }

    /**
     * A header line.
     *
     * @param metadata the metadata it carries
     */
    public record HeaderItem(DocumentMetadata metadata) implements Item {
    }

    /**
     * A record line.
     *
     * @param value the record
     */
    public record RecordItem(JisrRecord value) implements Item {
    }

    /** Told of each value as it is read, to remember where it is. */
    @FunctionalInterface
    public interface ValueListener {
        /**
         * Receives a value: the parser's current token starts it (a scalar, or the start of an
         * object or array). Called for every value, so it must be cheap: keep what is needed to
         * find the value again, not its JSON Pointer.
         *
         * @param parser     the parser, on the value's first token
         * @param lineOffset to add to the parser's line numbers
         */
        void at(JsonParser parser, int lineOffset);
    }

    private final JsonParser p;
    private final int lineOffset;
    private @Nullable ValueListener valueListener;
    private boolean pointers = true;

    /**
     * Creates a reader.
     *
     * @param parser     the parser, positioned before the first token
     * @param lineOffset added to the parser's line numbers (for one parser per NDJSON line)
     */
    public ModelReader(JsonParser parser, int lineOffset) {
        this.p = parser;
        this.lineOffset = lineOffset;
    }

    /**
     * Leaves the JSON Pointer out of the failures this reader throws: for a caller that only needs
     * to know whether a record binds (and reads it again to report why not), since working out a
     * pointer at every object was a good part of the time spent binding.
     *
     * @return this reader
     */
    public ModelReader withoutPointers() {
        this.pointers = false;
        return this;
    }

    /**
     * Tells a listener where each value starts from now on, so that a streaming reader can locate
     * the values of the record it last returned.
     *
     * @param listener the listener, or {@code null} for none
     * @return this reader
     */
    public ModelReader onValue(@Nullable ValueListener listener) {
        this.valueListener = listener;
        return this;
    }

    /**
     * Starts reading an exchange document one record at a time.
     *
     * @return a cursor over the document's records
     */
    public DocumentCursor openDocument() {
        return new DocumentCursor(false);
    }

    /**
     * Starts reading only the metadata of an exchange document, skipping its records without
     * binding them (to learn, in a second pass, what a document says after its records).
     *
     * @return a cursor whose {@link DocumentCursor#next()} returns no record
     */
    public DocumentCursor openDocumentMetadata() {
        return new DocumentCursor(true);
    }

    /**
     * Reads an exchange document record by record, so that memory does not grow with it. Its
     * metadata members may come before or after {@code records}; {@link #metadata()} is complete
     * once {@link #next()} has returned empty.
     *
     * <p>A {@link ReadFailure} that is not {@linkplain ReadFailure#fatal() fatal} leaves the cursor
     * usable: the next call skips the rest of the offending value (a record, or a member of the
     * document) and goes on. After a fatal failure the cursor returns no more records. Not
     * thread-safe.
     */
    public final class DocumentCursor {
        private static final int DOCUMENT_DEPTH = 1;
        private static final int RECORDS_DEPTH = 2;

        private final boolean skipRecords;
        private final MetadataFields meta = new MetadataFields();
        private boolean started;
        private boolean inRecords;
        private boolean done;
        private int recover = -1;
        private boolean versionSeen;
        private boolean recordsSeen;
        private int index = -1;
        private @Nullable TokenStreamLocation start;
        private String startPointer = "";

        private DocumentCursor(boolean skipRecords) {
            this.skipRecords = skipRecords;
        }

        /**
         * Returns the next record of the document.
         *
         * @return the record, or empty at the end of the document (or after a fatal failure)
         * @throws ReadFailure when the next record, or a member of the document before it, cannot
         *                     be read
         */
        public Optional<JisrRecord> next() {
            if (done) {
                return Optional.empty();
            }
            try {
                return guarded(this::step);
            } catch (ReadFailure e) {
                if (e.fatal()) {
                    done = true;
                } else {
                    // Skip what is left of the offending value on the next call, so that this
                    // failure is reported before any failure of the skipping itself.
                    recover = inRecords ? RECORDS_DEPTH : DOCUMENT_DEPTH;
                }
                throw e;
            } catch (RuntimeException e) {
                done = true;
                throw e;
            }
        }

        private Optional<JisrRecord> step() {
            if (!started) {
                started = true;
                ModelReader.this.next();
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    // Not a document at all: there is nothing to go on with.
                    throw fatal("expected an exchange document (a JSON object), found " + describe(p.currentToken()),
                            pointer(), p.currentTokenLocation());
                }
                start = p.currentTokenLocation();
                startPointer = pointer();
            }
            if (recover >= 0) {
                while (p.streamReadContext().getNestingDepth() > recover) {
                    ModelReader.this.next();
                }
                recover = -1;
            }
            while (true) {
                if (inRecords) {
                    if (ModelReader.this.next() == JsonToken.END_ARRAY) {
                        inRecords = false;
                        continue;
                    }
                    index++;
                    return Optional.of(((RecordItem) item(false)).value());
                }
                String name = p.nextName();
                if (name == null) {
                    return end();
                }
                ModelReader.this.next();
                switch (name) {
                    case "jisr" -> {
                        versionSeen = true;
                        version();
                    }
                    case "records" -> {
                        recordsSeen = true;
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw failHere("expected an array, found " + describe(p.currentToken()));
                        }
                        if (skipRecords) {
                            p.skipChildren();
                        } else {
                            inRecords = true;
                        }
                    }
                    default -> {
                        if (!meta.accept(name)) {
                            throw unknown(name);
                        }
                    }
                }
            }
        }

        private Optional<JisrRecord> end() {
            done = true;
            TokenStreamLocation at = java.util.Objects.requireNonNull(start);
            if (!versionSeen) {
                throw fail("missing required property \"jisr\"", startPointer, at);
            }
            if (!recordsSeen) {
                throw fail("missing required property \"records\"", startPointer, at);
            }
            build(startPointer, at, meta::build);
            expectEnd();
            return Optional.empty();
        }

        /**
         * Returns the metadata read so far: complete once {@link #next()} has returned empty.
         *
         * @return the metadata; {@link DocumentMetadata#EMPTY} when none could be built
         */
        public DocumentMetadata metadata() {
            try {
                return meta.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                return DocumentMetadata.EMPTY;
            }
        }

        /**
         * Returns the index in {@code records} of the record last read (or being read).
         *
         * @return the index, -1 before the first record
         */
        public int index() {
            return index;
        }

        /**
         * Tells whether the cursor is inside the {@code records} array.
         *
         * @return {@code true} between the array's start and its end
         */
        public boolean inRecords() {
            return inRecords;
        }
    }

    /**
     * Reads a whole exchange document and checks that nothing follows it.
     *
     * @return the document
     */
    public ExchangeDocument readDocument() {
        DocumentCursor cursor = openDocument();
        List<JisrRecord> records = new ArrayList<>();
        Optional<JisrRecord> next;
        while ((next = cursor.next()).isPresent()) {
            records.add(next.get());
        }
        return new ExchangeDocument(cursor.metadata(), records);
    }

    /**
     * Reads one line of a record stream: a record, or a header when allowed.
     *
     * @param allowHeader whether a {@code Header} is acceptable here (only on the first line)
     * @return the item
     */
    public Item readLine(boolean allowHeader) {
        return guarded(() -> {
            next();
            Item result = item(allowHeader);
            expectEnd();
            return result;
        });
    }

    private void expectEnd() {
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw fatal("unexpected content after the end of the JSON value", "", p.currentTokenLocation());
        }
    }

    private <T> T guarded(Supplier<T> body) {
        try {
            return body.get();
        } catch (ReadFailure e) {
            throw e;
        } catch (JacksonIOException e) {
            if (!(e.getCause() instanceof CharConversionException)) {
                throw e; // the input failed, not the data: the caller reports it as such
            }
            // Jackson's UTF-32 decoding reports bad data as an I/O failure.
            TokenStreamLocation loc = p.currentLocation();
            throw new ReadFailure("malformed JSON: " + e.getCause().getMessage(), pointer(),
                    loc.getLineNr() + lineOffset, loc.getColumnNr(), true);
        } catch (tools.jackson.core.exc.StreamConstraintsException e) {
            // A limit: where the parser is, since the exception carries no location.
            TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            String ptr = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
            throw ReadFailure.limit(e.getOriginalMessage(), ptr, loc.getLineNr() + lineOffset, loc.getColumnNr());
        } catch (JacksonException e) {
            // A limit Jackson enforces (nesting depth, number length) comes without a location:
            // the parser's own position is where the reading stopped. Found by fuzzing.
            TokenStreamLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : p.currentLocation();
            String ptr = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
            throw new ReadFailure("malformed JSON: " + e.getOriginalMessage(), ptr,
                    loc == null ? 0 : loc.getLineNr() + lineOffset, loc == null ? 0 : loc.getColumnNr(), true);
        }
    }

    // ---- records

    private Item item(boolean allowHeader) {
        expectStart("a record (a JSON object with a \"type\")");
        TokenStreamLocation start = p.currentTokenLocation();
        String startPointer = pointer();
        String name = p.nextName();
        if (!"type".equals(name)) {
            throw fail("a record must begin with its \"type\" property", startPointer, start);
        }
        next();
        String type = string();
        return switch (type) {
            case "LocalAuthority" -> new RecordItem(localAuthority(startPointer, start));
            case "Organization" -> new RecordItem(organization(startPointer, start));
            case "Partnership" -> new RecordItem(partnership(startPointer, start));
            case "Project" -> new RecordItem(project(startPointer, start));
            case "Event" -> new RecordItem(event(startPointer, start));
            case "Header" -> {
                if (!allowHeader) {
                    throw failHere("a Header may only be the first line of a record stream");
                }
                yield new HeaderItem(header(startPointer, start));
            }
            default -> throw failHere("unknown record type \"" + type + "\"");
        };
    }

    private DocumentMetadata header(String ptr, TokenStreamLocation start) {
        MetadataFields meta = new MetadataFields();
        String version = null;
        String name;
        while ((name = p.nextName()) != null) {
            next();
            if (name.equals("jisr")) {
                version = version();
            } else if (!meta.accept(name)) {
                throw unknown(name);
            }
        }
        if (version == null) {
            throw fail("missing required property \"jisr\"", ptr, start);
        }
        return build(ptr, start, meta::build);
    }

    /** Reads the value of {@code jisr}, refusing (at that value) a version this build cannot read. */
    private String version() {
        String version = string();
        if (!JisrVersion.FORMAT.equals(version)) {
            throw failHere("unsupported format version \"" + version + "\" (this Jisr reads " + JisrVersion.FORMAT + ")");
        }
        return version;
    }

    /** The metadata properties shared by a document and a header. */
    private final class MetadataFields {
        @Nullable String id;
        @Nullable OffsetDateTime created;
        @Nullable Reference publisher;
        @Nullable String language;
        @Nullable MultilingualText title;
        @Nullable MultilingualText description;
        Extensions extensions = Extensions.NONE;

        boolean accept(String name) {
            switch (name) {
                case "id" -> id = string();
                case "created" -> created = dateTime();
                case "publisher" -> publisher = reference();
                case "language" -> language = string();
                case "title" -> title = text();
                case "description" -> description = text();
                case "extensions" -> extensions = extensions();
                default -> {
                    return false;
                }
            }
            return true;
        }

        DocumentMetadata build() {
            return new DocumentMetadata(id, created, publisher, language, title, description, extensions);
        }
    }

    private LocalAuthority localAuthority(String ptr, TokenStreamLocation start) {
        LocalAuthority.Builder b = LocalAuthority.builder("?");
        boolean[] seen = new boolean[4];
        String name;
        while ((name = p.nextName()) != null) {
            next();
            switch (name) {
                case "id" -> { b.id(string()); seen[0] = true; }
                case "name" -> { b.name(text()); seen[1] = true; }
                case "kind" -> { b.kind(code(AuthorityKind.class)); seen[2] = true; }
                case "country" -> { b.country(string()); seen[3] = true; }
                case "parent" -> b.parent(reference());
                case "website" -> b.website(string());
                case "place" -> b.place(place());
                case "identifiers" -> array(this::identifier).forEach(b::identifier);
                case "sources" -> array(this::source).forEach(b::source);
                case "extensions" -> b.extensions(extensions());
                default -> throw unknown(name);
            }
        }
        requireAll(ptr, start, seen, "id", "name", "kind", "country");
        return build(ptr, start, b::build);
    }

    private Organization organization(String ptr, TokenStreamLocation start) {
        Organization.Builder b = Organization.builder("?");
        boolean[] seen = new boolean[3];
        String name;
        while ((name = p.nextName()) != null) {
            next();
            switch (name) {
                case "id" -> { b.id(string()); seen[0] = true; }
                case "name" -> { b.name(text()); seen[1] = true; }
                case "acronym" -> b.acronym(string());
                case "kind" -> { b.kind(code(OrganizationKind.class)); seen[2] = true; }
                case "country" -> b.country(string());
                case "parent" -> b.parent(reference());
                case "founded" -> b.founded(yearOrDate());
                case "description" -> b.description(text());
                case "website" -> b.website(string());
                case "place" -> b.place(place());
                case "identifiers" -> array(this::identifier).forEach(b::identifier);
                case "sources" -> array(this::source).forEach(b::source);
                case "extensions" -> b.extensions(extensions());
                default -> throw unknown(name);
            }
        }
        requireAll(ptr, start, seen, "id", "name", "kind");
        return build(ptr, start, b::build);
    }

    private Partnership partnership(String ptr, TokenStreamLocation start) {
        Partnership.Builder b = Partnership.builder("?");
        boolean[] seen = new boolean[3];
        String name;
        while ((name = p.nextName()) != null) {
            next();
            switch (name) {
                case "id" -> { b.id(string()); seen[0] = true; }
                case "name" -> b.name(text());
                case "kind" -> { b.kind(code(PartnershipKind.class)); seen[1] = true; }
                case "status" -> b.status(code(PartnershipStatus.class));
                case "parties" -> { array(this::reference).forEach(b::party); seen[2] = true; }
                case "signed" -> b.signed(date());
                case "period" -> b.period(timeSpan());
                case "themes" -> array(() -> code(Theme.class)).forEach(b::theme);
                case "supporters" -> array(this::involvement).forEach(b::supporter);
                case "description" -> b.description(text());
                case "documents" -> array(this::documentLink).forEach(b::document);
                case "funding" -> array(this::funding).forEach(b::funding);
                case "identifiers" -> array(this::identifier).forEach(b::identifier);
                case "sources" -> array(this::source).forEach(b::source);
                case "extensions" -> b.extensions(extensions());
                default -> throw unknown(name);
            }
        }
        requireAll(ptr, start, seen, "id", "kind", "parties");
        return build(ptr, start, b::build);
    }

    private Project project(String ptr, TokenStreamLocation start) {
        Project.Builder b = Project.builder("?");
        boolean[] seen = new boolean[2];
        String name;
        while ((name = p.nextName()) != null) {
            next();
            switch (name) {
                case "id" -> { b.id(string()); seen[0] = true; }
                case "title" -> { b.title(text()); seen[1] = true; }
                case "partnership" -> b.partnership(reference());
                case "status" -> b.status(code(ProjectStatus.class));
                case "description" -> b.description(text());
                case "goals" -> array(this::text).forEach(b::goal);
                case "themes" -> array(() -> code(Theme.class)).forEach(b::theme);
                case "period" -> b.period(timeSpan());
                case "participants" -> array(this::participation).forEach(b::participant);
                case "budget" -> b.budget(money());
                case "funding" -> array(this::funding).forEach(b::funding);
                case "documents" -> array(this::documentLink).forEach(b::document);
                case "identifiers" -> array(this::identifier).forEach(b::identifier);
                case "sources" -> array(this::source).forEach(b::source);
                case "extensions" -> b.extensions(extensions());
                default -> throw unknown(name);
            }
        }
        requireAll(ptr, start, seen, "id", "title");
        return build(ptr, start, b::build);
    }

    private Event event(String ptr, TokenStreamLocation start) {
        Event.Builder b = Event.builder("?");
        boolean[] seen = new boolean[4];
        String name;
        while ((name = p.nextName()) != null) {
            next();
            switch (name) {
                case "id" -> { b.id(string()); seen[0] = true; }
                case "kind" -> { b.kind(code(EventKind.class)); seen[1] = true; }
                case "title" -> { b.title(text()); seen[2] = true; }
                case "description" -> b.description(text());
                case "status" -> b.status(code(EventStatus.class));
                case "period" -> { b.period(timeSpan()); seen[3] = true; }
                case "attendanceMode" -> b.attendanceMode(code(AttendanceMode.class));
                case "venue" -> b.venue(place());
                case "parent" -> b.parent(reference());
                case "partnerships" -> array(this::reference).forEach(b::partnership);
                case "projects" -> array(this::reference).forEach(b::project);
                case "organizers" -> array(this::reference).forEach(b::organizer);
                case "participants" -> array(this::participation).forEach(b::participant);
                case "themes" -> array(() -> code(Theme.class)).forEach(b::theme);
                case "outcomes" -> array(this::outcome).forEach(b::outcome);
                case "documents" -> array(this::documentLink).forEach(b::document);
                case "identifiers" -> array(this::identifier).forEach(b::identifier);
                case "sources" -> array(this::source).forEach(b::source);
                case "extensions" -> b.extensions(extensions());
                default -> throw unknown(name);
            }
        }
        requireAll(ptr, start, seen, "id", "kind", "title", "period");
        return build(ptr, start, b::build);
    }

    // ---- value types

    private MultilingualText text() {
        expectStart("a multilingual text (an object of language tag to text)");
        TokenStreamLocation start = p.currentTokenLocation();
        String ptr = pointer();
        TreeMap<String, String> texts = new TreeMap<>();
        String name;
        while ((name = p.nextName()) != null) {
            next();
            texts.put(name, string());
        }
        return build(ptr, start, () -> new MultilingualText(texts));
    }

    private Reference reference() {
        TokenStreamLocation start = p.currentTokenLocation();
        String ptr = pointer();
        String value = string();
        return build(ptr, start, () -> new Reference(value));
    }

    private Identifier identifier() {
        return object("an identifier", (f, s) -> {
            String scheme = null;
            String value = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "scheme" -> scheme = string();
                    case "value" -> value = string();
                    default -> throw unknown(name);
                }
            }
            String sc = scheme;
            String v = value;
            return () -> new Identifier(required(sc, "scheme", f, s), required(v, "value", f, s));
        });
    }

    private TimeSpan timeSpan() {
        return object("a period", (f, s) -> {
            Temporal startValue = null;
            Temporal end = null;
            String zone = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "start" -> startValue = dateOrDateTime();
                    case "end" -> end = dateOrDateTime();
                    case "timeZone" -> zone = string();
                    default -> throw unknown(name);
                }
            }
            Temporal st = startValue;
            Temporal en = end;
            String z = zone;
            return () -> new TimeSpan(required(st, "start", f, s), en, z);
        });
    }

    private Money money() {
        return object("an amount of money", (f, s) -> {
            BigDecimal amount = null;
            String currency = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "amount" -> amount = decimal();
                    case "currency" -> currency = string();
                    default -> throw unknown(name);
                }
            }
            BigDecimal a = amount;
            String c = currency;
            return () -> new Money(required(a, "amount", f, s), required(c, "currency", f, s));
        });
    }

    private Place place() {
        return object("a place", (f, s) -> {
            MultilingualText placeName = null;
            MultilingualText address = null;
            MultilingualText locality = null;
            Reference authority = null;
            String country = null;
            GeoPoint geo = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "name" -> placeName = text();
                    case "address" -> address = text();
                    case "locality" -> locality = text();
                    case "authority" -> authority = reference();
                    case "country" -> country = string();
                    case "geo" -> geo = geo();
                    default -> throw unknown(name);
                }
            }
            MultilingualText n = placeName;
            MultilingualText a = address;
            MultilingualText l = locality;
            Reference au = authority;
            String c = country;
            GeoPoint g = geo;
            return () -> new Place(n, a, l, au, c, g);
        });
    }

    private GeoPoint geo() {
        return object("coordinates", (f, s) -> {
            Double lat = null;
            Double lon = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "lat" -> lat = number();
                    case "lon" -> lon = number();
                    default -> throw unknown(name);
                }
            }
            Double la = lat;
            Double lo = lon;
            return () -> new GeoPoint(required(la, "lat", f, s), required(lo, "lon", f, s));
        });
    }

    private Source source() {
        return object("a source", (f, s) -> {
            MultilingualText title = null;
            String url = null;
            MultilingualText publisher = null;
            Temporal published = null;
            LocalDate accessed = null;
            String language = null;
            String license = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "title" -> title = text();
                    case "url" -> url = string();
                    case "publisher" -> publisher = text();
                    case "published" -> published = dateOrDateTime();
                    case "accessed" -> accessed = date();
                    case "language" -> language = string();
                    case "license" -> license = string();
                    default -> throw unknown(name);
                }
            }
            MultilingualText t = title;
            String u = url;
            MultilingualText pu = publisher;
            Temporal pd = published;
            LocalDate ac = accessed;
            String la = language;
            String li = license;
            return () -> new Source(t, u, pu, pd, ac, la, li);
        });
    }

    private DocumentLink documentLink() {
        return object("a document link", (f, s) -> {
            MultilingualText title = null;
            String url = null;
            DocumentKind kind = null;
            String language = null;
            LocalDate date = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "title" -> title = text();
                    case "url" -> url = string();
                    case "kind" -> kind = code(DocumentKind.class);
                    case "language" -> language = string();
                    case "date" -> date = date();
                    default -> throw unknown(name);
                }
            }
            MultilingualText t = title;
            String u = url;
            DocumentKind k = kind;
            String la = language;
            LocalDate d = date;
            return () -> new DocumentLink(t, required(u, "url", f, s), k, la, d);
        });
    }

    private Involvement involvement() {
        return object("an involvement", (f, s) -> {
            Reference organization = null;
            ParticipantRole role = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "organization" -> organization = reference();
                    case "role" -> role = code(ParticipantRole.class);
                    default -> throw unknown(name);
                }
            }
            Reference o = organization;
            ParticipantRole r = role;
            return () -> new Involvement(required(o, "organization", f, s), required(r, "role", f, s));
        });
    }

    private Participation participation() {
        return object("a participation", (f, s) -> {
            Reference participant = null;
            ParticipantGroup group = null;
            ParticipantRole role = null;
            AttendanceMode attendance = null;
            MultilingualText description = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "participant" -> participant = reference();
                    case "group" -> group = group();
                    case "role" -> role = code(ParticipantRole.class);
                    case "attendance" -> attendance = code(AttendanceMode.class);
                    case "description" -> description = text();
                    default -> throw unknown(name);
                }
            }
            Reference pa = participant;
            ParticipantGroup g = group;
            ParticipantRole r = role;
            AttendanceMode a = attendance;
            MultilingualText d = description;
            return () -> new Participation(pa, g, required(r, "role", f, s), a, d);
        });
    }

    private ParticipantGroup group() {
        return object("a group of participants", (f, s) -> {
            MultilingualText groupName = null;
            String actorKind = null;
            String country = null;
            Integer size = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "name" -> groupName = text();
                    case "actorKind" -> actorKind = string();
                    case "country" -> country = string();
                    case "size" -> size = integer();
                    default -> throw unknown(name);
                }
            }
            MultilingualText n = groupName;
            String k = actorKind;
            String c = country;
            Integer sz = size;
            return () -> new ParticipantGroup(required(n, "name", f, s), k, c, sz);
        });
    }

    private Outcome outcome() {
        return object("an outcome", (f, s) -> {
            OutcomeKind kind = null;
            MultilingualText description = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "kind" -> kind = code(OutcomeKind.class);
                    case "description" -> description = text();
                    default -> throw unknown(name);
                }
            }
            OutcomeKind k = kind;
            MultilingualText d = description;
            return () -> new Outcome(k, required(d, "description", f, s));
        });
    }

    private Funding funding() {
        return object("a funding", (f, s) -> {
            Reference funder = null;
            Reference recipient = null;
            Money amount = null;
            LocalDate date = null;
            Integer year = null;
            MultilingualText purpose = null;
            FundingInstrument instrument = null;
            String name;
            while ((name = p.nextName()) != null) {
                next();
                switch (name) {
                    case "funder" -> funder = reference();
                    case "recipient" -> recipient = reference();
                    case "amount" -> amount = money();
                    case "date" -> date = date();
                    case "year" -> year = integer();
                    case "purpose" -> purpose = text();
                    case "instrument" -> instrument = code(FundingInstrument.class);
                    default -> throw unknown(name);
                }
            }
            Reference fu = funder;
            Reference re = recipient;
            Money am = amount;
            LocalDate da = date;
            Integer ye = year;
            MultilingualText pu = purpose;
            FundingInstrument in = instrument;
            return () -> new Funding(fu, re, am, da, ye, pu, in);
        });
    }

    private Extensions extensions() {
        expectStart("extensions (an object of namespace to object)");
        TokenStreamLocation start = p.currentTokenLocation();
        String ptr = pointer();
        TreeMap<String, JsonValue.ObjectValue> namespaces = new TreeMap<>();
        String name;
        while ((name = p.nextName()) != null) {
            next();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw failHere("an extension must be a JSON object");
            }
            namespaces.put(name, (JsonValue.ObjectValue) any());
        }
        return build(ptr, start, () -> new Extensions(namespaces));
    }

    private JsonValue any() {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw failHere("unexpected end of input");
        }
        return switch (t) {
            case START_OBJECT -> {
                TreeMap<String, JsonValue> members = new TreeMap<>();
                String name;
                while ((name = p.nextName()) != null) {
                    next();
                    checkText(name);
                    members.put(name, any());
                }
                yield new JsonValue.ObjectValue(members);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                while (next() != JsonToken.END_ARRAY) {
                    elements.add(any());
                }
                yield new JsonValue.ArrayValue(elements);
            }
            case VALUE_STRING -> new JsonValue.StringValue(string());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.NumberValue(decimal());
            case VALUE_TRUE -> new JsonValue.BooleanValue(true);
            case VALUE_FALSE -> new JsonValue.BooleanValue(false);
            case VALUE_NULL -> JsonValue.NullValue.INSTANCE;
            default -> throw failHere("unexpected " + t);
        };
    }

    // ---- scalars

    private String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw failHere("expected a string, found " + describe(p.currentToken()));
        }
        String s = p.getString();
        checkText(s);
        return s;
    }

    /** I-JSON (RFC 7493 §2.1): strings must not contain unpaired surrogates. */
    private void checkText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw failHere("unpaired surrogate U+" + Integer.toHexString(c).toUpperCase() + " in a string");
            }
            if (Character.isLowSurrogate(c)) {
                throw failHere("unpaired surrogate U+" + Integer.toHexString(c).toUpperCase() + " in a string");
            }
        }
    }

    private <E extends Enum<E> & Coded> E code(Class<E> type) {
        String code = string();
        return Coded.fromCode(type, code).orElseThrow(() -> failHere("unknown code \"" + code + "\""));
    }

    private LocalDate date() {
        String s = string();
        if (!isDateShape(s)) {
            throw failHere("expected a date (yyyy-MM-dd), found \"" + s + "\"");
        }
        try {
            // What LocalDate.parse(s) gives for this shape, without its formatter (a date is in most records).
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        } catch (DateTimeException e) {
            throw notInCalendar("not a valid date: \"" + s + "\"", s);
        }
    }

    /** Whether a string is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
    static boolean isDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private OffsetDateTime dateTime() {
        String s = string();
        if (!DATE_TIME.matcher(s).matches()) {
            throw failHere("expected a date-time with an offset (RFC 3339), found \"" + s + "\"");
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw notInCalendar("not a valid date-time: \"" + s + "\"", s);
        }
    }

    private Temporal dateOrDateTime() {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().indexOf('T') >= 0) {
            return dateTime();
        }
        return date();
    }

    private Temporal yearOrDate() {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            int year = integer();
            if (year < 1000 || year > 2999) {
                throw failHere("year out of range: " + year);
            }
            return Year.of(year);
        }
        return date();
    }

    private BigDecimal decimal() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw failHere("expected a number, found " + describe(t));
        }
        BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException outOfRange) {
            // An exponent no BigDecimal can hold (-1E+99999999912): Jackson refuses to decode it.
            throw failHere("number out of range: " + p.getString());
        }
        // Numbers are held and written in plain notation: a short 1E+999999999 would take a billion
        // digits (the model's normalisation then fails with an ArithmeticException, or runs for
        // minutes), and anything longer than the parser's limit could not be read back.
        if (plainLength(d) > p.streamReadConstraints().getMaxNumberLength()) {
            throw failHere("number out of range: written in plain notation it would be longer than "
                    + p.streamReadConstraints().getMaxNumberLength() + " characters");
        }
        return d;
    }

    /** The length of {@link BigDecimal#toPlainString()}, without building it. */
    private static long plainLength(BigDecimal d) {
        long integerDigits = Math.max((long) d.precision() - d.scale(), 1);
        long fractionDigits = Math.max(d.scale(), 0);
        return (d.signum() < 0 ? 1 : 0) + integerDigits + (fractionDigits > 0 ? 1 + fractionDigits : 0);
    }

    private double number() {
        BigDecimal d = decimal();
        return d.doubleValue();
    }

    private int integer() {
        BigDecimal d = decimal();
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw failHere("expected a whole number that fits in 32 bits, found " + d);
        }
    }

    // ---- structure

    /** Reads an object of a value type: the body reads its members and returns how to build it. */
    private <T> T object(String what, ObjectBody<T> body) {
        expectStart(what + " (a JSON object)");
        TokenStreamLocation start = p.currentTokenLocation();
        String ptr = pointer();
        Supplier<T> builder = body.read(ptr, start);
        return build(ptr, start, builder);
    }

    @FunctionalInterface
    private interface ObjectBody<T> {
        Supplier<T> read(String pointer, TokenStreamLocation start);
    }

    private <T> List<T> array(Supplier<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw failHere("expected an array, found " + describe(p.currentToken()));
        }
        List<T> values = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            values.add(element.get());
        }
        return values;
    }

    private <T> T build(String ptr, TokenStreamLocation start, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw fail(e.getMessage() == null ? e.toString() : e.getMessage(), ptr, start);
        }
    }

    private <T> T required(@Nullable T value, String name, String ptr, TokenStreamLocation start) {
        if (value == null) {
            throw fail("missing required property \"" + name + "\"", ptr, start);
        }
        return value;
    }

    private void requireAll(String ptr, TokenStreamLocation start, boolean[] seen, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (!seen[i]) {
                throw fail("missing required property \"" + names[i] + "\"", ptr, start);
            }
        }
    }

    private JsonToken next() {
        JsonToken t = p.nextToken();
        if (t == null) {
            // There is no current token at the end: report where the input ended.
            throw fatal("unexpected end of input", pointer(), p.currentLocation());
        }
        if (valueListener != null && (t.isScalarValue() || t.isStructStart())) {
            valueListener.at(p, lineOffset);
        }
        return t;
    }

    private void expectStart(String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw failHere("expected " + what + ", found " + describe(p.currentToken()));
        }
    }

    private String pointer() {
        return pointers ? p.streamReadContext().pathAsPointer().toString() : "";
    }

    private ReadFailure unknown(String name) {
        return failHere("unknown property \"" + name + "\" (data the model does not know belongs in \"extensions\")");
    }

    private ReadFailure failHere(String reason) {
        return fail(reason, pointer(), p.currentTokenLocation());
    }

    private ReadFailure notInCalendar(String reason, String value) {
        TokenStreamLocation loc = p.currentTokenLocation();
        return new ReadFailure(reason, pointer(), loc.getLineNr() + lineOffset, loc.getColumnNr(), value);
    }

    private ReadFailure fail(String reason, String ptr, TokenStreamLocation loc) {
        return new ReadFailure(reason, ptr, loc.getLineNr() + lineOffset, loc.getColumnNr());
    }

    private ReadFailure fatal(String reason, String ptr, TokenStreamLocation loc) {
        return new ReadFailure(reason, ptr, loc.getLineNr() + lineOffset, loc.getColumnNr(), true);
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null (leave optional properties out instead)";
            default -> t.toString();
        };
    }
}
