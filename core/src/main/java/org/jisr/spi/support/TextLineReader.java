package org.jisr.spi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.validation.Location;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text input as UTF-8 lines, one at a time, so that memory holds one line (at most
 * {@link org.jisr.validation.ReadLimits#maxLineLength()} characters) whatever the size of the
 * input. A line ends at {@code \n} or {@code \r\n}; a UTF-8 byte order mark at the start is
 * skipped; lines are numbered from 1.
 *
 * <p>Each line is decoded on its own, strictly: a line that is not valid UTF-8 is reported and
 * skipped, and the next lines still read. A line longer than the limit is reported and ends the
 * reading (it is not kept in memory). By default these are reported through the
 * {@link AdapterContext} as Jisr's {@code syntax.not-utf8} (parameter {@code detail}, located at
 * the first bad character) and {@code syntax.limit-exceeded} ({@code limit} is
 * {@code maxLineLength}); an adapter that has its own finding types for them passes
 * {@link Problems} instead.
 *
 * <p><b>Lifecycle:</b> {@link #open} opens the input's stream, {@link #close} closes it; the
 * reader also closes it when it reaches the end or stops at a line too long. <b>Threading:</b>
 * not thread-safe; one reader serves one conversion. <b>Nullness:</b> nothing here accepts or
 * returns {@code null}.
 *
 * @since 0.1
 */
public final class TextLineReader implements AutoCloseable {

    /**
     * What a {@link TextLineReader} does about a line it cannot give: report it, usually through
     * the {@link AdapterContext} with the adapter's own finding types. Called on the reader's
     * thread, during {@link TextLineReader#next()}.
     *
     * @since 0.1
     */
    public interface Problems {

        /**
         * A line is not valid UTF-8; it is skipped and reading goes on.
         *
         * @param line   its 1-based number
         * @param column the 1-based character position of the first bad byte
         */
        void notUtf8(int line, int column);

        /**
         * A line is longer than the limit; reading stops there.
         *
         * @param line          its 1-based number
         * @param maxLineLength the limit, in characters
         */
        void tooLong(int line, int maxLineLength);
    }

    private final InputStream in;
    private final Problems problems;
    private final int maxChars;
    private final long maxBytes;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private int number;
    private boolean ended;
    private boolean closed;

    private TextLineReader(InputStream in, Problems problems, int maxChars) {
        this.in = in;
        this.problems = problems;
        this.maxChars = maxChars;
        // A character takes at most 4 bytes in UTF-8: a longer line is too long for sure.
        this.maxBytes = 4L * maxChars + 4;
    }

    /**
     * Opens an input, reporting bad lines as Jisr's {@code syntax.not-utf8} and
     * {@code syntax.limit-exceeded} findings, located in the input by line and column.
     *
     * @param input   the input
     * @param context where to report, and the limits
     * @return the reader; the caller closes it
     * @throws JisrIOException when the input cannot be opened
     */
    public static TextLineReader open(AdapterInput input, AdapterContext context) {
        Problems standard = new Problems() {
            @Override
            public void notUtf8(int line, int column) {
                context.report(SyntaxFindings.NOT_UTF8, Location.of(input.name(), "", line, column),
                        Map.of("detail", "line " + line + " is not valid UTF-8"));
            }

            @Override
            public void tooLong(int line, int maxLineLength) {
                context.report(SyntaxFindings.LIMIT_EXCEEDED, Location.of(input.name(), "", line, 1),
                        Map.of("limit", "maxLineLength", "maximum", String.valueOf(maxLineLength)));
            }
        };
        return open(input, context, standard);
    }

    /**
     * Opens an input, telling {@code problems} about bad lines.
     *
     * @param input    the input
     * @param context  the limits ({@link org.jisr.validation.ReadLimits#maxLineLength()})
     * @param problems what to do about a bad line
     * @return the reader; the caller closes it
     * @throws JisrIOException when the input cannot be opened
     */
    public static TextLineReader open(AdapterInput input, AdapterContext context, Problems problems) {
        Objects.requireNonNull(problems, "problems");
        int max = context.limits().maxLineLength();
        return new TextLineReader(input.openStream(), problems, max);
    }

    /**
     * Returns the next line that reads, without its line ending; a line that is not UTF-8 is
     * reported and passed over.
     *
     * @return the line, or empty at the end of the input or after a line too long
     * @throws JisrIOException when the input cannot be read
     */
    public Optional<String> next() {
        while (!ended) {
            byte[] bytes = nextLine();
            if (bytes == null) {
                close();
                return Optional.empty();
            }
            String text = decode(bytes);
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the number of the last line read, returned or not: the line {@link #next()} just
     * returned, or, at the end, the number of lines in the input (0 for an empty input).
     *
     * @return the 1-based line number, 0 before the first line
     */
    public int lineNumber() {
        return number;
    }

    /** The bytes of the next line without its {@code \n}, or {@code null} at the end; empty when too long. */
    private byte @Nullable [] nextLine() {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        try {
            while (true) {
                if (position == limit) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                    position = 0;
                    limit = n;
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                if (!tooLong) {
                    line.write(buffer, position, end - position);
                    tooLong = line.size() > maxBytes;
                }
                boolean newline = end < limit;
                position = newline ? end + 1 : end;
                if (newline) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new JisrIOException("could not read line " + (number + 1), e);
        }
        number++;
        if (tooLong) {
            stop();
            return new byte[0];
        }
        return line.toByteArray();
    }

    /** The text of a line, or {@code null} after reporting it. */
    private @Nullable String decode(byte[] bytes) {
        if (ended) {
            return null;
        }
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int offset = 0;
        if (number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        CharBuffer chars = CharBuffer.allocate(length - offset);
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, length - offset), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        String text = chars.toString();
        if (result.isError()) {
            problems.notUtf8(number, text.codePointCount(0, text.length()) + 1);
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            stop();
            return null;
        }
        return text;
    }

    private void stop() {
        ended = true;
        try {
            problems.tooLong(number, maxChars);
        } finally {
            close();
        }
    }

    /**
     * Closes the input's stream; does nothing the second time.
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
