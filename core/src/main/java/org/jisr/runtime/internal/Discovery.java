package org.jisr.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.PluginProblem;
import org.jisr.runtime.PluginProblem.Kind;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.SpiVersion;
import org.jspecify.annotations.Nullable;

/**
 * Finds adapters and isolates broken ones. One discovery makes one immutable result; nothing is
 * kept in static state.
 *
 * <p>Where adapters come from, in the order that decides which of two adapters with the same id
 * is kept: Jisr's built-in adapters; adapters added to the builder; {@code ServiceLoader} on the
 * class loader (class path, and named modules of its layers); {@code ServiceLoader} on the module
 * layer of Jisr when Jisr is a named module (module path), the same class found twice being kept
 * once; then each plugin of the plugin folder, in the order of their names. A plugin is a
 * {@code *.jar} file, or a folder whose {@code *.jar} files make one plugin; each plugin gets a
 * {@link PluginClassLoader} of its own.
 *
 * <p>Each provider is handled on its own: its type is looked at before it is instantiated
 * ({@code ServiceLoader.Provider#type()}), and every step — iterating, loading the class,
 * instantiating it, reading its descriptor — goes through the {@link Guard}. What fails becomes
 * one {@link PluginProblem} with a one-line diagnosis, and discovery goes on.
 */
public final class Discovery {

    private static final String SERVICE_FILE = "META-INF/services/" + Adapter.class.getName();
    /** The time limit per call into a plugin when the host sets none. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** A bound on failures in a row from one service iterator, in case it cannot move past one. */
    private static final int MAX_FAILURES_IN_A_ROW = 100;

    /**
     * An adapter discovered and registered.
     *
     * @param adapter the adapter, guarded
     * @param origin  where it comes from (see {@link AdapterInfo#origin()})
     */
    public record Found(GuardedAdapter adapter, String origin) {
    }

    /**
     * What a discovery found.
     *
     * @param adapters the adapters registered, in the order they were registered
     * @param problems the providers and plugins refused, with their diagnoses
     */
    public record Result(List<Found> adapters, List<PluginProblem> problems) {
        /** Creates a result; the lists are copied. */
        public Result {
            adapters = List.copyOf(adapters);
            problems = List.copyOf(problems);
        }
    }

    /** The order of precedence of origins, for duplicate ids. */
    private enum Group {
        BUILT_IN, ADDED, SERVICE_LOADER, PLUGIN
    }

    private record Candidate(Group group, Adapter adapter, String origin, @Nullable PluginClassLoader loader,
            CallLimit limit) {
    }

    private enum Stage {
        ITERATE, TYPE, INSTANTIATE
    }

    private final ClassLoader loader;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();
    private final Set<Class<?>> seen = new HashSet<>();
    /** The time limit per call of the plugin folder's adapters. */
    private final Duration pluginCallTimeout;

    private Discovery(ClassLoader loader, Duration pluginCallTimeout) {
        this.loader = loader;
        this.pluginCallTimeout = pluginCallTimeout;
    }

    /**
     * Discovers adapters.
     *
     * @param loader          the class loader to find adapters with, and the parent of plugin loaders
     * @param useServiceLoader whether to look on the class path and module path
     * @param added           adapters given by the host, registered before those found
     * @param pluginFolder    the plugin folder, or {@code null} for none
     * @param excluded        ids the host does not want: every adapter with such an id is dropped,
     *                        silently, before ids are compared
     * @return the adapters and the problems
     */
    public static Result discover(ClassLoader loader, boolean useServiceLoader, Collection<? extends Adapter> added,
            @Nullable Path pluginFolder, Set<String> excluded) {
        return discover(loader, useServiceLoader, added, pluginFolder, excluded, DEFAULT_CALL_TIMEOUT);
    }

    /**
     * Discovers adapters, calling those of the plugin folder — from their constructor on — on a
     * worker thread with a time limit per call (see {@link CallLimit}).
     *
     * @param loader            the class loader to find adapters with, and the parent of plugin loaders
     * @param useServiceLoader  whether to look on the class path and module path
     * @param added             adapters given by the host, registered before those found
     * @param pluginFolder      the plugin folder, or {@code null} for none
     * @param excluded          ids the host does not want
     * @param pluginCallTimeout the longest a call into a plugin may take
     * @return the adapters and the problems
     */
    public static Result discover(ClassLoader loader, boolean useServiceLoader, Collection<? extends Adapter> added,
            @Nullable Path pluginFolder, Set<String> excluded, Duration pluginCallTimeout) {
        Discovery discovery = new Discovery(loader, pluginCallTimeout);
        for (Adapter adapter : added) {
            Adapter raw = adapter instanceof GuardedAdapter guarded ? guarded.unguarded() : adapter;
            discovery.seen.add(raw.getClass()); // the same class found by ServiceLoader is not loaded again
            if (!discovery.hasCandidate(raw)) {
                boolean builtIn = isBuiltIn(raw.getClass());
                discovery.candidates.add(new Candidate(builtIn ? Group.BUILT_IN : Group.ADDED, raw,
                        builtIn ? AdapterInfo.BUILT_IN : AdapterInfo.ADDED, null, CallLimit.DIRECT));
            }
        }
        if (useServiceLoader) {
            discovery.load(ServiceLoader.load(Adapter.class, loader), null);
            Module jisr = Discovery.class.getModule();
            if (jisr.isNamed() && jisr.getLayer() != null) {
                discovery.load(ServiceLoader.load(jisr.getLayer(), Adapter.class), null);
            }
        }
        if (pluginFolder != null) {
            discovery.plugins(pluginFolder);
        }
        return discovery.register(excluded);
    }

    private boolean hasCandidate(Adapter adapter) {
        return candidates.stream().anyMatch(c -> c.adapter() == adapter);
    }

    // ---- ServiceLoader

    /** Walks the providers of a service loader; a plugin's loader only keeps the plugin's own classes. */
    private int load(ServiceLoader<Adapter> serviceLoader, @Nullable PluginClassLoader plugin) {
        String origin = plugin == null ? null : plugin.getName();
        Guard.Attempt<Iterator<ServiceLoader.Provider<Adapter>>> start = Guard.attempt(
                () -> serviceLoader.stream().iterator());
        Iterator<ServiceLoader.Provider<Adapter>> providers = start.value();
        if (providers == null) {
            problem(start.failure(), Stage.ITERATE, null, origin == null ? AdapterInfo.CLASS_PATH : origin);
            return 0;
        }
        int found = 0;
        int failuresInARow = 0;
        while (failuresInARow < MAX_FAILURES_IN_A_ROW) {
            Guard.Attempt<Boolean> hasNext = Guard.attempt(providers::hasNext);
            Throwable failure = hasNext.failure();
            ServiceLoader.Provider<Adapter> provider = null;
            if (failure == null) {
                if (!Boolean.TRUE.equals(hasNext.value())) {
                    break;
                }
                Guard.Attempt<ServiceLoader.Provider<Adapter>> next = Guard.attempt(providers::next);
                failure = next.failure();
                provider = next.value();
            }
            if (failure != null || provider == null) {
                failuresInARow++;
                found++;
                problem(failure, Stage.ITERATE, null, origin == null ? AdapterInfo.CLASS_PATH : origin);
                continue;
            }
            failuresInARow = 0;
            if (provider(provider, plugin)) {
                found++;
            }
        }
        return found;
    }

    /** Handles one provider; returns whether it belongs here (a plugin's own, or any for the host). */
    private boolean provider(ServiceLoader.Provider<Adapter> provider, @Nullable PluginClassLoader plugin) {
        String fallbackOrigin = plugin == null ? AdapterInfo.CLASS_PATH : plugin.getName();
        Guard.Attempt<Class<? extends Adapter>> type = Guard.attempt(provider::type);
        Class<? extends Adapter> providerClass = type.value();
        if (providerClass == null) {
            problem(type.failure(), Stage.TYPE, null, fallbackOrigin);
            return true;
        }
        if (plugin != null && providerClass.getClassLoader() != plugin) {
            return false; // the host's own, found through the parent: not this plugin's
        }
        String origin = plugin != null ? plugin.getName()
                : providerClass.getModule().isNamed() ? AdapterInfo.MODULE_PATH : AdapterInfo.CLASS_PATH;
        if (!seen.add(providerClass)) {
            return true;
        }
        // A plugin is called on a worker thread with a time limit from its constructor on: a
        // constructor or static initializer that never returns must not stop discovery.
        CallLimit limit = plugin != null ? CallLimit.isolated(providerClass.getSimpleName(), pluginCallTimeout)
                : CallLimit.DIRECT;
        Guard.Attempt<Adapter> instance = limit.attempt("constructor", provider::get, null);
        Adapter adapter = instance.value();
        if (adapter == null) {
            problem(instance.failure(), Stage.INSTANTIATE, providerClass.getName(), origin);
            return true;
        }
        Group group = plugin != null ? Group.PLUGIN : isBuiltIn(providerClass) ? Group.BUILT_IN : Group.SERVICE_LOADER;
        candidates.add(new Candidate(group, adapter, group == Group.BUILT_IN ? AdapterInfo.BUILT_IN : origin, plugin,
                limit));
        return true;
    }

    /**
     * Tells whether a class is one of Jisr's own adapters: in Jisr's module when Jisr is a named
     * module; otherwise in an {@code org.jisr.….internal} package of Jisr's class loader.
     */
    static boolean isBuiltIn(Class<?> type) {
        Module jisr = Discovery.class.getModule();
        if (jisr.isNamed()) {
            return type.getModule() == jisr;
        }
        String pkg = type.getPackageName();
        return type.getClassLoader() == Discovery.class.getClassLoader() && pkg.startsWith("org.jisr.")
                && (pkg.endsWith(".internal") || pkg.contains(".internal."));
    }

    // ---- the plugin folder

    private void plugins(Path folder) {
        if (!Files.isDirectory(folder)) {
            problems.add(new PluginProblem(Kind.UNREADABLE_PLUGIN, folder.toString(), folder.toString(),
                    params("plugin", folder.toString(), "error", Files.exists(folder) ? "not a folder" : "no such folder")));
            return;
        }
        List<Path> plugins = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) ? !entry.getFileName().toString().startsWith(".") : isJar(entry)) {
                    plugins.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new PluginProblem(Kind.UNREADABLE_PLUGIN, folder.toString(), folder.toString(),
                    params("plugin", folder.toString(), "error", Guard.describe(e))));
            return;
        }
        plugins.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path plugin : plugins) {
            plugin(plugin);
        }
    }

    private void plugin(Path plugin) {
        String name = plugin.toString();
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(plugin)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(plugin, Discovery::isJar)) {
                entries.forEach(jars::add);
            } catch (IOException | RuntimeException e) {
                problems.add(new PluginProblem(Kind.UNREADABLE_PLUGIN, name, name,
                        params("plugin", name, "error", Guard.describe(e))));
                return;
            }
            jars.sort(Comparator.comparing(p -> p.getFileName().toString()));
        } else {
            jars.add(plugin);
        }
        boolean declares = false;
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            Guard.Attempt<Boolean> read = Guard.attempt(() -> declaresAdapters(jar));
            if (read.failed()) {
                Throwable failure = read.failure();
                problems.add(new PluginProblem(Kind.UNREADABLE_PLUGIN, jar.toString(), name, params("plugin",
                        jar.toString(), "error", Guard.describe(failure.getCause() != null ? failure.getCause() : failure))));
                return;
            }
            declares |= Boolean.TRUE.equals(read.value());
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                problems.add(new PluginProblem(Kind.UNREADABLE_PLUGIN, jar.toString(), name,
                        params("plugin", jar.toString(), "error", Guard.describe(e))));
                return;
            }
        }
        if (!declares) {
            problems.add(new PluginProblem(Kind.PLUGIN_WITHOUT_ADAPTER, name, name, params("plugin", name)));
            return;
        }
        PluginClassLoader pluginLoader = new PluginClassLoader(name, urls.toArray(URL[]::new), loader);
        int providers = load(ServiceLoader.load(Adapter.class, pluginLoader), pluginLoader);
        if (providers == 0) {
            problems.add(new PluginProblem(Kind.PLUGIN_WITHOUT_ADAPTER, name, name, params("plugin", name)));
        }
    }

    private static boolean isJar(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /**
     * Reads a jar through to the end, so that a corrupt one is refused now rather than failing
     * later, and tells whether it has an adapter service file.
     */
    private static boolean declaresAdapters(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            boolean declares = false;
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                declares |= entry.getName().equals(SERVICE_FILE);
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
            return declares;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- registration

    private Result register(Set<String> excluded) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::group)); // stable: discovery order within a group
        Map<String, Candidate> byId = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        Map<PluginClassLoader, Boolean> used = new IdentityHashMap<>();
        for (Candidate candidate : ordered) {
            if (candidate.loader() != null) {
                used.putIfAbsent(candidate.loader(), Boolean.FALSE);
            }
            String provider = candidate.adapter().getClass().getName();
            Guard.Attempt<AdapterDescriptor> read = candidate.limit().attempt("descriptor",
                    candidate.adapter()::descriptor, null);
            AdapterDescriptor descriptor = read.value();
            if (read.failed()) {
                Throwable failure = read.failure();
                if (isFault(failure)) {
                    problems.add(fault(failure, provider, candidate.origin(), "descriptor"));
                } else if (isInvalidDeclaration(failure)) {
                    problems.add(new PluginProblem(Kind.INVALID_DESCRIPTOR, provider, candidate.origin(),
                            params("provider", provider, "reason", String.valueOf(failure.getMessage()))));
                } else {
                    problems.add(new PluginProblem(Kind.DESCRIPTOR_FAILED, provider, candidate.origin(),
                            params("provider", provider, "error", Guard.describe(failure))));
                }
                continue;
            }
            if (descriptor == null) {
                problems.add(new PluginProblem(Kind.INVALID_DESCRIPTOR, provider, candidate.origin(),
                        params("provider", provider, "reason", "descriptor() returned null")));
                continue;
            }
            if (!SpiVersion.isSupported(descriptor.spiVersion())) {
                problems.add(new PluginProblem(Kind.UNSUPPORTED_SPI_VERSION, provider, candidate.origin(),
                        params("provider", provider, "version", String.valueOf(descriptor.spiVersion()), "supported",
                                String.valueOf(SpiVersion.CURRENT))));
                continue;
            }
            if (excluded.contains(descriptor.id())) {
                continue;
            }
            Candidate first = byId.get(descriptor.id());
            if (first != null) {
                String other = first.adapter().getClass().getName();
                if (other.equals(provider)) {
                    other += " in " + first.origin(); // the same class in two places: say where
                }
                problems.add(new PluginProblem(Kind.DUPLICATE_ID, provider, candidate.origin(),
                        params("provider", provider, "id", descriptor.id(), "other", other)));
                continue;
            }
            byId.put(descriptor.id(), candidate);
            found.add(new Found(GuardedAdapter.guard(candidate.adapter(), descriptor, candidate.limit()),
                    candidate.origin()));
            if (candidate.loader() != null) {
                used.put(candidate.loader(), Boolean.TRUE);
            }
        }
        used.forEach((pluginLoader, inUse) -> {
            if (!inUse) {
                Guard.attempt(() -> {
                    try {
                        pluginLoader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Boolean.TRUE;
                });
            }
        });
        return new Result(found, problems);
    }

    /**
     * Tells whether {@code descriptor()} failed because the descriptor it built is invalid: an
     * {@link IllegalArgumentException} or {@link NullPointerException} raised by the SPI's own
     * checks ({@link AdapterDescriptor}, {@code Limitation}), not by the adapter's code.
     */
    private static boolean isInvalidDeclaration(Throwable failure) {
        if (!(failure instanceof IllegalArgumentException || failure instanceof NullPointerException)) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("java.")) {
                continue;
            }
            return frame.getClassName().startsWith(AdapterDescriptor.class.getPackageName() + ".")
                    && !frame.getClassName().contains(".internal.");
        }
        return false;
    }

    // ---- diagnoses

    /** Turns what a provider threw into one problem. */
    private void problem(@Nullable Throwable thrown, Stage stage, @Nullable String providerClass, String origin) {
        Throwable failure = thrown == null ? new IllegalStateException("unknown failure") : thrown;
        Throwable cause = failure instanceof ServiceConfigurationError && failure.getCause() != null
                ? failure.getCause() : failure;
        String provider = providerClass != null ? providerClass : providerNamedIn(failure, origin);
        if (isFault(cause)) {
            problems.add(fault(cause, provider, origin, "constructor"));
        } else if (cause instanceof ExceptionInInitializerError init) {
            Throwable reason = init.getCause() != null ? init.getCause() : init;
            problems.add(problem(Kind.STATIC_INITIALIZER_FAILED, provider, origin, "error", Guard.describe(reason)));
        } else if (cause instanceof NoClassDefFoundError && String.valueOf(cause.getMessage())
                .startsWith("Could not initialize class")) {
            problems.add(problem(Kind.STATIC_INITIALIZER_FAILED, provider, origin, "error", Guard.describe(cause)));
        } else if (cause instanceof NoSuchMethodException || cause instanceof IllegalAccessException) {
            problems.add(new PluginProblem(Kind.NO_PUBLIC_CONSTRUCTOR, provider, origin, params("provider", provider)));
        } else if (cause instanceof LinkageError || cause instanceof ClassNotFoundException
                || cause instanceof InstantiationException) {
            problems.add(problem(Kind.PROVIDER_NOT_LOADABLE, provider, origin, "error", Guard.describe(cause)));
        } else if (stage == Stage.INSTANTIATE) {
            problems.add(problem(Kind.CONSTRUCTOR_FAILED, provider, origin, "error", Guard.describe(cause)));
        } else {
            problems.add(problem(Kind.PROVIDER_NOT_LOADABLE, provider, origin, "error", serviceError(failure)));
        }
    }

    /** Tells whether a plugin timed out or ran out of memory on its worker thread. */
    private static boolean isFault(Throwable failure) {
        return failure instanceof CallLimit.TimedOut || failure instanceof OutOfMemoryError;
    }

    /** The problem of a plugin that timed out or ran out of memory in its constructor or {@code descriptor()}. */
    private static PluginProblem fault(Throwable failure, String provider, String origin, String operation) {
        if (failure instanceof CallLimit.TimedOut timedOut) {
            return new PluginProblem(Kind.TIMED_OUT, provider, origin,
                    params("adapter", provider, "operation", timedOut.operation(), "seconds", timedOut.seconds()));
        }
        return new PluginProblem(Kind.OUT_OF_MEMORY, provider, origin,
                params("adapter", provider, "operation", operation));
    }

    private static PluginProblem problem(Kind kind, String provider, String origin, String key, String value) {
        return new PluginProblem(kind, provider, origin, params("provider", provider, key, value));
    }

    /** The class a {@code ServiceConfigurationError} is about, from its message ({@code Adapter: Provider x not found}). */
    private static String providerNamedIn(Throwable failure, String origin) {
        String message = failure.getMessage();
        if (!(failure instanceof ServiceConfigurationError) || message == null) {
            return origin;
        }
        String text = message.startsWith(Adapter.class.getName() + ": ")
                ? message.substring(Adapter.class.getName().length() + 2) : message;
        for (String prefix : new String[] {"Provider ", "class ", "interface "}) {
            if (text.startsWith(prefix)) {
                text = text.substring(prefix.length());
                break;
            }
        }
        int end = text.indexOf(' ');
        String name = end < 0 ? text : text.substring(0, end);
        return name.isEmpty() ? origin : name;
    }

    /** The reason of a {@code ServiceConfigurationError} without a cause, without the service name and provider. */
    private static String serviceError(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.endsWith(" not a subtype")) {
            return "not an implementation of " + Adapter.class.getName();
        }
        if (message.endsWith(" not found")) {
            return "class not found";
        }
        return Guard.describe(failure);
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
