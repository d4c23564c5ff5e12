package org.example.jisr.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jisr.core.JisrIOException;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a UTF-8 input, one at a time, so that memory does not grow with the file. Each
 * line is decoded on its own: bad UTF-8 is reported on its line, and the next lines still read.
 * A line longer than the limit is not kept in memory.
 */
final class Lines implements AutoCloseable {

    /** A line of the input. */
    sealed interface Line {
        /** The 1-based line number. */
        int number();
    }

    /** A line decoded. */
    record Text(int number, String text) implements Line {
    }

    /** A line that is not valid UTF-8; {@code column} is where the first bad byte is. */
    record Undecodable(int number, int column) implements Line {
    }

    /** A line longer than the limit. */
    record TooLong(int number) implements Line {
    }

    private final InputStream in;
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

    Lines(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        // A character takes at most 4 bytes in UTF-8: a longer line is too long for sure.
        this.maxBytes = 4L * maxChars + 4;
    }

    /** The number of the last line returned (0 before the first). */
    int number() {
        return number;
    }

    /** Returns the next line, or {@code null} at the end of the input. */
    @Nullable Line next() {
        if (ended) {
            return null;
        }
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        try {
            while (true) {
                if (position == limit) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        ended = true;
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
            throw new JisrIOException("could not read the agenda", e);
        }
        number++;
        if (tooLong) {
            return new TooLong(number);
        }
        return decode(line.toByteArray());
    }

    private Line decode(byte[] bytes) {
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
        if (result.isError()) {
            String before = chars.toString();
            return new Undecodable(number, before.codePointCount(0, before.length()) + 1);
        }
        String text = chars.toString();
        if (text.codePointCount(0, text.length()) > maxChars) {
            return new TooLong(number);
        }
        return new Text(number, text);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new JisrIOException("could not close the agenda", e);
        }
    }
}
