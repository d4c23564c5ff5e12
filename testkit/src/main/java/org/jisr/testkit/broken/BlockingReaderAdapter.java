package org.jisr.testkit.broken;

import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;

/**
 * Fails in use: {@code openReader} blocks in a socket read that never gets a byte and that
 * interruption does not end. A host must stop waiting after a time limit
 * ({@code adapter.timed-out}, operation {@code openReader}).
 *
 * @since 0.1
 */
public final class BlockingReaderAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "blocking-reader";

    /** Creates the adapter. */
    public BlockingReaderAdapter() {
        super(ID);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        blockOnRead();
        return super.openReader(input, context);
    }
}
