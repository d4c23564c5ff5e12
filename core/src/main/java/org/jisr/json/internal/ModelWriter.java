package org.jisr.json.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jisr.core.JisrVersion;
import org.jisr.model.Coded;
import org.jisr.model.DocumentLink;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.Funding;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.Involvement;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.Outcome;
import org.jisr.model.ParticipantGroup;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.Reference;
import org.jisr.model.Source;
import org.jisr.model.TimeSpan;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model to a Jackson generator in canonical form: properties in the documented order,
 * absent values and empty lists left out. Stateless apart from the generator; not thread-safe.
 */
public final class ModelWriter {

    private final JsonGenerator g;

    /**
     * Creates a writer.
     *
     * @param generator the generator to write to
     */
    public ModelWriter(JsonGenerator generator) {
        this.g = generator;
    }

    /**
     * Writes a whole document.
     *
     * @param doc the document
     */
    public void document(ExchangeDocument doc) {
        documentStart(doc.metadata());
        for (JisrRecord r : doc.records()) {
            record(r);
        }
        documentEnd(doc.metadata());
    }

    /**
     * Writes what a document has before its first record: {@code jisr}, the metadata but its
     * extensions, and the start of {@code records}. Then write each record with
     * {@link #record(JisrRecord)} and finish with {@link #documentEnd(DocumentMetadata)}: a
     * document written this way, record by record, has the bytes of {@link #document}.
     *
     * @param metadata the document's metadata
     */
    public void documentStart(DocumentMetadata metadata) {
        g.writeStartObject();
        g.writeStringProperty("jisr", JisrVersion.FORMAT);
        metadataFields(metadata);
        g.writeName("records");
        g.writeStartArray();
    }

    /**
     * Writes what a document has after its last record: the end of {@code records}, then the
     * metadata's extensions.
     *
     * @param metadata the document's metadata, as given to {@link #documentStart}
     */
    public void documentEnd(DocumentMetadata metadata) {
        g.writeEndArray();
        // Last, as in the contract's table: after the records, not with the other metadata.
        extensions(metadata.extensions());
        g.writeEndObject();
    }

    /**
     * Writes a {@code Header} object.
     *
     * @param metadata the metadata
     */
    public void header(DocumentMetadata metadata) {
        g.writeStartObject();
        g.writeStringProperty("type", "Header");
        g.writeStringProperty("jisr", JisrVersion.FORMAT);
        metadataFields(metadata);
        extensions(metadata.extensions());
        g.writeEndObject();
    }

    /** The metadata shared by a document and a header, except extensions, which come last. */
    private void metadataFields(DocumentMetadata m) {
        string("id", m.id());
        if (m.created() != null) {
            g.writeStringProperty("created", dateTime(m.created()));
        }
        ref("publisher", m.publisher());
        string("language", m.language());
        text("title", m.title());
        text("description", m.description());
    }

    /**
     * Writes one record.
     *
     * @param r the record
     */
    public void record(JisrRecord r) {
        g.writeStartObject();
        g.writeStringProperty("type", r.type().jsonName());
        g.writeStringProperty("id", r.id());
        if (r instanceof LocalAuthority a) {
                text("name", a.name());
                code("kind", a.kind());
                g.writeStringProperty("country", a.country());
                ref("parent", a.parent());
                string("website", a.website());
                place("place", a.place());
        } else if (r instanceof Organization o) {
                text("name", o.name());
                string("acronym", o.acronym());
                code("kind", o.kind());
                string("country", o.country());
                ref("parent", o.parent());
                if (o.founded() instanceof Year y) {
                    g.writeNumberProperty("founded", y.getValue());
                } else if (o.founded() instanceof LocalDate d) {
                    g.writeStringProperty("founded", d.toString());
                }
                text("description", o.description());
                string("website", o.website());
                place("place", o.place());
        } else if (r instanceof Partnership p) {
                text("name", p.name());
                code("kind", p.kind());
                code("status", p.status());
                refs("parties", p.parties());
                date("signed", p.signed());
                period("period", p.period());
                codes("themes", p.themes());
                list("supporters", p.supporters(), this::involvement);
                text("description", p.description());
                list("documents", p.documents(), this::documentLink);
                list("funding", p.funding(), this::funding);
        } else if (r instanceof Project p) {
                text("title", p.title());
                ref("partnership", p.partnership());
                code("status", p.status());
                text("description", p.description());
                list("goals", p.goals(), t -> textValue(t));
                codes("themes", p.themes());
                period("period", p.period());
                list("participants", p.participants(), this::participation);
                money("budget", p.budget());
                list("funding", p.funding(), this::funding);
                list("documents", p.documents(), this::documentLink);
        } else if (r instanceof Event e) {
                code("kind", e.kind());
                text("title", e.title());
                text("description", e.description());
                code("status", e.status());
                period("period", e.period());
                code("attendanceMode", e.attendanceMode());
                place("venue", e.venue());
                ref("parent", e.parent());
                refs("partnerships", e.partnerships());
                refs("projects", e.projects());
                refs("organizers", e.organizers());
                list("participants", e.participants(), this::participation);
                codes("themes", e.themes());
                list("outcomes", e.outcomes(), this::outcome);
                list("documents", e.documents(), this::documentLink);
        }
        list("identifiers", r.identifiers(), this::identifier);
        list("sources", r.sources(), this::source);
        extensions(r.extensions());
        g.writeEndObject();
    }

    // ---- value types

    private void text(String name, @Nullable MultilingualText t) {
        if (t != null) {
            g.writeName(name);
            textValue(t);
        }
    }

    private void textValue(MultilingualText t) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : t.texts().entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private void identifier(Identifier id) {
        g.writeStartObject();
        g.writeStringProperty("scheme", id.scheme());
        g.writeStringProperty("value", id.value());
        g.writeEndObject();
    }

    private void period(String name, @Nullable TimeSpan span) {
        if (span == null) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("start", temporal(span.start()));
        if (span.end() != null) {
            g.writeStringProperty("end", temporal(span.end()));
        }
        string("timeZone", span.timeZone());
        g.writeEndObject();
    }

    private void money(String name, @Nullable Money m) {
        if (m != null) {
            g.writeName(name);
            moneyValue(m);
        }
    }

    private void moneyValue(Money m) {
        g.writeStartObject();
        g.writeName("amount");
        g.writeNumber(m.amount().toPlainString());
        g.writeStringProperty("currency", m.currency());
        g.writeEndObject();
    }

    private void place(String name, @Nullable Place place) {
        if (place == null) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        text("name", place.name());
        text("address", place.address());
        text("locality", place.locality());
        ref("authority", place.authority());
        string("country", place.country());
        GeoPoint geo = place.geo();
        if (geo != null) {
            g.writeName("geo");
            g.writeStartObject();
            g.writeNumberProperty("lat", geo.lat());
            g.writeNumberProperty("lon", geo.lon());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void source(Source s) {
        g.writeStartObject();
        text("title", s.title());
        string("url", s.url());
        text("publisher", s.publisher());
        if (s.published() != null) {
            g.writeStringProperty("published", temporal(s.published()));
        }
        date("accessed", s.accessed());
        string("language", s.language());
        string("license", s.license());
        g.writeEndObject();
    }

    private void documentLink(DocumentLink d) {
        g.writeStartObject();
        text("title", d.title());
        g.writeStringProperty("url", d.url());
        code("kind", d.kind());
        string("language", d.language());
        date("date", d.date());
        g.writeEndObject();
    }

    private void involvement(Involvement i) {
        g.writeStartObject();
        g.writeStringProperty("organization", i.organization().value());
        code("role", i.role());
        g.writeEndObject();
    }

    private void participation(Participation p) {
        g.writeStartObject();
        ref("participant", p.participant());
        ParticipantGroup group = p.group();
        if (group != null) {
            g.writeName("group");
            g.writeStartObject();
            text("name", group.name());
            string("actorKind", group.actorKind());
            string("country", group.country());
            if (group.size() != null) {
                g.writeNumberProperty("size", group.size());
            }
            g.writeEndObject();
        }
        code("role", p.role());
        code("attendance", p.attendance());
        text("description", p.description());
        g.writeEndObject();
    }

    private void outcome(Outcome o) {
        g.writeStartObject();
        code("kind", o.kind());
        text("description", o.description());
        g.writeEndObject();
    }

    private void funding(Funding f) {
        g.writeStartObject();
        ref("funder", f.funder());
        ref("recipient", f.recipient());
        money("amount", f.amount());
        date("date", f.date());
        if (f.year() != null) {
            g.writeNumberProperty("year", f.year());
        }
        text("purpose", f.purpose());
        code("instrument", f.instrument());
        g.writeEndObject();
    }

    private void extensions(Extensions ext) {
        if (ext.isEmpty()) {
            return;
        }
        g.writeName("extensions");
        g.writeStartObject();
        for (Map.Entry<String, JsonValue.ObjectValue> e : ext.namespaces().entrySet()) {
            g.writeName(e.getKey());
            json(e.getValue());
        }
        g.writeEndObject();
    }

    private void json(JsonValue v) {
        if (v instanceof JsonValue.ObjectValue o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                g.writeName(e.getKey());
                json(e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof JsonValue.ArrayValue a) {
            g.writeStartArray();
            for (JsonValue element : a.elements()) {
                json(element);
            }
            g.writeEndArray();
        } else if (v instanceof JsonValue.StringValue s) {
            g.writeString(s.value());
        } else if (v instanceof JsonValue.NumberValue n) {
            g.writeNumber(n.value().toPlainString());
        } else if (v instanceof JsonValue.BooleanValue b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    // ---- scalars

    private void string(String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private void code(String name, @Nullable Coded value) {
        if (value != null) {
            g.writeStringProperty(name, value.code());
        }
    }

    private void codes(String name, List<? extends Coded> values) {
        list(name, values, c -> g.writeString(c.code()));
    }

    private void ref(String name, @Nullable Reference r) {
        if (r != null) {
            g.writeStringProperty(name, r.value());
        }
    }

    private void refs(String name, List<Reference> values) {
        list(name, values, r -> g.writeString(r.value()));
    }

    private void date(String name, @Nullable LocalDate d) {
        if (d != null) {
            g.writeStringProperty(name, d.toString());
        }
    }

    private <T> void list(String name, List<T> values, Consumer<T> element) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) {
            element.accept(v);
        }
        g.writeEndArray();
    }

    private static String temporal(Temporal t) {
        return t instanceof OffsetDateTime odt ? dateTime(odt) : t.toString();
    }

    private static String dateTime(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
}
