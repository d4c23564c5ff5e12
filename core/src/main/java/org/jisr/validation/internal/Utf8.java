package org.jisr.validation.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629, the Unicode standard's table 3-7): no overlong
 * form, no surrogate, nothing above U+10FFFF, no truncated sequence. The same bytes that Java's
 * UTF-8 decoder rejects with {@code CodingErrorAction.REPORT}, checked without decoding them, so
 * that a line can be handed to Jackson as bytes.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Eight copies of the backslash, of 1, and of the high bit: for looking at eight bytes at once. */
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Whether the first {@code length} bytes are well-formed UTF-8.
     *
     * @param b      the bytes
     * @param length how many to check
     * @return true when they are
     */
    static boolean isValid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            // Eight ASCII bytes at a time: most of a record's bytes.
            while (i + 8 <= length && ((long) LONGS.get(b, i) & HIGHS) == 0) {
                i += 8;
            }
            if (i >= length) {
                break;
            }
            int c = b[i];
            if (c >= 0) { // ASCII, the common case
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return false; // a continuation byte, or an overlong two-byte form
            }
            if (c < 0xE0) {
                if (i + 1 >= length || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= length) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                int low = c == 0xE0 ? 0xA0 : 0x80; // not overlong
                int high = c == 0xED ? 0x9F : 0xBF; // not a surrogate
                if (c1 < low || c1 > high || !continuation(b[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= length) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                int low = c == 0xF0 ? 0x90 : 0x80; // not overlong
                int high = c == 0xF4 ? 0x8F : 0xBF; // not above U+10FFFF
                if (c1 < low || c1 > high || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first {@code length} bytes hold a backslash followed by {@code u}: the JSON
     * escape of a UTF-16 code unit. Looks for a backslash eight bytes at a time.
     *
     * @param b      the bytes
     * @param length how many to look at
     * @return true when they hold one
     */
    static boolean hasUnicodeEscape(byte[] b, int length) {
        int i = 0;
        while (i + 8 <= length) {
            long x = (long) LONGS.get(b, i) ^ BACKSLASHES;
            if (((x - ONES) & ~x & HIGHS) == 0) { // no byte of x is zero: no backslash among the eight
                i += 8;
                continue;
            }
            for (int end = i + 8; i < end; i++) {
                if (b[i] == '\\' && i + 1 < length && b[i + 1] == 'u') {
                    return true;
                }
            }
        }
        for (; i + 1 < length; i++) {
            if (b[i] == '\\' && b[i + 1] == 'u') {
                return true;
            }
        }
        return false;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
