package org.jisr.testkit.broken;

import java.util.Optional;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;

/**
 * Fails in use: its reader returns the first line's association, then {@code next()} allocates
 * without bound until the heap is exhausted ({@code OutOfMemoryError}). What it allocates is
 * reachable only from that call, so a host that abandons the call gets its memory back: Jisr
 * reports {@code adapter.out-of-memory}, operation {@code next}. Run it only in a JVM with a
 * small heap ({@code -Xmx64m}): filling a large one takes long and starves other threads.
 *
 * @since 0.1
 */
public final class AllocatingReaderAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "allocating-reader";

    /** Creates the adapter. */
    public AllocatingReaderAdapter() {
        super(ID);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new LineReader(input) {
            private boolean first = true;

            @Override
            public Optional<JisrRecord> next() {
                if (!first) {
                    allocateWithoutBound();
                }
                first = false;
                return super.next();
            }
        };
    }
}
