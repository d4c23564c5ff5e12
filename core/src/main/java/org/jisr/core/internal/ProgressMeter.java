package org.jisr.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jisr.core.Progress;
import org.jisr.core.ProgressListener;

/**
 * Calls a {@link ProgressListener} as its contract says: when {@link ProgressListener#RECORD_INTERVAL}
 * records or {@link ProgressListener#BYTE_INTERVAL} bytes have been read since the last call, and
 * once at the end. Counts the bytes of the streams it {@linkplain #count wraps}. One meter serves
 * one read, on one thread.
 */
public final class ProgressMeter {

    private final String input;
    private final long totalBytes;
    private final ProgressListener listener;
    private long records;
    private long bytes;
    private long reportedRecords;
    private long reportedBytes;
    private boolean done;

    /**
     * Starts a meter.
     *
     * @param input      the input's name
     * @param totalBytes its size, or {@code -1}
     * @param listener   who is told
     */
    public ProgressMeter(String input, long totalBytes, ProgressListener listener) {
        this.input = input;
        this.totalBytes = totalBytes;
        this.listener = listener;
    }

    /**
     * Wraps a stream so that the bytes read from it count. A meter counts the stream it wrapped
     * last: a reader that opens its input again starts from 0.
     *
     * @param in the stream
     * @return the counting stream
     */
    public InputStream count(InputStream in) {
        bytes = 0;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) {
                    bytes(skipped);
                }
                return skipped;
            }
        };
    }

    private void bytes(long n) {
        bytes += n;
        if (bytes - reportedBytes >= ProgressListener.BYTE_INTERVAL) {
            tell(false);
        }
    }

    /** Counts one more record read. */
    public void record() {
        records++;
        if (records - reportedRecords >= ProgressListener.RECORD_INTERVAL) {
            tell(false);
        }
    }

    /** Tells the listener that reading is over; later calls do nothing. */
    public void done() {
        if (!done) {
            tell(true);
            done = true;
        }
    }

    private void tell(boolean end) {
        if (done) {
            return;
        }
        reportedRecords = records;
        reportedBytes = bytes;
        listener.onProgress(new Progress(input, records, bytes, totalBytes, end));
    }

    /**
     * The size of a file, for {@link Progress#totalBytes()}.
     *
     * @param file a path
     * @return its size, or {@code -1} when it is not a regular file or cannot be read
     */
    public static long sizeOf(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : -1;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
