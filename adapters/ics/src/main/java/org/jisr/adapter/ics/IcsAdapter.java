package org.jisr.adapter.ics;

import java.util.Locale;
import org.jisr.adapter.ics.internal.IcsReader;
import org.jisr.adapter.ics.internal.IcsWriter;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.spi.support.Detections;

/**
 * iCalendar (RFC 5545, {@code .ics}), the format of Outlook, Thunderbird, Google and Apple
 * calendars: Event records become VEVENTs and VEVENTs become Event records.
 *
 * <ul>
 *   <li><b>Writing</b>, an event is a VEVENT whose standard properties are what calendar
 *       software shows: {@code UID} (the record id), {@code DTSTART}/{@code DTEND} — whole days as
 *       DATE values, the end exclusive (a visit from 9 to 11 December ends on the 12th); times in
 *       the event's zone ({@code TZID}) with a VTIMEZONE for it, or in UTC — {@code SUMMARY},
 *       {@code DESCRIPTION} and {@code LOCATION} in the document's language (with a
 *       {@code LANGUAGE} parameter), {@code GEO}, {@code STATUS}, {@code CATEGORIES} (the theme
 *       codes), {@code RELATED-TO;RELTYPE=PARENT} (the event it is part of), {@code URL} (the first
 *       source's), {@code ORGANIZER} and {@code ATTENDEE} for calendar addresses. Everything else
 *       — the other languages, the kind, the attendance mode, participants with their roles,
 *       identifiers, sources, outcomes, extensions — goes in documented {@code X-JISR-…}
 *       properties, which other software ignores and Jisr reads back, so that an event comes
 *       back whole. Lines are folded at 75 octets without splitting a character, and end with
 *       CR LF. A record that is not an event is reported lost.
 *   <li><b>Reading</b>, each VEVENT becomes an event, or one event per occurrence (at most 100)
 *       when it repeats; an event without a start or a title is reported and skipped. A file
 *       with a byte order mark, LF line ends, blank lines or folds that split a character is
 *       read all the same, with findings located by line ({@link IcsFindings}); what a file holds
 *       that a record does not carry (alarms, attendees' names, vendor properties) is reported
 *       as not read.
 * </ul>
 *
 * <p>The mapping, property by property, is in {@code docs/adapters/ics.md}. Registered for the
 * class path in {@code META-INF/services/org.jisr.spi.Adapter} and for the module path in
 * {@code module-info.java}. Stateless, hence thread-safe: every reader and writer keeps its own
 * state.
 *
 * @since 0.1
 */
public final class IcsAdapter implements Adapter {

    /** The adapter's id. */
    public static final String ID = "ics";

    /** How much of an input detection looks at. */
    private static final int DETECTION_BYTES = 4096;

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.builder(ID, "iCalendar (RFC 5545)")
            .version("1.0.0")
            .mediaTypes("text/calendar")
            .extensions("ics", "ical", "ifb", "icalendar")
            .directions(Direction.READ, Direction.WRITE)
            .recordTypes(RecordType.EVENT)
            .build();

    /** Creates the adapter; {@code ServiceLoader} calls this constructor. */
    public IcsAdapter() {
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Looks at the name and at the first 4 KiB: {@code BEGIN:VCALENDAR} as the first line that is
     * not blank (after a byte order mark, in any case) and an iCalendar extension, weighed as
     * {@link Detections#of} does.
     */
    @Override
    public Detection detect(AdapterInput input) {
        String start = Detections.peekText(input, DETECTION_BYTES).stripLeading();
        boolean calendar = start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR");
        return Detections.of(Detections.hasExtension(input, DESCRIPTOR), calendar, "BEGIN:VCALENDAR");
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new IcsReader(input, context);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new IcsWriter(output, context);
    }
}
