package org.jisr.adapter.tabular.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.text.TextMatching;

/**
 * Reads and writes the numbers and dates people put in spreadsheets, in French and Tunisian
 * forms: decimal comma or point, spaces, no-break spaces and apostrophes between thousands,
 * currency words around amounts, Arabic-Indic digits; dates day first ({@code 10/12/2024},
 * {@code 10-12-2024}, {@code 10.12.2024}), year first ({@code 2024-12-10}, {@code 2024/12/10}),
 * with French month names ({@code 10 décembre 2024}) or the month names used in Tunisia
 * ({@code 10 ديسمبر 2024}, جانفي … ديسمبر, and those of the Mashriq, يناير … ديسمبر), and
 * spreadsheet serial numbers. Stateless and thread-safe.
 */
public final class Values {

    private static final Pattern EXPONENT = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?[eE][+-]?\\d+");
    private static final Pattern CURRENCY = Pattern.compile(
            "(?iu)^\\s*(?:€|eur|euros?|dt|tnd|د\\.?\\s?ت\\.?|دينار|dinars?)\\s*|\\s*(?:€|eur|euros?|dt|tnd|d\\.t\\.?|د\\.?\\s?ت\\.?|دينار|dinars?|ht|ttc)\\s*$");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})(?:er)?\\s+(\\S+(?:\\s\\S+)?)\\s+(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(.+?)[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)");
    private static final Pattern FLOAT_DIGITS = Pattern.compile("(\\d+)\\.0+");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"janvier", "janv", "jan", "january", "جانفي", "يناير", "كانون الثاني"},
            {"février", "fevrier", "févr", "fevr", "fév", "fev", "feb", "february", "فيفري", "فبراير", "شباط"},
            {"mars", "mar", "march", "مارس", "آذار"},
            {"avril", "avr", "apr", "april", "أفريل", "افريل", "أبريل", "ابريل", "نيسان"},
            {"mai", "may", "ماي", "مايو", "أيار"},
            {"juin", "jun", "june", "جوان", "يونيو", "حزيران"},
            {"juillet", "juil", "jul", "july", "جويلية", "يوليو", "تموز"},
            {"août", "aout", "aug", "august", "أوت", "اوت", "أغسطس", "آب"},
            {"septembre", "sept", "sep", "september", "سبتمبر", "أيلول"},
            {"octobre", "oct", "october", "أكتوبر", "اكتوبر", "تشرين الأول"},
            {"novembre", "nov", "november", "نوفمبر", "تشرين الثاني"},
            {"décembre", "decembre", "déc", "dec", "december", "ديسمبر", "كانون الأول"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(TextMatching.compactKey(n), m + 1);
            }
        }
    }

    private Values() {
    }

    /**
     * Replaces Arabic-Indic and Eastern Arabic-Indic digits with ASCII ones, the Arabic decimal
     * separator with a point and removes the Arabic thousands separator.
     *
     * @param text the text
     * @return the text with ASCII digits
     */
    public static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c != '\u066C') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reads a number: {@code 1 234,56}, {@code 1.234,56}, {@code 1,234.56}, {@code 40 000,00 €},
     * {@code 10000.0}, {@code ١٢٥٠٫٥}. With one separator only, it is the decimal separator when
     * it appears once, and a thousands separator when it appears several times.
     *
     * @param text the cell's text
     * @return the number, or empty when it is not one
     */
    public static Optional<BigDecimal> parseNumber(String text) {
        String s = CURRENCY.matcher(asciiDigits(text).strip()).replaceAll("").strip();
        if (EXPONENT.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\'' || c == '\u2019') {
                continue;
            }
            kept.append(c);
        }
        s = kept.toString();
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? "-" : "";
            s = s.substring(1);
        }
        if (s.isEmpty() || !s.matches("[0-9.,]+") || !Character.isDigit(s.charAt(0)) && s.length() == 1) {
            return Optional.empty();
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return Optional.empty();
            }
            plain = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (dots + commas == 0) {
            plain = s;
        } else {
            char sep = dots > 0 ? '.' : ',';
            plain = dots + commas == 1 ? s.replace(sep, '.') : s.replace(String.valueOf(sep), "");
        }
        if (!plain.matches("\\d*\\.?\\d*") || plain.equals(".")) {
            return Optional.empty();
        }
        if (plain.startsWith(".")) {
            plain = "0" + plain;
        }
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return Optional.of(new BigDecimal(sign + plain));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Writes a number as it is (no exponent, no grouping), with the decimal separator given.
     *
     * @param number  the number
     * @param decimal {@code ,} or {@code .}
     * @return the text
     */
    public static String formatNumber(BigDecimal number, char decimal) {
        String plain = number.toPlainString();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }

    /**
     * Reads a date written day first, year first or with a month name (not a serial number).
     *
     * @param text the cell's text
     * @return the date, or empty
     */
    public static Optional<LocalDate> parseDate(String text) {
        String s = asciiDigits(text).strip().replaceAll("[\\s\\u00A0\\u202F]+", " ");
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = NAMED_MONTH.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(TextMatching.compactKey(m.group(2)));
                if (month != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Reads a spreadsheet serial date (days since 30 December 1899, as Excel and LibreOffice
     * count): five digits, with or without {@code .0}, so 1927 to 2173.
     *
     * @param text the cell's text
     * @return the date, or empty when the text is not such a number
     */
    public static Optional<LocalDate> parseSerialDate(String text) {
        Matcher m = SERIAL.matcher(asciiDigits(text).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromSerial(Long.parseLong(m.group(1))));
    }

    /**
     * The date of a spreadsheet serial number.
     *
     * @param days days since 30 December 1899
     * @return the date
     */
    public static LocalDate fromSerial(long days) {
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /**
     * Reads a date-time with its offset: ISO 8601 ({@code 2024-12-10T09:00+01:00}) or a date in one
     * of the forms of {@link #parseDate} followed by the time and the offset
     * ({@code 10/12/2024 09:00 +01:00}).
     *
     * @param text the cell's text
     * @return the date-time, or empty
     */
    public static Optional<OffsetDateTime> parseDateTime(String text) {
        String s = asciiDigits(text).strip();
        try {
            return Optional.of(OffsetDateTime.parse(s));
        } catch (DateTimeException e) {
            // not ISO: try the written forms
        }
        Matcher m = DATE_TIME.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(m.group(1));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(5) == null ? "" : m.group(5);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), nanos);
            String o = m.group(6);
            ZoneOffset offset = o.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(o.length() == 3 ? o + ":00" : o);
            return Optional.of(OffsetDateTime.of(date.get(), time, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a date with the mapping's pattern.
     *
     * @param date    the date
     * @param formats the formats
     * @return the text
     */
    public static String formatDate(LocalDate date, Formats formats) {
        return DateTimeFormatter.ofPattern(formats.datePattern(), Locale.ROOT).format(date);
    }

    /**
     * Writes a date-time as its date with the mapping's pattern, the time ({@code HH:mm}, seconds
     * and fractions only when there are some) and the offset ({@code Z} or {@code +01:00}).
     *
     * @param time    the date-time
     * @param formats the formats
     * @return the text, which {@link #parseDateTime} reads back exactly
     */
    public static String formatDateTime(OffsetDateTime time, Formats formats) {
        StringBuilder s = new StringBuilder(formatDate(time.toLocalDate(), formats)).append(' ');
        s.append(String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()));
        if (time.getSecond() != 0 || time.getNano() != 0) {
            s.append(String.format(Locale.ROOT, ":%02d", time.getSecond()));
        }
        if (time.getNano() != 0) {
            String nanos = String.format(Locale.ROOT, "%09d", time.getNano()).replaceAll("0+$", "");
            s.append('.').append(nanos);
        }
        s.append(' ').append(time.getOffset().equals(ZoneOffset.UTC) ? "Z" : time.getOffset().getId());
        return s.toString();
    }

    /**
     * Repairs a code made of digits that a spreadsheet turned into a decimal number
     * ({@code 21860194600000.0}, {@code 2.18601946E13}).
     *
     * @param text the cell's text
     * @return the digits, or empty when the text is not such a number
     */
    public static Optional<String> repairDigits(String text) {
        String s = text.strip();
        Matcher m = FLOAT_DIGITS.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        if (EXPONENT.matcher(s).matches()) {
            try {
                return Optional.of(new BigDecimal(s).toBigIntegerExact().toString());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads yes or no: oui/non, نعم/لا, yes/no, vrai/faux, true/false, 1/0, x (yes).
     *
     * @param text the cell's text
     * @return the boolean, or empty
     */
    public static Optional<Boolean> parseBoolean(String text) {
        String k = TextMatching.compactKey(asciiDigits(text));
        switch (k) {
            case "oui", "yes", "vrai", "true", "1", "x", "نعم", "o", "y":
                return Optional.of(true);
            case "non", "no", "faux", "false", "0", "لا", "n":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }
}
