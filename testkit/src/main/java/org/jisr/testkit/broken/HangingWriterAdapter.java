package org.jisr.testkit.broken;

import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;

/**
 * Fails in use: its writer writes the first association, then {@code write} sleeps forever,
 * ignoring interrupts. A host must stop waiting after a time limit ({@code adapter.timed-out},
 * operation {@code write}) and leave no output.
 *
 * @since 0.1
 */
public final class HangingWriterAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "hanging-writer";

    /** Creates the adapter. */
    public HangingWriterAdapter() {
        super(ID);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new LineWriter(output, context) {
            private int written;

            @Override
            public void write(JisrRecord record) {
                if (written++ > 0) {
                    sleepForever();
                }
                super.write(record);
            }
        };
    }
}
