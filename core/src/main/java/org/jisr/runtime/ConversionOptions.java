package org.jisr.runtime;

import java.util.Map;
import java.util.Objects;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.NullMarked;

/**
 * How a {@link Conversion} runs.
 *
 * @param strict         whether a value the target format cannot carry makes the conversion fail
 *                       (an error, and no output) rather than a warning
 * @param limits         the read limits of the input
 * @param samplesPerCode the most findings of one code the report keeps (the counts stay exact)
 * @param maxLosses      the most losses the report lists (the count stays exact)
 * @param adapterOptions options for the adapters, by name, given to them as
 *                       {@link org.jisr.spi.AdapterContext#options()} ({@code mapping} = a mapping
 *                       file for the spreadsheet adapters); each adapter documents those it reads
 * @since 0.1
 */
@NullMarked
public record ConversionOptions(boolean strict, ReadLimits limits, int samplesPerCode, int maxLosses,
        Map<String, String> adapterOptions) {

    /**
     * Lenient, with the default read limits, {@value ValidationReport#DEFAULT_SAMPLES_PER_CODE}
     * findings per code and {@value #DEFAULT_MAX_LOSSES} losses listed.
     */
    public static final ConversionOptions DEFAULTS = new ConversionOptions(false, ReadLimits.DEFAULTS,
            ValidationReport.DEFAULT_SAMPLES_PER_CODE, ConversionOptions.DEFAULT_MAX_LOSSES, Map.of());

    /** How many losses a report lists by default. */
    public static final int DEFAULT_MAX_LOSSES = 10_000;

    /**
     * Creates options.
     *
     * @throws IllegalArgumentException when {@code samplesPerCode} or {@code maxLosses} is below 1
     */
    public ConversionOptions {
        Objects.requireNonNull(limits, "limits");
        if (samplesPerCode < 1 || maxLosses < 1) {
            throw new IllegalArgumentException("samplesPerCode and maxLosses must be at least 1");
        }
        adapterOptions = Map.copyOf(adapterOptions);
    }

    /**
     * Creates options without adapter options.
     *
     * @param strict         whether a loss is an error
     * @param limits         the read limits
     * @param samplesPerCode the most findings of one code kept
     * @param maxLosses      the most losses listed
     */
    public ConversionOptions(boolean strict, ReadLimits limits, int samplesPerCode, int maxLosses) {
        this(strict, limits, samplesPerCode, maxLosses, Map.of());
    }

    /**
     * Returns these options with one more adapter option (replacing one of the same name).
     *
     * @param name  the option's name, such as {@code mapping}
     * @param value its value
     * @return the options
     */
    public ConversionOptions withAdapterOption(String name, String value) {
        java.util.Map<String, String> options = new java.util.TreeMap<>(adapterOptions);
        options.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ConversionOptions(strict, limits, samplesPerCode, maxLosses, options);
    }

    /**
     * Returns these options, strict or not.
     *
     * @param value whether any loss makes the conversion fail
     * @return the options
     */
    public ConversionOptions withStrict(boolean value) {
        return new ConversionOptions(value, limits, samplesPerCode, maxLosses, adapterOptions);
    }

    /**
     * Returns these options with other read limits.
     *
     * @param value the limits
     * @return the options
     */
    public ConversionOptions withLimits(ReadLimits value) {
        return new ConversionOptions(strict, value, samplesPerCode, maxLosses, adapterOptions);
    }

    /**
     * Returns these options keeping another number of findings per code.
     *
     * @param value at least 1
     * @return the options
     */
    public ConversionOptions withSamplesPerCode(int value) {
        return new ConversionOptions(strict, limits, value, maxLosses, adapterOptions);
    }

    /**
     * Returns these options listing another number of losses.
     *
     * @param value at least 1
     * @return the options
     */
    public ConversionOptions withMaxLosses(int value) {
        return new ConversionOptions(strict, limits, samplesPerCode, value, adapterOptions);
    }
}
