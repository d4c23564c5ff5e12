package org.jisr.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (no overlong forms, no encoded surrogates, nothing after U+10FFFF) and
 * knows the line and column of the first byte that is not UTF-8, which the JDK's decoder does
 * not tell.
 */
final class StrictUtf8Reader extends Reader {

    /** A byte sequence that is not UTF-8, at a 1-based line and column (counted in characters). */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        NotUtf8(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(65536).flip();
    private final CharBuffer chars = CharBuffer.allocate(65536).flip();
    private boolean eof;
    private int line = 1;
    private int column = 1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        count(chars);
        if (result.isError()) {
            throw new NotUtf8(line, column);
        }
        if (eof && !bytes.hasRemaining() && !chars.hasRemaining()) {
            return false;
        }
        return true;
    }

    private void count(CharBuffer decoded) {
        // On the backing array: a gigabyte of spaces goes through here.
        char[] a = decoded.array();
        int lastNewline = -1;
        int end = decoded.limit();
        for (int i = decoded.position(); i < end; i++) {
            if (a[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        column = lastNewline < 0 ? column + end - decoded.position() : end - lastNewline;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
