package org.jisr.core;

/**
 * Told how a long read goes, to show progress to a person (a progress bar on a terminal) — never
 * to decide anything: what was found is in the report the read returns.
 *
 * <p>Jisr calls a listener from the thread that reads, <b>at most</b> once every
 * {@value #RECORD_INTERVAL} records or {@value #BYTE_INTERVAL} bytes (whichever comes first),
 * and once more at the end with {@link Progress#done()} {@code true}; counting records, not time,
 * keeps the calls the same on every run. A listener must be quick and must not throw: what it
 * throws reaches the caller of the validation or conversion. A listener given to an object shared
 * between threads (a {@code Conversion}) may be called from several threads at once, one input
 * each.
 *
 * <pre>{@code
 * ValidationReport report = jisr.validate(Path.of("big.ndjson"), null,
 *         p -> System.err.print("\r" + p.records() + " records"));
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {

    /** The most records read between two calls: {@value}. */
    long RECORD_INTERVAL = 1_000;

    /** The most bytes read between two calls: {@value} (1 MiB). */
    long BYTE_INTERVAL = 1L << 20;

    /** A listener that ignores everything. */
    ProgressListener NONE = progress -> { };

    /**
     * Receives how far reading has got.
     *
     * @param progress the counts so far
     */
    void onProgress(Progress progress);
}
