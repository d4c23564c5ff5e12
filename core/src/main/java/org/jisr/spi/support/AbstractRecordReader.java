package org.jisr.spi.support;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RecordReader} with the defaults most formats need: no {@linkplain #metadata()
 * metadata}, every value of a record {@linkplain #locate located} at the record itself (where
 * the subclass said it was with {@link #recordAt}), and {@linkplain #close() closing} the
 * resources the subclass {@linkplain #closeLater registered}. A subclass implements
 * {@link #next()}, and refines {@link #locate} when it knows where each value comes from.
 *
 * <p><b>Threading:</b> not thread-safe, as every reader. <b>Lifecycle:</b> the host closes the
 * reader once it is done, whether reading succeeded or not; closing twice does nothing.
 * <b>Nullness:</b> nothing here accepts or returns {@code null}.
 *
 * @since 0.1
 */
public abstract class AbstractRecordReader implements RecordReader {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Location recordLocation;

    /**
     * Creates a reader whose records are located at the start of the input until
     * {@link #recordAt} says otherwise.
     *
     * @param inputName the name of the input, as {@link org.jisr.spi.AdapterInput#name()} gives it
     */
    protected AbstractRecordReader(String inputName) {
        this.recordLocation = Location.of(inputName, "", 0, 0);
    }

    /**
     * Says where the record that {@link #next()} is about to return is in the input: call it
     * before returning each record.
     *
     * @param location the record's location (its line, its row, its cell)
     */
    protected final void recordAt(Location location) {
        this.recordLocation = Objects.requireNonNull(location, "location");
    }

    /**
     * Returns the location given to {@link #recordAt} for the last record (line and column 0
     * before the first).
     *
     * @return the location
     */
    protected final Location recordLocation() {
        return recordLocation;
    }

    /**
     * Registers a resource for {@link #close()} to close, such as the stream or the
     * {@link TextLineReader} the reader opened; resources are closed in the reverse order of
     * their registration.
     *
     * @param <C>      its type
     * @param resource the resource
     * @return the resource, for chaining
     */
    protected final <C extends AutoCloseable> C closeLater(C resource) {
        resources.push(Objects.requireNonNull(resource, "resource"));
        return resource;
    }

    /**
     * Returns {@link DocumentMetadata#EMPTY}: most formats say nothing about themselves.
     *
     * @return the metadata
     */
    @Override
    public DocumentMetadata metadata() {
        return DocumentMetadata.EMPTY;
    }

    /**
     * Returns the location of the last record, whatever the pointer; override to point at the
     * value itself.
     *
     * @param pointerInRecord a JSON Pointer relative to the record
     * @return the record's location
     */
    @Override
    public Location locate(String pointerInRecord) {
        return recordLocation;
    }

    /**
     * Closes every registered resource, even when one fails; the first failure is thrown with
     * the others suppressed, an {@link IOException} (or another checked exception) wrapped in a
     * {@link JisrIOException}.
     *
     * @throws JisrIOException when a resource fails to close
     */
    @Override
    public void close() {
        @Nullable RuntimeException failure = null;
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (RuntimeException e) {
                failure = chain(failure, e);
            } catch (IOException e) {
                failure = chain(failure, new JisrIOException("could not close " + recordLocation.file(), e));
            } catch (Exception e) {
                failure = chain(failure, new JisrIOException("could not close " + recordLocation.file(),
                        new IOException(e)));
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException chain(@Nullable RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
