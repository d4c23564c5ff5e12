package org.jisr.spi;

/**
 * Translates one format to and from Jisr's model. Found by the host with {@code ServiceLoader}
 * (class path, module path, or a jar in the plugin folder) and instantiated once through a public
 * no-argument constructor; the host reads {@link #descriptor()} before anything else and chooses
 * adapters by what it declares.
 *
 * <p><b>Threading:</b> one adapter instance serves many conversions, possibly at the same time:
 * it must be thread-safe (keep per-conversion state in the readers and writers it opens).
 * <b>Failures:</b> problems in the data are reported as findings through the
 * {@link AdapterContext}, never thrown; an exception that escapes is caught by the host's guard
 * and reported as an error naming the adapter. <b>Nullness:</b> nothing here is {@code null}.
 *
 * @since 0.1
 */
public interface Adapter {

    /**
     * Says what this adapter is and can do. Called once, when the adapter is discovered; must be
     * cheap and must not fail.
     *
     * @return the descriptor
     */
    AdapterDescriptor descriptor();

    /**
     * Tells how sure this adapter is that it can read an input, by looking at its name and its
     * first bytes ({@link AdapterInput#peek(int)}); must not read the whole input.
     *
     * @param input the input
     * @return the confidence, {@link Detection#NO} when it cannot read it
     */
    Detection detect(AdapterInput input);

    /**
     * Opens a reader of records. Only called when the descriptor declares {@link Direction#READ}.
     *
     * @param input   the input
     * @param context where to report findings
     * @return a reader; the host closes it
     */
    RecordReader openReader(AdapterInput input, AdapterContext context);

    /**
     * Opens a writer of records. Only called when the descriptor declares {@link Direction#WRITE}.
     *
     * @param output  where to write
     * @param context where to report findings and what could not be carried
     * @return a writer; the host closes it, which completes the output
     */
    RecordWriter openWriter(AdapterOutput output, AdapterContext context);
}
