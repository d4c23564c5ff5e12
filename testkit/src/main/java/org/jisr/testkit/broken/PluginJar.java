package org.jisr.testkit.broken;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a plugin jar for a host's plugin folder: the compiled classes of some providers (with
 * their nested classes, and their superclasses from the same place or the same package) and a
 * {@code META-INF/services/org.jisr.spi.Adapter} naming them, in order. Works with classes from
 * a folder of classes (a build's output) or from a jar.
 *
 * <pre>{@code
 * PluginJar.write(pluginFolder.resolve("broken.jar"), ThrowingConstructorAdapter.class, WellBehavedAdapter.class);
 * }</pre>
 *
 * @since 0.1
 */
public final class PluginJar {

    private static final String SERVICE_FILE = "META-INF/services/org.jisr.spi.Adapter";

    private PluginJar() {
    }

    /**
     * Writes a plugin jar.
     *
     * @param jar       the jar to write (replaced if it exists)
     * @param providers the classes to name in the service file, in this order
     * @return the jar
     * @throws UncheckedIOException when a class file cannot be read or the jar written
     */
    public static Path write(Path jar, Class<?>... providers) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Class<?> provider : providers) {
            for (Class<?> c = provider; c != null && bringsAlong(c, provider); c = c.getSuperclass()) {
                classes.add(c);
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> c : classes) {
                for (String entry : classFiles(c)) {
                    out.putNextEntry(new JarEntry(entry));
                    try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                        if (in == null) {
                            throw new IOException("no class file " + entry);
                        }
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            StringBuilder services = new StringBuilder("# written by org.jisr.testkit.broken.PluginJar\n");
            for (Class<?> provider : providers) {
                services.append(provider.getName()).append('\n');
            }
            out.putNextEntry(new JarEntry(SERVICE_FILE));
            out.write(services.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /**
     * Tells whether a superclass goes into the jar with its provider: when it comes from the same
     * place, or is in the same package (a package-private superclass must be in the provider's
     * class loader).
     */
    private static boolean bringsAlong(Class<?> c, Class<?> provider) {
        if (c == provider || c.getPackageName().equals(provider.getPackageName())) {
            return true;
        }
        var source = c.getProtectionDomain().getCodeSource();
        var providerSource = provider.getProtectionDomain().getCodeSource();
        return source != null && providerSource != null && source.getLocation().equals(providerSource.getLocation());
    }

    /** The class file of a class and those of its nested and anonymous classes, as resource names. */
    private static List<String> classFiles(Class<?> type) throws IOException {
        String folder = type.getPackageName().replace('.', '/');
        String own = type.getName().substring(type.getPackageName().length() + 1);
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(folder))) {
                files.map(f -> f.getFileName().toString()).forEach(names::add);
            }
        } else {
            try (JarFile source = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements();) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                        names.add(name.substring(folder.length() + 1));
                    }
                }
            }
        }
        List<String> entries = new ArrayList<>();
        for (String name : names) {
            if (name.equals(own + ".class") || name.startsWith(own + "$") && name.endsWith(".class")) {
                entries.add(folder + "/" + name);
            }
        }
        entries.sort(null);
        return entries;
    }
}
