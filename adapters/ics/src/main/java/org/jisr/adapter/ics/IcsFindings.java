package org.jisr.adapter.ics;

import java.util.List;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;

/**
 * The problems the iCalendar adapter reports, in the {@code adapter} layer, each located by the
 * line and column in the {@code .ics} file (the first line of a folded content line). Their
 * messages are in the bundle {@value #MESSAGES}, in French, Arabic and English. Codes are frozen
 * once released.
 *
 * <p>Severities follow one rule: an <b>error</b> means the file breaks RFC 5545 in a way that
 * loses something (a line that cannot be read, a value that cannot be parsed, a truncated
 * component); a <b>warning</b> means the file strays from RFC 5545 but nothing was lost, or the
 * file is valid but an event could not become a Jisr record; an <b>info</b> says what a valid
 * file holds that Jisr does not carry. A conversion writes nothing when reading gave an error.
 *
 * <p>Immutable constants; thread-safe.
 *
 * @since 0.1
 */
public final class IcsFindings {

    /** The base name of the bundle of these findings' messages. */
    public static final String MESSAGES = "org.jisr.adapter.ics.messages";

    /**
     * {@code adapter.ics-not-utf8}: a content line is not valid UTF-8 (located at the first bad
     * byte, after unfolding: a character split by a fold is put back together first). The line is
     * not read.
     */
    public static final FindingType NOT_UTF8 = type("not-utf8", Severity.ERROR);

    /**
     * {@code adapter.ics-limit-exceeded}: the input exceeds one of the read limits
     * ({@code {limit}}, whose value is {@code {maximum}}): {@code maxDocumentBytes},
     * {@code maxLineLength} (characters of an unfolded content line), {@code maxRecords},
     * {@code maxProperties} (properties of one component) or {@code maxNestingDepth} (components
     * inside components). Reading stops here.
     */
    public static final FindingType LIMIT_EXCEEDED = type("limit-exceeded", Severity.ERROR, "limit", "maximum");

    /**
     * {@code adapter.ics-byte-order-mark}: the file starts with a UTF-8 byte order mark, which
     * RFC 5545 does not provide for. It is skipped.
     */
    public static final FindingType BYTE_ORDER_MARK = type("byte-order-mark", Severity.WARNING);

    /**
     * {@code adapter.ics-bare-line-feed}: lines end with a line feed alone, where RFC 5545 wants
     * CR LF. Reported once, at the first such line; the file is read all the same.
     */
    public static final FindingType BARE_LINE_FEED = type("bare-line-feed", Severity.WARNING);

    /**
     * {@code adapter.ics-blank-line}: an empty line, which is not a content line. It is skipped.
     */
    public static final FindingType BLANK_LINE = type("blank-line", Severity.WARNING);

    /**
     * {@code adapter.ics-malformed-line}: the line is not a content line
     * ({@code NAME;PARAMETER=value:value}): no colon, a name with other characters than letters,
     * digits and hyphens, or a parameter without {@code =} or with an unclosed quote. The line is
     * not read.
     */
    public static final FindingType MALFORMED_LINE = type("malformed-line", Severity.ERROR);

    /**
     * {@code adapter.ics-control-character}: the value of {@code {property}} holds the control
     * character {@code {codePoint}} (U+hhhh), which RFC 5545 forbids (a tab is allowed). The
     * property is not read.
     */
    public static final FindingType CONTROL_CHARACTER = type("control-character", Severity.ERROR, "property",
            "codePoint");

    /**
     * {@code adapter.ics-no-calendar}: the input holds no iCalendar object: not one
     * {@code BEGIN:} line. Located at its first line; nothing is read.
     */
    public static final FindingType NO_CALENDAR = type("no-calendar", Severity.ERROR);

    /**
     * {@code adapter.ics-outside-calendar}: {@code {name}} stands outside any
     * {@code BEGIN:VCALENDAR} … {@code END:VCALENDAR}. A component there is read all the same; a
     * property there is not.
     */
    public static final FindingType OUTSIDE_CALENDAR = type("outside-calendar", Severity.WARNING, "name");

    /**
     * {@code adapter.ics-calendar-property-missing}: the VCALENDAR has no {@code {property}}
     * ({@code VERSION} or {@code PRODID}, both required by RFC 5545). Located at its
     * {@code BEGIN:VCALENDAR}; the calendar is read all the same.
     */
    public static final FindingType CALENDAR_PROPERTY_MISSING = type("calendar-property-missing", Severity.WARNING,
            "property");

    /**
     * {@code adapter.ics-unterminated-component}: the component {@code {component}} that begins
     * here has no {@code END:} line before the end of the file or of the component around it.
     * An event cut short this way is not read.
     */
    public static final FindingType UNTERMINATED_COMPONENT = type("unterminated-component", Severity.ERROR,
            "component");

    /**
     * {@code adapter.ics-unexpected-end}: an {@code END:{component}} line closes no component that
     * is open. It is not read.
     */
    public static final FindingType UNEXPECTED_END = type("unexpected-end", Severity.ERROR, "component");

    /**
     * {@code adapter.ics-no-start}: the event has no {@code DTSTART} that can be read (RFC 5545
     * requires one, and a Jisr event needs a start). Located at its {@code BEGIN:VEVENT}; the
     * event is not read.
     */
    public static final FindingType NO_START = type("no-start", Severity.ERROR);

    /**
     * {@code adapter.ics-no-title}: the event has no {@code SUMMARY}, which RFC 5545 allows but a
     * Jisr event, which needs a title, does not. Located at its {@code BEGIN:VEVENT}; the event is
     * not read.
     */
    public static final FindingType NO_TITLE = type("no-title", Severity.WARNING);

    /**
     * {@code adapter.ics-missing-uid}: the event has no {@code UID}; it was given the id
     * {@code {id}}, made from its place in the file. Located at its {@code BEGIN:VEVENT}.
     */
    public static final FindingType MISSING_UID = type("missing-uid", Severity.WARNING, "id");

    /**
     * {@code adapter.ics-repeated-property}: the event (or calendar) has {@code {property}} again,
     * where RFC 5545 allows it once. Located at the repetition, which is not read.
     */
    public static final FindingType REPEATED_PROPERTY = type("repeated-property", Severity.ERROR, "property");

    /**
     * {@code adapter.ics-bad-value}: {@code {value}} is not a valid value of {@code {property}}
     * (a date, a date-time, a duration, a recurrence rule, a coordinate, a UTC offset, a Jisr code
     * or item). The property is not read; for a time zone, the zone is not used.
     */
    public static final FindingType BAD_VALUE = type("bad-value", Severity.ERROR, "property", "value");

    /**
     * {@code adapter.ics-bad-parameter}: the parameter {@code {parameter}} of {@code {property}}
     * has the value {@code {value}}, which it cannot have (a language tag that is not BCP 47, a
     * value type that does not fit). The parameter is ignored.
     */
    public static final FindingType BAD_PARAMETER = type("bad-parameter", Severity.WARNING, "property", "parameter",
            "value");

    /**
     * {@code adapter.ics-mixed-period}: the event starts with a date ({@code {start}}) and ends
     * with a date-time ({@code {end}}), or the other way round. Located at its {@code DTEND}, which
     * is not read.
     */
    public static final FindingType MIXED_PERIOD = type("mixed-period", Severity.ERROR, "start", "end");

    /**
     * {@code adapter.ics-floating-time}: the date-time of {@code {property}} has no time zone
     * (a "floating" time, valid in RFC 5545) and the calendar names none ({@code X-WR-TIMEZONE});
     * a Jisr date-time needs its offset, so it was read as UTC. Check the time.
     */
    public static final FindingType FLOATING_TIME = type("floating-time", Severity.WARNING, "property");

    /**
     * {@code adapter.ics-unknown-time-zone}: {@code {property}} refers to the time zone
     * {@code {tzid}}, which the file does not define (no usable VTIMEZONE) and which is not an
     * IANA zone. The time was read as UTC and is probably wrong.
     */
    public static final FindingType UNKNOWN_TIME_ZONE = type("unknown-time-zone", Severity.ERROR, "property",
            "tzid");

    /**
     * {@code adapter.ics-recurrence-truncated}: the event repeats more than {@code {limit}} times
     * (or forever); only its first {@code {limit}} occurrences became records. Located at its
     * {@code RRULE}.
     */
    public static final FindingType RECURRENCE_TRUNCATED = type("recurrence-truncated", Severity.WARNING, "limit");

    /**
     * {@code adapter.ics-duplicate-language}: {@code {property}} gives a second text in the
     * language {@code {language}} for the same field; the second is not read.
     */
    public static final FindingType DUPLICATE_LANGUAGE = type("duplicate-language", Severity.WARNING, "property",
            "language");

    /**
     * {@code adapter.ics-not-read}: what the component holds that a Jisr record does not carry,
     * by name: properties ({@code TRANSP}), parameters ({@code ATTENDEE;CN}), values
     * ({@code CATEGORIES:BUSINESS}) and sub-components ({@code VALARM}), in {@code {names}}.
     * Located at the component's {@code BEGIN:} line; nothing to fix.
     */
    public static final FindingType NOT_READ = type("not-read", Severity.INFO, "names");

    /**
     * {@code adapter.ics-text-changed}: writing, the text at {@code {pointer}} of the record
     * {@code {record}} holds control characters that an iCalendar text cannot hold (only tabs
     * and line breaks can be written); each was written as U+FFFD. Located in the output.
     */
    public static final FindingType TEXT_CHANGED = type("text-changed", Severity.WARNING, "record", "pointer");

    /** Every finding type of the adapter, for catalogs and message checks. */
    public static final List<FindingType> ALL = List.of(NOT_UTF8, LIMIT_EXCEEDED, BYTE_ORDER_MARK, BARE_LINE_FEED,
            BLANK_LINE, MALFORMED_LINE, CONTROL_CHARACTER, NO_CALENDAR, OUTSIDE_CALENDAR, CALENDAR_PROPERTY_MISSING,
            UNTERMINATED_COMPONENT, UNEXPECTED_END, NO_START, NO_TITLE, MISSING_UID, REPEATED_PROPERTY, BAD_VALUE,
            BAD_PARAMETER, MIXED_PERIOD, FLOATING_TIME, UNKNOWN_TIME_ZONE, RECURRENCE_TRUNCATED, DUPLICATE_LANGUAGE,
            NOT_READ, TEXT_CHANGED);

    private IcsFindings() {
    }

    private static FindingType type(String name, Severity severity, String... parameters) {
        return new FindingType("adapter.ics-" + name, Layer.ADAPTER, severity, List.of(parameters), MESSAGES);
    }
}
