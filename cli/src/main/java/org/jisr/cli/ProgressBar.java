package org.jisr.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jisr.core.Progress;
import org.jisr.core.ProgressListener;

/**
 * A progress bar on standard error, redrawn in place with a carriage return: records and bytes
 * read, their rates, and the percentage when the size is known. Only for large inputs — from
 * {@value #LARGE_INPUT} bytes, or {@value #MANY_RECORDS} records when the size is not known — so
 * that a small file shows nothing; redrawn at most every {@value #REDRAW_MILLIS} ms, and once more
 * at the end, on a line of its own. One bar serves one input, on one thread.
 */
final class ProgressBar implements ProgressListener {

    /** The size from which an input is large enough for a bar: 1 MiB. */
    static final long LARGE_INPUT = 1L << 20;
    /** For an input of unknown size, the records from which it shows a bar. */
    static final long MANY_RECORDS = 10_000;
    /** The least time between two drawings. */
    static final long REDRAW_MILLIS = 100;
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final CliMessages messages;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastLength;
    private boolean drawn;

    ProgressBar(PrintStream err, CliMessages messages, LongSupplier nanoClock) {
        this.err = err;
        this.messages = messages;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public void onProgress(Progress progress) {
        boolean large = progress.totalBytes() >= LARGE_INPUT
                || progress.totalBytes() < 0 && progress.records() >= MANY_RECORDS;
        if (!large && !drawn) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (!progress.done() && drawn && now - lastDrawn < REDRAW_MILLIS * 1_000_000) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        String line = frame(progress, Math.max(now - start, 1));
        // Spaces rub out what a longer previous frame left on the line.
        String text = "\r" + line + " ".repeat(Math.max(0, lastLength - line.length()))
                + (progress.done() ? System.lineSeparator() : "");
        lastLength = line.length();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        err.write(bytes, 0, bytes.length);
        err.flush();
    }

    /** One drawing of the bar. */
    String frame(Progress p, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        String records = count(p.records());
        String recordRate = count(Math.round(p.records() / seconds));
        String byteRate = messages.get("progress.megabytes", megabytes(Math.round(p.bytes() / seconds)));
        String read = messages.get("progress.megabytes", megabytes(p.bytes()));
        if (p.fraction().isPresent()) {
            double fraction = p.fraction().getAsDouble();
            int full = (int) Math.round(fraction * WIDTH);
            String bar = "#".repeat(full) + "-".repeat(WIDTH - full);
            String total = messages.get("progress.megabytes", megabytes(p.totalBytes()));
            return messages.get("progress.known", p.input(), bar, String.valueOf(Math.round(fraction * 100)), records,
                    read, total, recordRate, byteRate);
        }
        return messages.get("progress.unknown", p.input(), records, read, recordRate, byteRate);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
