package org.jisr.testkit.broken;

import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Location;

/**
 * Fails in use: its reader never ends. Whatever the input, {@code next()} returns a new
 * association ({@code line-1}, {@code line-2} …) forever, quickly and without growing memory.
 * Nothing in the adapter stops it: a host must, with a limit on records (Jisr's guarded readers
 * stop at {@code ReadLimits.maxRecords()} and report {@code syntax.limit-exceeded}) or on time.
 *
 * @since 0.1
 */
public final class EndlessReaderAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "endless-reader";

    /** Creates the adapter. */
    public EndlessReaderAdapter() {
        super(ID);
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new RecordReader() {
            private int line;

            @Override
            public Optional<JisrRecord> next() {
                line++;
                return Optional.of(association(line, "Association " + line));
            }

            @Override
            public DocumentMetadata metadata() {
                return DocumentMetadata.EMPTY;
            }

            @Override
            public Location locate(String pointerInRecord) {
                return Location.of(input.name(), "", Math.max(line, 1), 1);
            }

            @Override
            public void close() {
                // nothing was opened
            }
        };
    }
}
