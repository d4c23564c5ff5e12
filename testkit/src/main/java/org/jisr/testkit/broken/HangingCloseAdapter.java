package org.jisr.testkit.broken;

import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;

/**
 * Fails in use: its writer writes every association, then {@code close} loops on the CPU until
 * interrupted, so the output is never completed. A host must stop waiting after a time limit
 * ({@code adapter.timed-out}, operation {@code close}) and leave no output.
 *
 * @since 0.1
 */
public final class HangingCloseAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "hanging-close";

    /** Creates the adapter. */
    public HangingCloseAdapter() {
        super(ID);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new LineWriter(output, context) {
            @Override
            public void close() {
                spinUntilInterrupted("close");
            }
        };
    }
}
