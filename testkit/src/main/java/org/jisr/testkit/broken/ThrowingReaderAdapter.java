package org.jisr.testkit.broken;

import java.util.Optional;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;

/**
 * Fails in use: its reader returns the first record of the input, then throws an
 * {@link IllegalStateException} ({@code broken on purpose: next}) from the second call to
 * {@code next()}. A host must keep the record read, report an {@code adapter.failed} finding
 * (operation {@code next}), stop reading and still close the reader.
 *
 * @since 0.1
 */
public final class ThrowingReaderAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "throwing-reader";

    /** Creates the adapter. */
    public ThrowingReaderAdapter() {
        super(ID);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new LineReader(input) {
            private boolean once;

            @Override
            public Optional<JisrRecord> next() {
                if (once) {
                    throw new IllegalStateException(ON_PURPOSE + "next");
                }
                once = true;
                return super.next();
            }
        };
    }
}
