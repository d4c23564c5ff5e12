package org.jisr.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.internal.AdapterFindings;

/**
 * An adapter or plugin that {@link Jisr} found but could not register, and why. Discovery never
 * stops at a broken provider: it records one problem and goes on with the others.
 *
 * <p>A problem is data, like a finding: its {@link Kind} has a stable code of layer
 * {@code adapter}, and {@link #diagnosis(FindingMessages)} renders it on one line in French,
 * Arabic or English, starting with the provider class or the plugin:
 * {@code org.example.BrokenAdapter: needs a public no-arg constructor}.
 *
 * @param kind       what went wrong
 * @param source     the provider class ({@code org.example.CsvAdapter}) or the plugin
 *                   ({@code /opt/jisr/plugins/csv.jar}) at fault
 * @param origin     where it was found: {@value AdapterInfo#CLASS_PATH},
 *                   {@value AdapterInfo#MODULE_PATH}, {@value AdapterInfo#ADDED}, or the plugin's path
 * @param parameters the parameters of the kind's message, by name
 * @since 0.1
 */
public record PluginProblem(Kind kind, String source, String origin, Map<String, String> parameters) {

    /** Creates a problem; the parameters are copied. */
    public PluginProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Returns the one-line diagnosis in English.
     *
     * @return {@code org.example.BrokenAdapter: needs a public no-arg constructor}
     */
    public String diagnosis() {
        return diagnosis(FindingMessages.of("en"));
    }

    /**
     * Returns the one-line diagnosis in a language.
     *
     * @param messages the messages of the language
     * @return the diagnosis
     */
    public String diagnosis(FindingMessages messages) {
        return messages.render(kind.findingType(), parameters);
    }

    /**
     * Returns how serious it is: an error, except a plugin that declares no adapter (a warning).
     *
     * @return the severity
     */
    public Severity severity() {
        return kind.findingType().defaultSeverity();
    }

    /**
     * Returns the problem as a finding, located at its origin, for reports.
     *
     * @return the finding
     */
    public Finding toFinding() {
        return new Finding(kind.findingType(), severity(), parameters, Location.of(origin, "", 0, 0));
    }

    /** Returns the English diagnosis. */
    @Override
    public String toString() {
        return diagnosis();
    }

    /**
     * What went wrong with a provider or a plugin. Each kind has a frozen finding code, documented
     * in the findings catalog.
     *
     * @since 0.1
     */
    public enum Kind {
        /** {@code adapter.provider-not-loadable}: the class is missing, is not an adapter, or lacks a class it needs. */
        PROVIDER_NOT_LOADABLE(AdapterFindings.PROVIDER_NOT_LOADABLE),
        /** {@code adapter.no-public-constructor}: the class is not public or has no public no-argument constructor. */
        NO_PUBLIC_CONSTRUCTOR(AdapterFindings.NO_PUBLIC_CONSTRUCTOR),
        /** {@code adapter.constructor-failed}: the constructor threw. */
        CONSTRUCTOR_FAILED(AdapterFindings.CONSTRUCTOR_FAILED),
        /** {@code adapter.static-initializer-failed}: the class's static initializer threw. */
        STATIC_INITIALIZER_FAILED(AdapterFindings.STATIC_INITIALIZER_FAILED),
        /** {@code adapter.descriptor-failed}: {@code descriptor()} threw. */
        DESCRIPTOR_FAILED(AdapterFindings.DESCRIPTOR_FAILED),
        /** {@code adapter.invalid-descriptor}: the descriptor is missing or declares something invalid, such as its id. */
        INVALID_DESCRIPTOR(AdapterFindings.INVALID_DESCRIPTOR),
        /** {@code adapter.unsupported-spi-version}: built against an SPI version this Jisr does not support. */
        UNSUPPORTED_SPI_VERSION(AdapterFindings.UNSUPPORTED_SPI_VERSION),
        /** {@code adapter.duplicate-id}: another adapter, registered first, has the same id. */
        DUPLICATE_ID(AdapterFindings.DUPLICATE_ID),
        /** {@code adapter.unreadable-plugin}: a jar of the plugin folder (or the folder) cannot be read. */
        UNREADABLE_PLUGIN(AdapterFindings.UNREADABLE_PLUGIN),
        /** {@code adapter.plugin-without-adapter}: a plugin declares no adapter. */
        PLUGIN_WITHOUT_ADAPTER(AdapterFindings.PLUGIN_WITHOUT_ADAPTER),
        /**
         * {@code adapter.timed-out}: a plugin's constructor (or static initializer) or
         * {@code descriptor()} did not return within the time limit per call; its thread was
         * interrupted and abandoned.
         */
        TIMED_OUT(AdapterFindings.TIMED_OUT),
        /** {@code adapter.out-of-memory}: a plugin's {@code descriptor()} ran out of memory. */
        OUT_OF_MEMORY(AdapterFindings.OUT_OF_MEMORY);

        private final FindingType findingType;

        Kind(FindingType findingType) {
            this.findingType = findingType;
        }

        /**
         * Returns the finding type of this kind, whose messages render the diagnosis.
         *
         * @return the finding type
         */
        public FindingType findingType() {
            return findingType;
        }

        /**
         * Returns the stable code.
         *
         * @return {@code adapter.duplicate-id} …
         */
        public String code() {
            return findingType.code();
        }
    }
}
