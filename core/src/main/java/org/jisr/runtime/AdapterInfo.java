package org.jisr.runtime;

import java.util.Objects;
import org.jisr.runtime.internal.GuardedAdapter;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;

/**
 * An adapter registered in a {@link Jisr} runtime: what it declares, where it comes from, and the
 * adapter itself, guarded. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AdapterInfo {

    /** The origin of the adapters shipped with Jisr ({@code json}, {@code ndjson}). */
    public static final String BUILT_IN = "built-in";
    /** The origin of adapters found with {@code META-INF/services} on the class path. */
    public static final String CLASS_PATH = "class path";
    /** The origin of adapters found through a module's {@code provides} (module path or a module layer). */
    public static final String MODULE_PATH = "module path";
    /** The origin of adapters given to {@link Jisr.Builder#adapter}. */
    public static final String ADDED = "added to the builder";

    private final GuardedAdapter adapter;
    private final String origin;

    AdapterInfo(GuardedAdapter adapter, String origin) {
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * Returns the adapter's id.
     *
     * @return the id of its descriptor
     */
    public String id() {
        return adapter.id();
    }

    /**
     * Returns what the adapter declares, as read once at discovery.
     *
     * @return the descriptor
     */
    public AdapterDescriptor descriptor() {
        return adapter.descriptor();
    }

    /**
     * Returns where the adapter was found.
     *
     * @return {@value #BUILT_IN}, {@value #CLASS_PATH}, {@value #MODULE_PATH}, {@value #ADDED}, or
     *         the path of the plugin (a jar, or a folder of jars) in the plugin folder
     */
    public String origin() {
        return origin;
    }

    /**
     * Tells whether the adapter is shipped with Jisr. A third-party adapter wins a tie against a
     * built-in one when Jisr chooses an adapter.
     *
     * @return {@code true} for Jisr's own adapters
     */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }

    /**
     * Returns the class loader of the adapter's class (a plugin's own loader for a plugin).
     *
     * @return the loader, or {@code null} for the bootstrap loader
     */
    public @org.jspecify.annotations.Nullable ClassLoader classLoader() {
        return adapter.classLoader();
    }

    /**
     * Returns the name of the adapter's class.
     *
     * @return the binary class name
     */
    public String providerClass() {
        return adapter.providerClass();
    }

    /**
     * Returns the adapter, guarded: whatever its code throws is caught (except a
     * {@link VirtualMachineError}) and reported as an {@code adapter.failed} finding through the
     * {@link org.jisr.spi.AdapterContext} of the call; {@code detect} answers a confidence of 0
     * whose reason describes the failure. Its {@code descriptor()} is the one read at discovery.
     *
     * @return the guarded adapter
     */
    public Adapter adapter() {
        return adapter;
    }

    @Override
    public String toString() {
        return id() + " (" + providerClass() + ", " + origin + ")";
    }
}
