package org.jisr.adapter.ics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.core.JisrIOException;
import org.jisr.validation.FindingType;
import org.jisr.validation.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Reads an iCalendar input as content lines, one at a time, so that memory holds one unfolded
 * line whatever the size of the input. It unfolds at the byte level (RFC 5545 §3.1: a line
 * starting with a space or a tab continues the previous one), so that a character whose UTF-8
 * bytes a careless writer split across a fold is put back together, then decodes each content
 * line strictly. Lines end at LF or CR LF; a byte order mark at the start is skipped.
 *
 * <p>What is not a content line is reported and passed over: a line that is not UTF-8, an empty
 * line, a line without a colon or with a malformed parameter, a value holding a control
 * character. A line longer than {@code maxLineLength} characters, or an input longer than
 * {@code maxDocumentBytes}, ends the reading. Not thread-safe; closes its stream at the end.
 */
public final class ContentLineReader implements AutoCloseable {

    /** Where problems go; each is located by its line and column in the input. */
    @FunctionalInterface
    public interface Problems {
        /**
         * Reports a problem.
         *
         * @param type       the finding type
         * @param line       the 1-based line
         * @param column     the 1-based column
         * @param parameters the finding's parameters
         */
        void report(FindingType type, int line, int column, Map<String, String> parameters);

        /** Problems nobody hears: for a first pass that only looks. */
        Problems NONE = (type, line, column, parameters) -> {
        };
    }

    /** A physical line: its bytes without the line break, and its number. */
    private record Physical(byte[] bytes, int number) {
    }

    private final InputStream in;
    private final Problems problems;
    private final int maxChars;
    private final long maxLineBytes;
    private final long maxDocumentBytes;
    private final byte[] buffer = new byte[8192];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private long bytesRead;
    private int lines;
    private boolean started;
    private boolean ended;
    private boolean closed;
    private boolean bareLineFeedReported;
    private boolean completeBeforeStop;
    private @Nullable Physical pending;

    /**
     * Opens a reader.
     *
     * @param in       the input, closed by {@link #close()} or at the end
     * @param limits   the read limits
     * @param problems where problems go
     */
    public ContentLineReader(InputStream in, ReadLimits limits, Problems problems) {
        this.in = in;
        this.problems = problems;
        this.maxChars = limits.maxLineLength();
        // A character takes at most 4 bytes in UTF-8: a longer line is too long for sure.
        this.maxLineBytes = 4L * maxChars + 4;
        this.maxDocumentBytes = limits.maxDocumentBytes();
    }

    /**
     * Returns the next content line that reads.
     *
     * @return the line, or empty at the end of the input or when a limit stopped the reading
     * @throws JisrIOException when the input cannot be read
     */
    public Optional<ContentLine> next() {
        while (!ended) {
            Physical first = pending != null ? pending : physical();
            pending = null;
            if (first == null) {
                close();
                return Optional.empty();
            }
            if (first.bytes().length == 0) {
                problems.report(IcsFindings.BLANK_LINE, first.number(), 1, Map.of());
                continue;
            }
            ByteArrayOutputStream logical = new ByteArrayOutputStream(first.bytes().length + 64);
            List<int[]> segments = new ArrayList<>();
            segments.add(new int[] {0, first.number(), 0});
            logical.writeBytes(first.bytes());
            boolean tooLong = logical.size() > maxLineBytes;
            Physical next;
            while ((next = physical()) != null && next.bytes().length > 0
                    && (next.bytes()[0] == ' ' || next.bytes()[0] == '\t')) {
                if (!tooLong) {
                    segments.add(new int[] {logical.size(), next.number(), 1});
                    logical.write(next.bytes(), 1, next.bytes().length - 1);
                    tooLong = logical.size() > maxLineBytes;
                }
            }
            pending = next;
            if (ended && !completeBeforeStop) {
                return Optional.empty();
            }
            if (tooLong) {
                stop(IcsFindings.LIMIT_EXCEEDED, first.number(), "maxLineLength", maxChars);
                return Optional.empty();
            }
            String text = decode(logical.toByteArray(), segments);
            if (text == null) {
                continue;
            }
            if (text.codePointCount(0, text.length()) > maxChars) {
                stop(IcsFindings.LIMIT_EXCEEDED, first.number(), "maxLineLength", maxChars);
                return Optional.empty();
            }
            ContentLine line = parse(text, first.number());
            if (line != null) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the number of lines read so far (at the end, the number of lines of the input).
     *
     * @return the count
     */
    public int lineCount() {
        return lines;
    }

    /** Reads the next physical line, or {@code null} at the end (or after a limit). */
    private @Nullable Physical physical() {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean any = false;
        boolean newline = false;
        boolean tooLong = false;
        try {
            while (true) {
                if (position == limit) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        break;
                    }
                    position = 0;
                    limit = n;
                    bytesRead += n;
                    if (bytesRead > maxDocumentBytes) {
                        stop(IcsFindings.LIMIT_EXCEEDED, lines + 1, "maxDocumentBytes", maxDocumentBytes);
                        return null;
                    }
                }
                if (!started) {
                    started = true;
                    if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                            && (buffer[2] & 0xFF) == 0xBF) {
                        position = 3;
                        problems.report(IcsFindings.BYTE_ORDER_MARK, 1, 1, Map.of());
                        continue;
                    }
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                if (!tooLong) {
                    line.write(buffer, position, end - position);
                    tooLong = line.size() > maxLineBytes;
                }
                newline = end < limit;
                position = newline ? end + 1 : end;
                if (newline) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new JisrIOException("could not read line " + (lines + 1), e);
        }
        if (!any) {
            return null;
        }
        lines++;
        if (tooLong) {
            // A new content line too long leaves the one before it complete; a continuation does not.
            byte[] start = line.toByteArray();
            completeBeforeStop = start.length > 0 && start[0] != ' ' && start[0] != '\t';
            stop(IcsFindings.LIMIT_EXCEEDED, lines, "maxLineLength", maxChars);
            return null;
        }
        byte[] bytes = line.toByteArray();
        boolean crlf = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        if (crlf) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        boolean bare = newline && !crlf;
        if (bare && !bareLineFeedReported) {
            bareLineFeedReported = true;
            problems.report(IcsFindings.BARE_LINE_FEED, lines, bytes.length == 0 ? 1 : columnAfter(bytes), Map.of());
        }
        return new Physical(bytes, lines);
    }

    /** The 1-based column just after the line's characters (where its line break is). */
    private static int columnAfter(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.codePointCount(0, text.length()) + 1;
    }

    /** Decodes a logical line, or reports where it is not UTF-8 and returns {@code null}. */
    private @Nullable String decode(byte[] bytes, List<int[]> segments) {
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        decoder.reset();
        CoderResult result = decoder.decode(input, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (!result.isError()) {
            chars.flip();
            return chars.toString();
        }
        int bad = input.position();
        int[] segment = segments.get(0);
        for (int[] s : segments) {
            if (s[0] <= bad) {
                segment = s;
            }
        }
        // The bytes of the segment before the bad one are valid: count their characters.
        String before = new String(bytes, segment[0], bad - segment[0], StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1 + segment[2];
        problems.report(IcsFindings.NOT_UTF8, segment[1], column, Map.of());
        return null;
    }

    /** Parses {@code NAME *(";" param) ":" value}, or reports the line and returns {@code null}. */
    private @Nullable ContentLine parse(String text, int number) {
        int i = 0;
        int n = text.length();
        while (i < n && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return malformed(number);
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        List<ContentLine.Parameter> parameters = new ArrayList<>();
        while (i < n && text.charAt(i) == ';') {
            int start = ++i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || text.charAt(i) != '=') {
                return malformed(number);
            }
            String parameter = text.substring(start, i).toUpperCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            do {
                i++;
                String raw;
                if (i < n && text.charAt(i) == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        return malformed(number);
                    }
                    raw = text.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int s = i;
                    while (i < n && ";:,\"".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                    raw = text.substring(s, i);
                }
                // Control characters are checked as written: RFC 6868's ^n is a line break on purpose.
                if (raw.chars().anyMatch(IcsText::isForbiddenControl)) {
                    return malformed(number);
                }
                values.add(IcsText.decodeParameter(raw));
            } while (i < n && text.charAt(i) == ',');
            parameters.add(new ContentLine.Parameter(parameter, values));
        }
        if (i >= n || text.charAt(i) != ':') {
            return malformed(number);
        }
        String value = text.substring(i + 1);
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (IcsText.isForbiddenControl(c)) {
                problems.report(IcsFindings.CONTROL_CHARACTER, number, 1, Map.of("property", name, "codePoint",
                        String.format(Locale.ROOT, "U+%04X", (int) c)));
                return null;
            }
        }
        return new ContentLine(name, parameters, value, number);
    }

    private @Nullable ContentLine malformed(int number) {
        problems.report(IcsFindings.MALFORMED_LINE, number, 1, Map.of());
        return null;
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    private void stop(FindingType type, int line, String limit, long maximum) {
        ended = true;
        try {
            problems.report(type, line, 1, Map.of("limit", limit, "maximum", String.valueOf(maximum)));
        } finally {
            close();
        }
    }

    /**
     * Closes the input; does nothing the second time.
     *
     * @throws JisrIOException when the stream fails to close
     */
    @Override
    public void close() {
        ended = true;
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            throw new JisrIOException("could not close the input", e);
        }
    }
}
