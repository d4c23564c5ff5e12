package org.example.jisr.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a Markdown table row, and the escaping that lets any text sit in a cell and read
 * back the same. In a cell, {@code \|}, {@code \\}, {@code \<}, {@code \&} and {@code \[} stand for
 * the character after the backslash (as in Markdown), {@code <br>} for a line break, and
 * {@code &#N;} for a control character or for a space at either end of a text (which the table
 * would otherwise trim). A cell holds a text in its column's language, then texts in other
 * languages, each after its language tag in brackets: {@code Atelier [en] Workshop}.
 */
final class MarkdownCells {

    /** A cell: its raw content without the surrounding spaces, and the 1-based column where it starts. */
    record Cell(String raw, int column) {
        boolean isEmpty() {
            return raw.isEmpty();
        }
    }

    /** A text and its BCP 47 language tag. */
    record Tagged(String language, String text) {
    }

    private static final Pattern DELIMITER = Pattern.compile(":?-+:?");
    private static final Pattern TAG = Pattern.compile("\\[([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)](?: |$)");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
    private static final String ESCAPED = "\\|<&[";

    private MarkdownCells() {
    }

    /** Tells whether a line is a table row: its first non-blank character is a pipe. */
    static boolean isRow(String line) {
        return line.stripLeading().startsWith("|");
    }

    /**
     * Splits a table row into its cells, at each pipe not escaped by a backslash. The pipes at
     * both ends are optional, as in GitHub Flavored Markdown.
     */
    static List<Cell> split(String line) {
        List<Cell> cells = new ArrayList<>();
        int i = line.indexOf('|') + 1;
        int start = i;
        int lastStart = i;
        while (i <= line.length()) {
            if (i == line.length() || line.charAt(i) == '|') {
                cells.add(cell(line, start, i));
                lastStart = start;
                start = i + 1;
            } else if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                i++;
            }
            i++;
        }
        // "| a | b |" ends with a pipe: the blank after the last one is not a cell.
        if (cells.size() > 1 && line.substring(Math.min(lastStart, line.length())).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Cell cell(String line, int from, int to) {
        int start = from;
        int end = Math.min(to, line.length());
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return new Cell(line.substring(start, end), line.codePointCount(0, start) + 1);
    }

    /** Strips the spaces and tabs around a text, and nothing else: other spaces are text. */
    static String stripBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Tells whether the cells make the delimiter row under a header ({@code |---|:--:|}). */
    static boolean isDelimiterRow(List<Cell> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER.matcher(c.raw()).matches());
    }

    /** Writes a text in a cell, escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int last = text.length() - 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("<br>");
            } else if (c < 0x20 || c == 0x7F || c == ' ' && (i == 0 || i == last)) {
                out.append("&#").append((int) c).append(';');
            } else if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Writes texts in a cell: the one in the column's language first, untagged, then the others
     * after their tags, in the order given.
     */
    static String texts(String language, Map<String, String> texts) {
        StringBuilder cell = new StringBuilder();
        String own = texts.get(language);
        if (own != null) {
            cell.append(escape(own));
        }
        texts.forEach((tag, text) -> {
            if (!tag.equals(language)) {
                cell.append(cell.length() == 0 ? "" : " ").append('[').append(tag).append("] ").append(escape(text));
            }
        });
        return cell.toString();
    }

    /** Reads the text of a cell back: the inverse of {@link #escape}. */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
                out.append(raw.charAt(i + 1));
                i += 2;
            } else if (c == '<' && lineBreakAt(raw, i) > 0) {
                out.append('\n');
                i += lineBreakAt(raw, i);
            } else if (c == '&' && characterReferenceAt(raw, i).isPresent()) {
                Matcher m = characterReferenceAt(raw, i).get();
                out.appendCodePoint(codePoint(m));
                i = m.end();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Reads the texts of a cell: the text before the first tag is in the column's language, each
     * tag starts a text in its language. Empty texts are left out.
     */
    static List<Tagged> texts(Cell cell, String language) {
        List<Tagged> texts = new ArrayList<>();
        String raw = cell.raw();
        String current = language;
        int start = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                i += 2;
                continue;
            }
            Matcher tag = TAG.matcher(raw).region(i, raw.length());
            if (c == '[' && tag.lookingAt()) {
                add(texts, current, raw.substring(start, i));
                current = tag.group(1);
                start = tag.end();
                i = tag.end();
            } else {
                i++;
            }
        }
        add(texts, current, raw.substring(start));
        return texts;
    }

    private static void add(List<Tagged> texts, String language, String raw) {
        String text = unescape(stripBlanks(raw));
        if (!text.isEmpty()) {
            texts.add(new Tagged(language, text));
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** The length of a {@code <br>}, {@code <br/>} or {@code <br />} at an index, or 0. */
    private static int lineBreakAt(String raw, int i) {
        for (String form : new String[] {"<br>", "<br/>", "<br />"}) {
            if (raw.regionMatches(true, i, form, 0, form.length())) {
                return form.length();
            }
        }
        return 0;
    }

    private static Optional<Matcher> characterReferenceAt(String raw, int i) {
        Matcher m = CHARACTER_REFERENCE.matcher(raw).region(i, raw.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int cp = codePoint(m);
        return Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) ? Optional.of(m) : Optional.empty();
    }

    private static int codePoint(Matcher m) {
        return m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    }
}
