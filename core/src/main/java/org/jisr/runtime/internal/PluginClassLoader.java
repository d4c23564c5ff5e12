package org.jisr.runtime.internal;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin of the plugin folder (a jar, or a folder of jars).
 *
 * <p>Jisr's API — {@code org.jisr.core}, {@code .model}, {@code .json}, {@code .validation},
 * {@code .spi}, {@code .runtime}, {@code org.jisr.schema} — and JSpecify come from the host
 * (the parent), so that the plugin's adapter is an {@code org.jisr.spi.Adapter} of this Jisr even
 * when the plugin bundles a copy of jisr-core. The JDK comes from the platform. Every other
 * class the plugin's jars contain comes from them first ("child first"): a plugin may bundle its
 * own version of a library without clashing with the host or with another plugin; what the jars
 * lack comes from the parent.
 *
 * <p>Service files ({@code META-INF/services/…}) are the plugin's own only, so that discovering
 * the plugin's adapters does not find the host's again.
 */
final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final List<String> SHARED = List.of("org.jisr.core.", "org.jisr.model.", "org.jisr.json.",
            "org.jisr.validation.", "org.jisr.spi.", "org.jisr.runtime.", "org.jisr.schema.", "org.jspecify.");

    private static final String SERVICES = "META-INF/services/";

    PluginClassLoader(String name, URL[] jars, ClassLoader parent) {
        super(name, jars, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || isShared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = fromPlatform(name);
            }
            if (type == null) {
                try {
                    type = findClass(name);
                } catch (ClassNotFoundException notInPlugin) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(SERVICES)) {
            return findResources(name);
        }
        return super.getResources(name);
    }

    private static boolean isShared(String className) {
        for (String prefix : SHARED) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> fromPlatform(String name) {
        try {
            return Class.forName(name, false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException notJdk) {
            return null;
        }
    }
}
