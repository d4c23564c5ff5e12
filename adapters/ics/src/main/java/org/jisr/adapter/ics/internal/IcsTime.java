package org.jisr.adapter.ics.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A DATE or DATE-TIME value as written in a file (RFC 5545 §3.3.4, §3.3.5): a date, or a
 * wall-clock time that is in UTC ({@code Z}), in the zone a {@code TZID} names, or floating.
 *
 * @param date  the date, for a DATE value
 * @param local the wall-clock time, for a DATE-TIME value
 * @param utc   whether the DATE-TIME ends with {@code Z}
 * @param tzid  the {@code TZID} parameter of the property, for a DATE-TIME not in UTC
 */
record IcsTime(@Nullable LocalDate date, @Nullable LocalDateTime local, boolean utc, @Nullable String tzid) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter BASIC_LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    boolean isDate() {
        return date != null;
    }

    /**
     * Parses one value.
     *
     * @param text the value ({@code 20241210}, {@code 20241210T090000}, {@code 20241210T080000Z})
     * @param tzid the property's {@code TZID}, ignored for a date or a UTC time
     * @return the time, or empty when the text is neither
     */
    static Optional<IcsTime> parse(String text, @Nullable String tzid) {
        String t = text.strip();
        try {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                return Optional.of(new IcsTime(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), null, false, null));
            }
            m = DATE_TIME.matcher(t);
            if (m.matches()) {
                int second = i(m, 6);
                // A leap second (60) is the last second of its minute: java.time has no 60th.
                LocalDateTime local = LocalDateTime.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)),
                        LocalTime.of(i(m, 4), i(m, 5), Math.min(second, 59)));
                boolean utc = !m.group(7).isEmpty();
                return Optional.of(new IcsTime(null, local, utc, utc ? null : tzid));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Writes a date as {@code 20241210}. */
    static String date(LocalDate date) {
        return BASIC_DATE.format(date);
    }

    /** Writes a wall-clock time as {@code 20241210T090000} (seconds truncated). */
    static String local(LocalDateTime local) {
        return BASIC_LOCAL.format(local);
    }

    /** Writes an instant as a UTC DATE-TIME, {@code 20241210T080000Z} (seconds truncated). */
    static String utc(OffsetDateTime time) {
        return BASIC_LOCAL.format(time.withOffsetSameInstant(ZoneOffset.UTC)) + "Z";
    }
}
