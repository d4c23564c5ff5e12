package org.jisr.runtime;

import java.nio.file.Path;
import java.util.Objects;
import org.jisr.core.ProgressListener;
import org.jisr.runtime.internal.ConversionRun;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jspecify.annotations.NullMarked;

/**
 * Converts an input read by one adapter into a file written by another, record by record, so
 * that memory does not grow with the input.
 *
 * <p>Nothing is lost silently: every value the target cannot carry is reported by record and
 * JSON Pointer — those the target adapter reports, and those its declared
 * {@linkplain AdapterDescriptor#limitations() limitations} cover, which Jisr checks itself on
 * every record; a record of a type the target does not carry is reported whole. A loss is a
 * warning, or, in {@linkplain #strict(boolean) strict} mode, an error.
 *
 * <p>The output is written atomically: into a temporary file in the target's folder, moved over
 * the target only when the target adapter completed its output and the conversion found no error
 * (a record that could not be read, a failing adapter, a loss in strict mode). Otherwise the
 * temporary file is deleted: no half-written file appears, and an existing target is untouched.
 *
 * <p>Findings never escape as exceptions: an adapter that throws is reported in the
 * {@link ConversionReport}, naming the adapter. Immutable and thread-safe, as adapters are; one
 * conversion may run many times, at the same time.
 *
 * <pre>{@code
 * ConversionReport report = Conversion.of(json, ndjson).strict(true).run(Path.of("in.json"), Path.of("out.ndjson"));
 * }</pre>
 *
 * @since 0.1
 */
@NullMarked
public final class Conversion {

    private final Adapter from;
    private final AdapterDescriptor fromDescriptor;
    private final Adapter to;
    private final AdapterDescriptor toDescriptor;
    private final ConversionOptions options;
    private final ProgressListener progress;

    private Conversion(Adapter from, AdapterDescriptor fromDescriptor, Adapter to, AdapterDescriptor toDescriptor,
            ConversionOptions options, ProgressListener progress) {
        this.from = from;
        this.fromDescriptor = fromDescriptor;
        this.to = to;
        this.toDescriptor = toDescriptor;
        this.options = options;
        this.progress = progress;
    }

    /**
     * Prepares a conversion between two adapters, with the {@link ConversionOptions#DEFAULTS}.
     *
     * @param from the adapter that reads the input
     * @param to   the adapter that writes the output
     * @return the conversion
     * @throws IllegalArgumentException when {@code from} does not read or {@code to} does not
     *                                  write, or an adapter cannot describe itself
     */
    public static Conversion of(Adapter from, Adapter to) {
        AdapterDescriptor source = describe(Objects.requireNonNull(from, "from"));
        AdapterDescriptor target = describe(Objects.requireNonNull(to, "to"));
        if (!source.reads()) {
            throw new IllegalArgumentException("the adapter \"" + source.id() + "\" does not read");
        }
        if (!target.writes()) {
            throw new IllegalArgumentException("the adapter \"" + target.id() + "\" does not write");
        }
        return new Conversion(from, source, to, target, ConversionOptions.DEFAULTS, ProgressListener.NONE);
    }

    private static AdapterDescriptor describe(Adapter adapter) {
        try {
            return Objects.requireNonNull(adapter.descriptor(), "descriptor()");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalArgumentException(adapter.getClass().getName() + " cannot describe itself: " + e, e);
        }
    }

    /**
     * Returns this conversion, strict or lenient.
     *
     * @param value {@code true} to make any loss an error that prevents the output
     * @return a conversion with that setting
     */
    public Conversion strict(boolean value) {
        return options(options.withStrict(value));
    }

    /**
     * Returns this conversion with other options.
     *
     * @param value the options
     * @return a conversion with those options
     */
    public Conversion options(ConversionOptions value) {
        return new Conversion(from, fromDescriptor, to, toDescriptor, Objects.requireNonNull(value, "options"),
                progress);
    }

    /**
     * Returns this conversion telling a listener how far each run has got: records read, bytes of
     * the input read, and its size when it is a file. The listener is called from the thread of
     * each run, as {@link ProgressListener} says; a conversion run on several threads at once
     * calls it from each.
     *
     * @param value the listener, {@link ProgressListener#NONE} for none (the default)
     * @return a conversion with that listener
     * @since 0.1
     */
    public Conversion progress(ProgressListener value) {
        return new Conversion(from, fromDescriptor, to, toDescriptor, options, Objects.requireNonNull(value, "progress"));
    }

    /**
     * Returns the options of this conversion.
     *
     * @return the options
     */
    public ConversionOptions options() {
        return options;
    }

    /**
     * Converts a file.
     *
     * @param input  the file to read
     * @param output the file to write (replaced when the conversion succeeds)
     * @return what happened; never {@code null}
     */
    public ConversionReport run(Path input, Path output) {
        return run(AdapterInput.of(Objects.requireNonNull(input, "input")), output);
    }

    /**
     * Converts an input.
     *
     * @param input  what to read
     * @param output the file to write (replaced when the conversion succeeds)
     * @return what happened; never {@code null}
     */
    public ConversionReport run(AdapterInput input, Path output) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        ConversionRun.Outcome o = new ConversionRun(from, fromDescriptor, to, toDescriptor, options.strict(),
                options.limits(), options.samplesPerCode(), options.maxLosses(), progress)
                .adapterOptions(options.adapterOptions()).run(input, output);
        return new ConversionReport(fromDescriptor.id(), toDescriptor.id(), input.name(), output, options.strict(),
                o.recordsRead(), o.recordsWritten(), o.findings(), o.losses(), o.lossCount(), o.written());
    }
}
