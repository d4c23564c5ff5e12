package org.jisr.adapter.ics.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Folds a content line as RFC 5545 §3.1 asks: physical lines of at most 75 octets (the leading
 * space of a continuation line counts), each ended by CR LF, never splitting the UTF-8 sequence
 * of a character. Whole code points are moved, so every physical line is valid UTF-8 on its own,
 * which some readers need although the RFC only asks them to unfold before decoding. Stateless.
 */
public final class Folding {

    /** The most octets of a physical line, its CR LF not counted. */
    public static final int MAX_OCTETS = 75;

    private static final byte[] CRLF = {'\r', '\n'};

    private Folding() {
    }

    /**
     * Folds one content line.
     *
     * @param line the unfolded content line, without its line break
     * @return its UTF-8 bytes, folded, ending with CR LF
     */
    public static byte[] fold(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length() + 16);
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = Character.charCount(cp);
            byte[] bytes = line.substring(i, i + n).getBytes(StandardCharsets.UTF_8);
            if (used + bytes.length > MAX_OCTETS) {
                out.writeBytes(CRLF);
                out.write(' ');
                used = 1;
            }
            out.writeBytes(bytes);
            used += bytes.length;
            i += n;
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }
}
