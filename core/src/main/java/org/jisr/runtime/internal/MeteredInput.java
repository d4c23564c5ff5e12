package org.jisr.runtime.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jisr.core.internal.ProgressMeter;
import org.jisr.spi.AdapterInput;

/**
 * An input whose streams count the bytes an adapter reads, for progress. Everything else is the
 * input's own; thread-safe as far as the meter, which serves one read, is used by one thread.
 */
final class MeteredInput implements AdapterInput {

    private final AdapterInput input;
    private final ProgressMeter meter;

    MeteredInput(AdapterInput input, ProgressMeter meter) {
        this.input = input;
        this.meter = meter;
    }

    /** The size of an input, when it is a file. */
    static long sizeOf(AdapterInput input) {
        return input.path().map(ProgressMeter::sizeOf).orElse(-1L);
    }

    @Override
    public String name() {
        return input.name();
    }

    @Override
    public Optional<Path> path() {
        return input.path();
    }

    @Override
    public InputStream openStream() {
        return meter.count(input.openStream());
    }

    @Override
    public byte[] peek(int max) {
        return input.peek(max);
    }
}
