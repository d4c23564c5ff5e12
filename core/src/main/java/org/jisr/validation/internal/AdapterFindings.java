package org.jisr.validation.internal;

import static org.jisr.validation.Layer.ADAPTER;
import static org.jisr.validation.Severity.ERROR;
import static org.jisr.validation.Severity.WARNING;

import java.util.List;
import org.jisr.validation.FindingType;

/**
 * Findings of the {@code adapter} layer raised by the host about adapters themselves: an adapter
 * that failed while it was used, and the problems found while discovering adapters (each one a
 * {@code org.jisr.runtime.PluginProblem}). Their messages are in
 * {@code org/jisr/validation/messages/adapter*.properties}; a problem found at discovery starts
 * with the provider class or the plugin, so that its message is a one-line diagnosis. Codes are
 * frozen once released.
 */
public final class AdapterFindings {

    /**
     * An adapter's code threw while the host called it ({@code detect}, {@code openReader},
     * {@code next}, {@code write} …). The host caught it, carried on with a safe default (no
     * detection, no more records, no more writing) and reports it here; what that adapter read or
     * wrote may be incomplete. Parameters: the adapter id, the operation, the exception.
     */
    public static final FindingType FAILED = FindingType.jisr("adapter.failed", ADAPTER, ERROR, "adapter",
            "operation", "error");

    /**
     * A plugin's adapter did not return from a call within the time limit per call
     * ({@code Jisr.Builder#adapterCallTimeout}, 60 s by default; {@code jisr --adapter-timeout}).
     * The host stopped waiting, interrupted the call's thread and disabled the adapter for the rest
     * of the run (the runtime's life); what it read or wrote may be incomplete, and no output is
     * written. Raised for plugins of the plugin folder, which run on a worker thread; also, as a
     * {@code PluginProblem}, for a constructor or {@code descriptor()} that does not return.
     * Parameters: the adapter id (the provider class at discovery), the operation, the limit in
     * seconds.
     */
    public static final FindingType TIMED_OUT = FindingType.jisr("adapter.timed-out", ADAPTER, ERROR, "adapter",
            "operation", "seconds");

    /**
     * A plugin's adapter ran out of memory in a call: an {@code OutOfMemoryError} was thrown on the
     * worker thread running it. The host abandoned the call (what it allocated is garbage after
     * that) and disabled the adapter for the rest of the run. Parameters: the adapter id (the
     * provider class at discovery), the operation.
     */
    public static final FindingType OUT_OF_MEMORY = FindingType.jisr("adapter.out-of-memory", ADAPTER, ERROR,
            "adapter", "operation");

    /**
     * A plugin's adapter was not called, because it was disabled earlier in the run after it
     * timed out or ran out of memory ({@code fault} names the operation where it did). The call
     * answers its safe default, as after {@code adapter.failed}. Parameters: the adapter id, the
     * operation not called, the operation that faulted.
     */
    public static final FindingType DISABLED = FindingType.jisr("adapter.disabled", ADAPTER, ERROR, "adapter",
            "operation", "fault");

    /**
     * A provider named in {@code META-INF/services/org.jisr.spi.Adapter} (or a module's
     * {@code provides}) cannot be loaded: the class is missing, is not an
     * {@code org.jisr.spi.Adapter}, or needs a class that is missing. The provider is skipped.
     */
    public static final FindingType PROVIDER_NOT_LOADABLE = FindingType.jisr("adapter.provider-not-loadable", ADAPTER,
            ERROR, "provider", "error");

    /** A provider class is not public or has no public no-argument constructor. It is skipped. */
    public static final FindingType NO_PUBLIC_CONSTRUCTOR = FindingType.jisr("adapter.no-public-constructor", ADAPTER,
            ERROR, "provider");

    /** A provider's constructor threw. It is skipped. */
    public static final FindingType CONSTRUCTOR_FAILED = FindingType.jisr("adapter.constructor-failed", ADAPTER, ERROR,
            "provider", "error");

    /** A provider class's static initializer threw (now or in an earlier attempt). It is skipped. */
    public static final FindingType STATIC_INITIALIZER_FAILED = FindingType.jisr("adapter.static-initializer-failed",
            ADAPTER, ERROR, "provider", "error");

    /** A provider's {@code descriptor()} threw. It is skipped. */
    public static final FindingType DESCRIPTOR_FAILED = FindingType.jisr("adapter.descriptor-failed", ADAPTER, ERROR,
            "provider", "error");

    /**
     * A provider's {@code descriptor()} returned nothing, or could not build its descriptor because
     * a declaration is invalid (an id that is not lower-case kebab-case, an extension with a dot …).
     * It is skipped.
     */
    public static final FindingType INVALID_DESCRIPTOR = FindingType.jisr("adapter.invalid-descriptor", ADAPTER, ERROR,
            "provider", "reason");

    /** A provider was built against a version of the adapter SPI this Jisr does not support. It is skipped. */
    public static final FindingType UNSUPPORTED_SPI_VERSION = FindingType.jisr("adapter.unsupported-spi-version",
            ADAPTER, ERROR, "provider", "version", "supported");

    /**
     * Two providers declare the same adapter id. The one registered first keeps it (built-in
     * adapters first, then those added to the builder, then the class and module paths, then the
     * plugin folder); the other is skipped. Parameters name both classes (and where the first one
     * is, when both have the same name).
     */
    public static final FindingType DUPLICATE_ID = FindingType.jisr("adapter.duplicate-id", ADAPTER, ERROR, "provider",
            "id", "other");

    /** A plugin in the plugin folder (a jar, or the folder itself) cannot be read: a corrupt jar, a missing folder. */
    public static final FindingType UNREADABLE_PLUGIN = FindingType.jisr("adapter.unreadable-plugin", ADAPTER, ERROR,
            "plugin", "error");

    /**
     * A plugin in the plugin folder declares no adapter: it has no
     * {@code META-INF/services/org.jisr.spi.Adapter}, or that file names no class. It is ignored.
     */
    public static final FindingType PLUGIN_WITHOUT_ADAPTER = FindingType.jisr("adapter.plugin-without-adapter",
            ADAPTER, WARNING, "plugin");

    /** Every finding type of this class. */
    public static final List<FindingType> ALL = List.of(FAILED, TIMED_OUT, OUT_OF_MEMORY, DISABLED, PROVIDER_NOT_LOADABLE, NO_PUBLIC_CONSTRUCTOR,
            CONSTRUCTOR_FAILED, STATIC_INITIALIZER_FAILED, DESCRIPTOR_FAILED, INVALID_DESCRIPTOR,
            UNSUPPORTED_SPI_VERSION, DUPLICATE_ID, UNREADABLE_PLUGIN, PLUGIN_WITHOUT_ADAPTER);

    private AdapterFindings() {
    }
}
