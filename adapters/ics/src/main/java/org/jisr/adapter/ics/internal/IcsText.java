package org.jisr.adapter.ics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The escapes of iCalendar values and parameters: TEXT values (RFC 5545 §3.3.11: {@code \\},
 * {@code \;}, {@code \,}, {@code \n}) and parameter values (RFC 6868: {@code ^^}, {@code ^'},
 * {@code ^n}, quoted when they hold {@code :}, {@code ;} or {@code ,}). Stateless.
 */
public final class IcsText {

    private IcsText() {
    }

    /**
     * Escapes a text for a TEXT value; a line feed becomes {@code \n}. The text must hold no
     * other control character than a tab ({@link #withoutControls}).
     *
     * @param text the text
     * @return the escaped value
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Undoes {@link #escape}, leniently: {@code \N} is a line break too, and a backslash before
     * another character (which RFC 5545 does not allow) is kept with it, as most readers do.
     *
     * @param value the TEXT value
     * @return the text
     */
    public static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                switch (n) {
                    case 'n', 'N' -> out.append('\n');
                    case '\\', ';', ',' -> out.append(n);
                    default -> out.append(c).append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits a TEXT list value (CATEGORIES) at its unescaped commas, and unescapes each item.
     *
     * @param value the value
     * @return the items
     */
    public static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                item.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                items.add(unescape(item.toString()));
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(unescape(item.toString()));
        return items;
    }

    /**
     * Writes a parameter value: RFC 6868's caret escapes for {@code ^}, {@code "} and line
     * breaks, and quotes around a value holding {@code :}, {@code ;} or {@code ,}.
     *
     * @param value the value, without control characters other than tabs and line breaks
     * @return the parameter value as written
     */
    public static String parameter(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '^' -> out.append("^^");
                case '"' -> out.append("^'");
                case '\n' -> out.append("^n");
                case ':', ';', ',' -> {
                    quote = true;
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return quote ? "\"" + out + "\"" : out.toString();
    }

    /**
     * Undoes RFC 6868's caret escapes of a parameter value already unquoted; a caret before
     * another character is kept as it is.
     *
     * @param value the value
     * @return the decoded value
     */
    public static String decodeParameter(String value) {
        if (value.indexOf('^') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '^' && i + 1 < value.length()) {
                char n = value.charAt(i + 1);
                if (n == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if (n == '^') {
                    out.append('^');
                    i++;
                    continue;
                }
                if (n == '\'') {
                    out.append('"');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Tells whether a character is one iCalendar values cannot hold: a C0 control other than a
     * tab, or DEL.
     *
     * @param c the character
     * @return {@code true} for a forbidden control character
     */
    public static boolean isForbiddenControl(int c) {
        return c < 0x20 && c != '\t' || c == 0x7F;
    }

    /**
     * Replaces the control characters a text value cannot hold — all C0 controls but tab and
     * line feed (so a carriage return too: a TEXT value has one kind of line break), and DEL —
     * with U+FFFD.
     *
     * @param text the text
     * @return the text itself when it needs no change
     */
    public static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c == '\r' || c != '\n' && isForbiddenControl(c);
            if (bad && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
