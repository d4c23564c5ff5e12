package org.jisr.testkit.tck;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.spi.Adapter;

/** The built-in adapters, found as a user finds them, and the samples of their contract tests. */
final class BuiltInAdapters {

    private BuiltInAdapters() {
    }

    /**
     * The adapter registered under an id, as {@code ServiceLoader} makes it. The runtime says which
     * provider has the id (this test class path also holds the deliberately broken adapters of
     * {@code org.jisr.testkit.broken}, which the runtime skips); the contract tests need the
     * adapter itself, not the runtime's guarded view of it, which turns exceptions into findings.
     */
    static Adapter byId(String id) {
        AdapterInfo info = Jisr.builder().build().adapter(id)
                .orElseThrow(() -> new AssertionError("no adapter «" + id + "» on the class path"));
        Iterator<ServiceLoader.Provider<Adapter>> providers = ServiceLoader.load(Adapter.class).stream().iterator();
        for (int broken = 0; broken < 100; ) {
            ServiceLoader.Provider<Adapter> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                broken++; // one of the broken adapters: the iteration goes on with the next provider
                continue;
            }
            if (provider.type().getName().equals(info.providerClass())) {
                return provider.get();
            }
        }
        throw new AssertionError(info.providerClass() + " is not a service provider");
    }

    static Sample sample(String name) {
        return Sample.ofResource(BuiltInAdapters.class, "builtin/" + name);
    }
}
