/**
 * Jisr's iCalendar adapter: Event records read from and written to iCalendar files (RFC 5545,
 * {@code .ics}), the format of Outlook, Thunderbird, Google and Apple calendars. It needs
 * {@code org.jisr.core} (required transitively: its types appear in the exported API) and ical4j
 * for recurrence rules and durations. It registers itself for the module path here and for the
 * class path in {@code META-INF/services/org.jisr.spi.Adapter}.
 */
module org.jisr.adapter.ics {
    requires transitive org.jisr.core;
    requires ical4j.core;

    exports org.jisr.adapter.ics;

    provides org.jisr.spi.Adapter with org.jisr.adapter.ics.IcsAdapter;
}
