package org.jisr.adapter.ics.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.core.JisrIOException;
import org.jisr.core.JisrVersion;
import org.jisr.model.DocumentLink;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.EventStatus;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.MultilingualText;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Place;
import org.jisr.model.Reference;
import org.jisr.model.Source;
import org.jisr.model.Theme;
import org.jisr.model.TimeSpan;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Writes Event records as the VEVENTs of one VCALENDAR, streaming: each event as it comes, then
 * the VTIMEZONEs of the zones the events used (RFC 5545 lets components come in any order), so
 * that memory does not grow with the number of events. Lines are folded at 75 octets and end
 * with CR LF; texts are escaped. What calendar software shows comes from the standard properties;
 * everything else an event holds goes in {@code X-JISR-…} properties, so that Jisr reads the
 * event back whole (docs/adapters/ics.md). A record that is not an event is reported lost.
 * Not thread-safe.
 */
public final class IcsWriter implements RecordWriter {

    /** DTSTAMP when the document does not say when it was made: RFC 5545 requires one. */
    private static final OffsetDateTime UNKNOWN_STAMP = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final AdapterOutput output;
    private final AdapterContext context;
    private final Map<String, Instant[]> zonesUsed = new TreeMap<>();
    private @Nullable OutputStream out;
    private int lineCount;
    private @Nullable String language;
    private String stamp = IcsTime.utc(UNKNOWN_STAMP);
    private boolean closed;

    /**
     * Prepares a writer; the output is opened by {@link #begin}.
     *
     * @param output  where to write
     * @param context where findings and losses go
     */
    public IcsWriter(AdapterOutput output, AdapterContext context) {
        this.output = output;
        this.context = context;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (out != null) {
            return;
        }
        out = new BufferedOutputStream(output.openStream());
        language = metadata.language();
        if (metadata.created() != null) {
            stamp = IcsTime.utc(metadata.created());
        }
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Jisr//Jisr " + JisrVersion.library() + " iCalendar adapter//EN");
        String record = metadata.id() == null ? "" : metadata.id();
        if (metadata.id() != null) {
            text(Props.X_ID, "", metadata.id(), record, "/id");
        }
        if (metadata.created() != null) {
            line(Props.X_CREATED + ":" + IcsText.escape(metadata.created().toString()));
        }
        if (metadata.publisher() != null) {
            text(Props.X_PUBLISHER, "", metadata.publisher().value(), record, "/publisher");
        }
        if (metadata.language() != null) {
            text(Props.X_LANGUAGE, "", metadata.language(), record, "/language");
        }
        texts("X-WR-CALNAME", Props.X_TITLE, metadata.title(), record, "/title");
        texts("X-WR-CALDESC", Props.X_DESCRIPTION, metadata.description(), record, "/description");
        extensions(metadata.extensions().namespaces());
    }

    @Override
    public void write(JisrRecord record) {
        begin(DocumentMetadata.EMPTY);
        if (!(record instanceof Event e)) {
            context.lost(record, "");
            return;
        }
        String id = e.id();
        String uid = e.identifiers().stream().filter(i -> i.scheme().equals(Ids.UID_SCHEME)).map(Identifier::value)
                .findFirst().orElse(id);
        line("BEGIN:VEVENT");
        text("UID", "", uid, id, "/id");
        if (!uid.equals(id)) {
            text(Props.X_ID, "", id, id, "/id");
        }
        line("DTSTAMP:" + stamp);
        period(e.period());
        texts("SUMMARY", Props.X_TITLE, e.title(), id, "/title");
        texts("DESCRIPTION", Props.X_DESCRIPTION, e.description(), id, "/description");
        status(e.status());
        line(Props.X_KIND + ":" + e.kind().code());
        if (e.attendanceMode() != null) {
            line(Props.X_ATTENDANCE_MODE + ":" + e.attendanceMode().code());
        }
        venue(e.venue(), id);
        if (e.parent() != null) {
            text("RELATED-TO", ";RELTYPE=PARENT", e.parent().value(), id, "/parent");
        }
        references(Props.X_PARTNERSHIP, e.partnerships(), id, "/partnerships/");
        references(Props.X_PROJECT, e.projects(), id, "/projects/");
        organizers(e.organizers(), id);
        participants(e.participants(), id);
        if (!e.themes().isEmpty()) {
            line("CATEGORIES:" + String.join(",", e.themes().stream().map(Theme::code).toList()));
        }
        e.outcomes().forEach(o -> json(Props.X_OUTCOME, "", JsonItems.outcome(o)));
        for (DocumentLink d : e.documents()) {
            boolean urlOnly = d.title() == null && d.kind() == null && d.language() == null && d.date() == null;
            json(Props.X_DOCUMENT, "", urlOnly && !d.url().startsWith("{") ? d.url() : JsonItems.document(d));
        }
        for (int i = 0; i < e.identifiers().size(); i++) {
            Identifier identifier = e.identifiers().get(i);
            text(Props.X_IDENTIFIER, ";" + Props.P_SCHEME + "=" + parameter(identifier.scheme(), id,
                    "/identifiers/" + i + "/scheme"), identifier.value(), id, "/identifiers/" + i + "/value");
        }
        sources(e.sources());
        extensions(e.extensions().namespaces());
        line("END:VEVENT");
    }

    // ---- parts of an event

    private void period(TimeSpan period) {
        if (period.start() instanceof LocalDate start) {
            line("DTSTART;VALUE=DATE:" + IcsTime.date(start));
            if (period.end() instanceof LocalDate last) {
                // DTEND is exclusive: the day after the last one.
                line("DTEND;VALUE=DATE:" + IcsTime.date(last.plusDays(1)));
            }
            if (period.timeZone() != null) {
                line(Props.X_TIME_ZONE + ":" + IcsText.escape(IcsText.withoutControls(period.timeZone())));
            }
            return;
        }
        Optional<ZoneId> zone = period.timeZone() == null ? Optional.empty() : ZoneResolver.iana(period.timeZone());
        dateTime("DTSTART", (OffsetDateTime) period.start(), zone);
        if (period.end() != null) {
            dateTime("DTEND", (OffsetDateTime) period.end(), zone);
        }
        if (period.timeZone() != null && zone.isEmpty()) {
            line(Props.X_TIME_ZONE + ":" + IcsText.escape(IcsText.withoutControls(period.timeZone())));
        }
    }

    /**
     * A DATE-TIME in the event's zone (TZID) or in UTC. When that value cannot say the time
     * exactly — an offset the zone does not have then, fractions of a second — the exact value
     * goes in the {@code X-JISR-VALUE} parameter too.
     */
    private void dateTime(String name, OffsetDateTime time, Optional<ZoneId> zone) {
        StringBuilder line = new StringBuilder(name);
        boolean exact;
        String value;
        if (zone.isPresent()) {
            LocalDateTime local = time.atZoneSameInstant(zone.get()).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
            exact = ZoneResolver.of(zone.get()).resolve(local).equals(time);
            line.append(";TZID=").append(zone.get().getId());
            value = IcsTime.local(local);
            Instant instant = time.toInstant();
            zonesUsed.merge(zone.get().getId(), new Instant[] {instant, instant},
                    (a, b) -> new Instant[] {min(a[0], b[0]), max(a[1], b[1])});
        } else {
            exact = time.getOffset().equals(ZoneOffset.UTC) && time.getNano() == 0;
            value = IcsTime.utc(time);
        }
        if (!exact) {
            line.append(';').append(Props.P_VALUE).append('=').append(IcsText.parameter(time.toString()));
        }
        line(line.append(':').append(value).toString());
    }

    private void status(@Nullable EventStatus status) {
        if (status == null) {
            return;
        }
        switch (status) {
            case SCHEDULED -> line("STATUS:CONFIRMED");
            case CANCELLED -> line("STATUS:CANCELLED");
            case HELD -> {
                line("STATUS:CONFIRMED");
                line(Props.X_STATUS + ":" + status.code());
            }
            case POSTPONED -> {
                line("STATUS:TENTATIVE");
                line(Props.X_STATUS + ":" + status.code());
            }
        }
    }

    private void venue(@Nullable Place venue, String id) {
        if (venue == null) {
            return;
        }
        texts("LOCATION", Props.X_VENUE_NAME, venue.name(), id, "/venue/name");
        texts(Props.X_VENUE_ADDRESS, Props.X_VENUE_ADDRESS, venue.address(), id, "/venue/address");
        texts(Props.X_VENUE_LOCALITY, Props.X_VENUE_LOCALITY, venue.locality(), id, "/venue/locality");
        if (venue.authority() != null) {
            text(Props.X_VENUE_AUTHORITY, "", venue.authority().value(), id, "/venue/authority");
        }
        if (venue.country() != null) {
            text(Props.X_VENUE_COUNTRY, "", venue.country(), id, "/venue/country");
        }
        if (venue.geo() != null) {
            GeoPoint geo = venue.geo();
            line("GEO:" + coordinate(geo.lat()) + ";" + coordinate(geo.lon()));
        }
    }

    /** A coordinate as GEO's FLOAT: plain digits, no exponent; {@code -0.0} kept. */
    private static String coordinate(double value) {
        String plain = BigDecimal.valueOf(value).toPlainString();
        return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0) ? "-" + plain : plain;
    }

    private void references(String name, List<Reference> references, String id, String pointer) {
        for (int i = 0; i < references.size(); i++) {
            text(name, "", references.get(i).value(), id, pointer + i);
        }
    }

    /** ORGANIZER for the first organiser when it is a calendar address (a mailto: URI), as it came. */
    private void organizers(List<Reference> organizers, String id) {
        for (int i = 0; i < organizers.size(); i++) {
            String value = organizers.get(i).value();
            if (i == 0 && isCalendarAddress(value)) {
                line("ORGANIZER:" + value);
            } else {
                text(Props.X_ORGANIZER, "", value, id, "/organizers/" + i);
            }
        }
    }

    /**
     * A participant with a calendar address becomes an ATTENDEE; another one an
     * {@code X-JISR-PARTICIPANT} with its role and attendance as parameters; one with a
     * description or a group, the participation's JSON.
     */
    private void participants(List<Participation> participants, String id) {
        for (int i = 0; i < participants.size(); i++) {
            Participation p = participants.get(i);
            if (p.participant() == null || p.description() != null || p.participant().value().startsWith("{")) {
                json(Props.X_PARTICIPANT, "", JsonItems.participation(p));
                continue;
            }
            String who = p.participant().value();
            String parameters = ";" + Props.P_ROLE + "=" + p.role().code()
                    + (p.attendance() == null ? "" : ";" + Props.P_ATTENDANCE + "=" + p.attendance().code());
            if (isCalendarAddress(who)) {
                line("ATTENDEE;ROLE=" + icalRole(p.role()) + parameters + ":" + who);
            } else {
                text(Props.X_PARTICIPANT, parameters, who, id, "/participants/" + i + "/participant");
            }
        }
    }

    private static String icalRole(ParticipantRole role) {
        return switch (role) {
            case ORGANIZER, CO_ORGANIZER, HOST -> "CHAIR";
            case OBSERVER -> "NON-PARTICIPANT";
            default -> "REQ-PARTICIPANT";
        };
    }

    /** A mailto: URI that can stand unescaped as a CAL-ADDRESS value. */
    private static boolean isCalendarAddress(String value) {
        return value.regionMatches(true, 0, "mailto:", 0, 7) && value.length() > 7 && isUri(value);
    }

    private static boolean isUri(String value) {
        if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Every source in X-JISR-SOURCE; the first URL also in URL, for calendar software. */
    private void sources(List<Source> sources) {
        sources.stream().map(Source::url).filter(u -> u != null && isUri(u)).findFirst()
                .ifPresent(url -> line("URL:" + url));
        for (Source s : sources) {
            boolean urlOnly = s.title() == null && s.publisher() == null && s.published() == null
                    && s.accessed() == null && s.language() == null && s.license() == null;
            json(Props.X_SOURCE, "", urlOnly && !s.url().startsWith("{") ? s.url() : JsonItems.source(s));
        }
    }

    private void extensions(Map<String, JsonValue.ObjectValue> namespaces) {
        for (Map.Entry<String, JsonValue.ObjectValue> e : namespaces.entrySet()) {
            json(Props.X_EXTENSION, ";" + Props.P_NAMESPACE + "=" + IcsText.parameter(e.getKey()),
                    JsonItems.extension(e.getKey(), e.getValue()));
        }
    }

    // ---- texts

    /**
     * A multilingual text: its main language (the document's, when the text has it) in the
     * standard property, the others in Jisr's, each with its LANGUAGE parameter.
     */
    private void texts(String main, String others, @Nullable MultilingualText text, String record, String pointer) {
        if (text == null) {
            return;
        }
        String first = Texts.main(text, language);
        List<String> order = new ArrayList<>();
        order.add(first);
        text.texts().keySet().stream().filter(k -> !k.equals(first)).forEach(order::add);
        for (String tag : order) {
            String at = pointer + "/" + tag.replace("~", "~0").replace("/", "~1");
            text(tag.equals(first) ? main : others, ";LANGUAGE=" + parameter(tag, record, at), text.texts().get(tag),
                    record, at);
        }
    }

    /** A TEXT property; control characters a TEXT cannot hold are replaced, and reported. */
    private void text(String name, String parameters, String value, String record, String pointer) {
        line(name + parameters + ":" + IcsText.escape(clean(value, record, pointer)));
    }

    /** An X- property holding a JSON text (itself without control characters: JSON escapes them). */
    private void json(String name, String parameters, String json) {
        line(name + parameters + ":" + IcsText.escape(json));
    }

    private String parameter(String value, String record, String pointer) {
        return IcsText.parameter(clean(value, record, pointer));
    }

    private String clean(String value, String record, String pointer) {
        String cleaned = IcsText.withoutControls(value);
        if (!cleaned.equals(value)) {
            context.report(IcsFindings.TEXT_CHANGED, Location.of(output.name(), pointer, lineCount + 1, 1),
                    Map.of("record", record, "pointer", pointer));
        }
        return cleaned;
    }

    // ---- output

    private void line(String line) {
        byte[] bytes = Folding.fold(line);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new JisrIOException("could not write the calendar to " + output.name(), e);
        }
        for (byte b : bytes) {
            if (b == '\n') {
                lineCount++;
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        begin(DocumentMetadata.EMPTY);
        closed = true;
        try {
            for (Map.Entry<String, Instant[]> zone : zonesUsed.entrySet()) {
                for (String line : VTimezones.lines(ZoneId.of(zone.getKey()), zone.getValue()[0],
                        zone.getValue()[1])) {
                    line(line);
                }
            }
            line("END:VCALENDAR");
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new JisrIOException("could not write the calendar to " + output.name(), e);
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
