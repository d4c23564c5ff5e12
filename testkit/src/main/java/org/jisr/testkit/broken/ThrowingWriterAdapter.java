package org.jisr.testkit.broken;

import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;

/**
 * Fails in use: its writer begins normally, then throws an {@link IllegalStateException}
 * ({@code broken on purpose: write}) from every {@code write}. A host must report an
 * {@code adapter.failed} finding (operation {@code write}), stop writing, close the writer and
 * leave no half-written output.
 *
 * @since 0.1
 */
public final class ThrowingWriterAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "throwing-writer";

    /** Creates the adapter. */
    public ThrowingWriterAdapter() {
        super(ID);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new LineWriter(output, context) {
            @Override
            public void write(JisrRecord record) {
                throw new IllegalStateException(ON_PURPOSE + "write");
            }
        };
    }
}
