package org.jisr.adapter.tabular.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jisr.validation.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Guards against zip bombs while an archive is read as a stream: counts the compressed bytes
 * read from the archive and the bytes its entries expand to, and says when the expansion is too
 * large, too fast or spread over too many entries.
 */
public final class Archives {

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
     * @param limits     the limits: {@code maxExpandedBytes} and {@code maxExpansionRatio}
     * @return the limit exceeded ({@code maxExpandedBytes} or {@code maxExpansionRatio}), or
     *         {@code null} when the expansion is safe
     */
    public static @Nullable String unsafe(long compressed, long expanded, ReadLimits limits) {
        if (expanded > limits.maxExpandedBytes()) {
            return "maxExpandedBytes";
        }
        if (expanded > RATIO_FLOOR && expanded > (long) limits.maxExpansionRatio() * Math.max(1, compressed)) {
            return "maxExpansionRatio";
        }
        return null;
    }

    /**
     * The value of a limit that {@link #unsafe} names.
     *
     * @param limit  the limit's name
     * @param limits the limits
     * @return its value
     */
    public static long maximum(String limit, ReadLimits limits) {
        return limit.equals("maxExpandedBytes") ? limits.maxExpandedBytes() : limits.maxExpansionRatio();
    }
}
