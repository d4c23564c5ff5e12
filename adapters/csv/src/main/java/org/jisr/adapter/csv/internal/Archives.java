package org.jisr.adapter.csv.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Guards against zip bombs while an archive is read as a stream: counts the compressed bytes
 * read from the archive and the bytes its entries expand to, and says when the expansion is too
 * large, too fast or spread over too many entries.
 */
public final class Archives {

    /** The most entries an archive may hold. */
    public static final int MAX_ENTRIES = 1000;
    /** The most an archive may expand, as a multiple of its size, once past {@link #RATIO_FLOOR}. */
    public static final int MAX_RATIO = 100;
    /** Below this many expanded bytes, the ratio is not checked (small files compress very well). */
    public static final long RATIO_FLOOR = 1 << 20;

    private Archives() {
    }

    /** A stream that counts the bytes read through it. */
    public static final class Counting extends FilterInputStream {
        private long count;

        /**
         * Wraps a stream.
         *
         * @param in the stream
         */
        public Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        /**
         * The bytes read so far.
         *
         * @return the count
         */
        public long count() {
            return count;
        }
    }

    /**
     * Tells why an expansion is unsafe.
     *
     * @param compressed the archive's bytes read
     * @param expanded   the bytes its entries gave
     * @param maxBytes   the most bytes allowed in all
     * @return the reason, or {@code null} when it is safe
     */
    public static String unsafe(long compressed, long expanded, long maxBytes) {
        if (expanded > maxBytes) {
            return "its content exceeds " + maxBytes + " bytes";
        }
        if (expanded > RATIO_FLOOR && expanded > (long) MAX_RATIO * Math.max(1, compressed)) {
            return "it expands more than " + MAX_RATIO + " times";
        }
        return null;
    }
}
