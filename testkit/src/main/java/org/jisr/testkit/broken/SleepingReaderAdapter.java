package org.jisr.testkit.broken;

import java.util.Optional;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;

/**
 * Fails in use: its reader returns the first line's association, then {@code next()} sleeps
 * forever, ignoring interrupts. A host must stop waiting after a time limit
 * ({@code adapter.timed-out}, operation {@code next}), keep the record read and write no output.
 *
 * @since 0.1
 */
public final class SleepingReaderAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "sleeping-reader";

    /** Creates the adapter. */
    public SleepingReaderAdapter() {
        super(ID);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new LineReader(input) {
            private boolean first = true;

            @Override
            public Optional<JisrRecord> next() {
                if (!first) {
                    sleepForever();
                }
                first = false;
                return super.next();
            }
        };
    }
}
