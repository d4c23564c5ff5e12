package org.jisr.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jisr.core.ProgressListener;
import org.jisr.runtime.internal.AdapterRecordSource;
import org.jisr.runtime.internal.Discovery;
import org.jisr.runtime.internal.GuardedAdapter;
import org.jisr.runtime.internal.adapters.JsonDocumentAdapter;
import org.jisr.runtime.internal.adapters.NdjsonAdapter;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Finding;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A Jisr runtime: the adapters found, the problems met finding them, the choice of an adapter
 * for an input, and the validator. There is no global registry: build one runtime with
 * {@link #builder()} and keep it; {@link #rebuild()} makes a variant.
 *
 * <pre>{@code
 * Jisr jisr = Jisr.builder()
 *         .pluginFolder(Path.of("/opt/jisr/plugins"))
 *         .pin("csv-tn")
 *         .build();
 * jisr.problems().forEach(p -> log.warn(p.diagnosis()));
 * Optional<AdapterInfo> reader = jisr.select(AdapterInput.of(Path.of("export.csv")), Direction.READ);
 * }</pre>
 *
 * <p><b>Discovery</b> happens once, in {@link Builder#build()}: Jisr's built-in adapters, those
 * {@linkplain Builder#adapter added} to the builder, those registered with {@code ServiceLoader}
 * on the class path ({@code META-INF/services/org.jisr.spi.Adapter}) and the module path
 * ({@code provides org.jisr.spi.Adapter with …}), and those of the
 * {@linkplain Builder#pluginFolder plugin folder}, each plugin in a class loader of its own. A
 * broken provider — its class cannot be loaded, its constructor or static initializer throws, it
 * has no public no-arg constructor, its {@code descriptor()} throws or is invalid, it targets
 * another SPI version, its id is taken — is not registered: it becomes a {@link PluginProblem}
 * with a one-line diagnosis, and the others work.
 *
 * <p><b>Every call into an adapter is guarded</b>: the adapters given out by
 * {@link AdapterInfo#adapter()} report what their code throws as {@code adapter.failed} findings
 * (only a {@link VirtualMachineError} goes through) and go on with a safe default. An adapter of
 * the plugin folder is also held to a {@linkplain Builder#adapterCallTimeout time limit per call}
 * and to its own memory: one that hangs or runs out of memory is stopped, reported and disabled.
 *
 * <p><b>Thread-safety:</b> a runtime is immutable and thread-safe: its methods may be called from
 * several threads at once, and its adapters serve several conversions at once (the SPI requires
 * adapters to be thread-safe). Plugin class loaders stay open for the life of the runtime.
 *
 * @since 0.1
 */
public final class Jisr {

    private final Builder settings;
    private final List<AdapterInfo> adapters;
    private final Map<String, AdapterInfo> byId;
    private final List<PluginProblem> problems;
    private final List<String> pinned;
    private final ClassLoader classLoader;
    private final @Nullable Validator givenValidator;
    private volatile @Nullable Validator validator;

    private Jisr(Builder builder) {
        this.classLoader = builder.effectiveClassLoader();
        this.settings = builder.copy();
        settings.classLoader = classLoader;
        this.pinned = List.copyOf(builder.pinned);
        this.givenValidator = builder.validator;
        Discovery.Result found = Discovery.discover(classLoader, builder.discoverAdapters, builder.adapters,
                builder.pluginFolder, Set.copyOf(builder.excluded), builder.adapterCallTimeout);
        List<AdapterInfo> infos = new ArrayList<>();
        for (Discovery.Found f : found.adapters()) {
            infos.add(new AdapterInfo(f.adapter(), f.origin()));
        }
        infos.sort(Comparator.comparing(AdapterInfo::id));
        Map<String, AdapterInfo> index = new LinkedHashMap<>();
        infos.forEach(i -> index.put(i.id(), i));
        this.adapters = List.copyOf(infos);
        this.byId = Map.copyOf(index);
        this.problems = found.problems();
    }

    /**
     * Starts a runtime with the defaults: the thread's context class loader, no plugin folder,
     * adapters found with {@code ServiceLoader}, nothing pinned or excluded, a default validator.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder preset with this runtime's settings (class loader, plugin folder, added
     * adapters, pins, exclusions, validator), to build a variant. Building discovers again.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        return settings.copy();
    }

    /**
     * Returns the adapters registered, by id.
     *
     * @return the adapters, sorted by id; excluded adapters are not there
     */
    public List<AdapterInfo> adapters() {
        return adapters;
    }

    /**
     * Returns the adapters and plugins found but not registered, with their diagnoses, in the order
     * they were met.
     *
     * @return the problems; empty when everything found works
     */
    public List<PluginProblem> problems() {
        return problems;
    }

    /**
     * Finds a registered adapter by id.
     *
     * @param id the id
     * @return the adapter, or empty when none has that id (or it is excluded)
     */
    public Optional<AdapterInfo> adapter(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Chooses the adapter for an input, as {@link #selection} ranks them.
     *
     * @param input     the input to read, or, for {@link Direction#WRITE}, an input naming the
     *                  output (only its name is used)
     * @param direction read or write
     * @return the best adapter, or empty when none can take it
     */
    public Optional<AdapterInfo> select(AdapterInput input, Direction direction) {
        return selection(input, direction).chosen();
    }

    /**
     * Returns the messages of a language that also find the message bundles of this runtime's
     * adapters — those loaded from the plugin folder included — so that their findings render
     * in French, Arabic and English like Jisr's own.
     *
     * @param language {@code fr}, {@code ar} or {@code en}
     * @return the messages
     */
    public org.jisr.validation.FindingMessages messages(String language) {
        java.util.Set<ClassLoader> loaders = new java.util.LinkedHashSet<>();
        for (AdapterInfo info : adapters()) {
            ClassLoader loader = info.classLoader();
            if (loader != null && loader != Jisr.class.getClassLoader()) {
                loaders.add(loader);
            }
        }
        return org.jisr.validation.FindingMessages.of(language, loaders);
    }

    /**
     * Converts a file from one format to another, record by record, with the adapters of this
     * runtime (guarded). The output is written atomically: it appears only when the conversion
     * succeeded, and an existing file is left as it was otherwise.
     *
     * @param input  the file to read
     * @param fromId the id of the adapter to read it with, or {@code null} to choose by detection
     * @param output the file to write
     * @param toId   the id of the adapter to write with, or {@code null} to choose by the output's
     *               extension
     * @param strict whether any value the target cannot carry is an error (and nothing is written)
     * @return the report: records read and written, findings, and every value not carried; the
     *         input is read within the read limits of this runtime's {@linkplain #validator() validator}
     * @throws UnknownFormatException when no adapter has the id, or none can read the input or
     *                                write the output
     */
    public ConversionReport convert(Path input, @Nullable String fromId, Path output, @Nullable String toId,
            boolean strict) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        AdapterInfo from = choose(fromId, AdapterInput.of(input), Direction.READ);
        AdapterInfo to = choose(toId, AdapterInput.of(output), Direction.WRITE);
        return Conversion.of(from.adapter(), to.adapter()).options(limited()).strict(strict).run(input, output);
    }

    /**
     * Converts a file, as {@link #convert(Path, String, Path, String, boolean)} does, telling a
     * listener how far the reading has got (records read, bytes of the input read, its size).
     *
     * @param input    the file to read
     * @param fromId   the id of the adapter to read it with, or {@code null} to choose by detection
     * @param output   the file to write
     * @param toId     the id of the adapter to write with, or {@code null} to choose by the
     *                 output's extension
     * @param strict   whether any value the target cannot carry is an error
     * @param progress told of the progress, as {@link ProgressListener} says
     * @return the report
     * @throws UnknownFormatException when no adapter has the id, or none can read the input or
     *                                write the output
     * @since 0.1
     */
    public ConversionReport convert(Path input, @Nullable String fromId, Path output, @Nullable String toId,
            boolean strict, ProgressListener progress) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(progress, "progress");
        AdapterInfo from = choose(fromId, AdapterInput.of(input), Direction.READ);
        AdapterInfo to = choose(toId, AdapterInput.of(output), Direction.WRITE);
        return Conversion.of(from.adapter(), to.adapter()).options(limited()).strict(strict).progress(progress)
                .run(input, output);
    }

    /** The default conversion options with the read limits of this runtime's validator. */
    private ConversionOptions limited() {
        return ConversionOptions.DEFAULTS.withLimits(validator().limits());
    }

    /**
     * Validates a file in any format an adapter of this runtime reads, with this runtime's
     * {@linkplain #validator() validator}.
     *
     * <ul>
     * <li>An exchange file read by the built-in {@code json} or {@code ndjson} adapter is validated
     *     from its bytes, in all four layers (syntax, schema, model, rules), as a document or a
     *     record stream according to the adapter — whatever the file's name.</li>
     * <li>Any other format is read by its adapter; what the adapter reports (a cell it cannot
     *     read) is in the report, and the records it reads are validated by
     *     {@link Validator#validate(org.jisr.validation.RecordSource)}, located where the adapter
     *     says they are.</li>
     * <li>With no id, the adapter is chosen by detection, as {@link #selection} ranks them; an input
     *     no adapter recognises is validated as an exchange file (its form told by its name), so
     *     that what is wrong with it is reported as findings of the syntax layer.</li>
     * </ul>
     *
     * @param input    the file
     * @param formatId the id of the adapter to read it with, or {@code null} to choose by detection
     * @param progress told of the records and bytes read, as {@link ProgressListener} says
     * @return the report; never throws for bad input
     * @throws UnknownFormatException when {@code formatId} names no adapter that reads
     * @since 0.1
     */
    public ValidationReport validate(Path input, @Nullable String formatId, ProgressListener progress) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(progress, "progress");
        AdapterInput in = AdapterInput.of(input);
        Optional<AdapterInfo> reader = formatId != null ? Optional.of(choose(formatId, in, Direction.READ))
                : select(in, Direction.READ);
        Validator v = validator();
        if (reader.isEmpty()) {
            return v.validate(input, ExchangeForm.fromFileName(input.toString()), progress);
        }
        AdapterInfo info = reader.get();
        if (info.isBuiltIn() && info.id().equals(JsonDocumentAdapter.ID)) {
            return v.validate(input, ExchangeForm.DOCUMENT, progress);
        }
        if (info.isBuiltIn() && info.id().equals(NdjsonAdapter.ID)) {
            return v.validate(input, ExchangeForm.STREAM, progress);
        }
        AdapterRecordSource source = AdapterRecordSource.open(GuardedAdapter.of(info.adapter()), in, v.limits(),
                progress);
        try {
            return v.validate(source);
        } finally {
            source.finish();
        }
    }

    private AdapterInfo choose(@Nullable String id, AdapterInput input, Direction direction) {
        if (id != null) {
            AdapterInfo info = adapter(id).orElseThrow(() -> new UnknownFormatException(id, known(direction)));
            boolean can = direction == Direction.READ ? info.descriptor().reads() : info.descriptor().writes();
            if (!can) {
                throw new UnknownFormatException(id, known(direction));
            }
            return info;
        }
        return select(input, direction).orElseThrow(() -> new UnknownFormatException(input.name(), known(direction)));
    }

    private List<String> known(Direction direction) {
        return adapters().stream()
                .filter(a -> direction == Direction.READ ? a.descriptor().reads() : a.descriptor().writes())
                .map(AdapterInfo::id).toList();
    }

    /**
     * Ranks the adapters for an input, by what they declare and, for reading, what they detect.
     *
     * <ul>
     * <li>Only adapters that declare the direction take part; excluded adapters are not there.</li>
     * <li>Reading: each adapter's {@link Adapter#detect} is asked (guarded; a failure counts as
     *     {@link Detection#NO} and gives an {@code adapter.failed} finding); an adapter that
     *     answers 0 cannot take the input, whatever it declares.</li>
     * <li>Writing: adapters are not asked; those that declare the extension of the output's name
     *     can take it.</li>
     * <li>Among those that can take it, a pinned adapter always wins (the first pinned, when
     *     several can); then the highest confidence; then an adapter that declares the name's
     *     extension; then, on a tie, a third-party adapter before a built-in one; then the smaller
     *     id.</li>
     * </ul>
     *
     * @param input     the input (for writing, only its name is used)
     * @param direction read or write
     * @return the ranking
     */
    public Selection selection(AdapterInput input, Direction direction) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(direction, "direction");
        String name = input.name();
        List<Finding> findings = new ArrayList<>();
        List<Selection.Candidate> candidates = new ArrayList<>();
        for (AdapterInfo info : adapters) {
            AdapterDescriptor d = info.descriptor();
            if (!d.directions().contains(direction)) {
                continue;
            }
            boolean declares = declaresExtension(d, name);
            Detection detection;
            if (direction == Direction.READ) {
                detection = GuardedAdapter.of(info.adapter()).detect(input, findings::add);
            } else {
                detection = declares ? Detection.of(1, "declares the extension of " + name)
                        : Detection.of(0, "does not declare the extension of " + name);
            }
            candidates.add(new Selection.Candidate(info, detection, declares, pinned.contains(info.id())));
        }
        candidates.sort(ranking());
        return new Selection(direction, name, candidates, findings);
    }

    private Comparator<Selection.Candidate> ranking() {
        return Comparator.comparing((Selection.Candidate c) -> !c.eligible())
                .thenComparingInt(c -> c.pinned() ? pinned.indexOf(c.adapter().id()) : Integer.MAX_VALUE)
                .thenComparing(c -> c.detection().confidence(), Comparator.reverseOrder())
                .thenComparing(c -> !c.declaresExtension())
                .thenComparing(c -> c.adapter().isBuiltIn())
                .thenComparing(c -> c.adapter().id());
    }

    private static boolean declaresExtension(AdapterDescriptor descriptor, String name) {
        String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        for (String extension : descriptor.extensions()) {
            if (fileName.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the ids pinned, in the order they were pinned.
     *
     * @return the pinned ids
     */
    public List<String> pinned() {
        return pinned;
    }

    /**
     * Returns the ids excluded.
     *
     * @return the excluded ids
     */
    public Set<String> excluded() {
        return Set.copyOf(settings.excluded);
    }

    /**
     * Returns the longest a call into an adapter of the plugin folder may take.
     *
     * @return the limit (60 seconds unless the builder set another)
     * @since 0.1
     */
    public Duration adapterCallTimeout() {
        return settings.adapterCallTimeout;
    }

    /**
     * Returns the plugin folder adapters were looked for in.
     *
     * @return the folder, or empty when there is none
     */
    public Optional<Path> pluginFolder() {
        return Optional.ofNullable(settings.pluginFolder);
    }

    /**
     * Returns the class loader adapters (and validation rules) are found with.
     *
     * @return the class loader
     */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * Returns the validator: the one given to the builder, or one with the defaults and this
     * runtime's class loader, built on first use.
     *
     * @return the validator
     */
    public Validator validator() {
        Validator v = givenValidator != null ? givenValidator : validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    v = Validator.builder().classLoader(classLoader).build();
                    validator = v;
                }
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return "Jisr" + adapters.stream().map(AdapterInfo::id).toList()
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)");
    }

    /**
     * Configures a {@link Jisr} runtime. Not thread-safe; {@link #build()} may be called several
     * times, each time discovering anew.
     *
     * @since 0.1
     */
    public static final class Builder {
        private @Nullable ClassLoader classLoader;
        private @Nullable Path pluginFolder;
        private final List<Adapter> adapters = new ArrayList<>();
        private final Set<String> pinned = new LinkedHashSet<>();
        private final Set<String> excluded = new LinkedHashSet<>();
        private @Nullable Validator validator;
        private boolean discoverAdapters = true;
        private Duration adapterCallTimeout = Discovery.DEFAULT_CALL_TIMEOUT;

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.classLoader = classLoader;
            b.pluginFolder = pluginFolder;
            b.adapters.addAll(adapters);
            b.pinned.addAll(pinned);
            b.excluded.addAll(excluded);
            b.validator = validator;
            b.discoverAdapters = discoverAdapters;
            b.adapterCallTimeout = adapterCallTimeout;
            return b;
        }

        private ClassLoader effectiveClassLoader() {
            if (classLoader != null) {
                return classLoader;
            }
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Jisr.class.getClassLoader();
        }

        /**
         * Sets the class loader adapters are found with on the class path, and the parent of the
         * plugins' class loaders (default: the thread's context class loader when the runtime is
         * built).
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        /**
         * Sets the plugin folder: each {@code *.jar} in it is a plugin, and so is each folder in
         * it (all its {@code *.jar} together, for a plugin that brings libraries); each plugin is
         * loaded in a class loader of its own, whose parent is {@link #classLoader}. A plugin
         * registers its adapters in {@code META-INF/services/org.jisr.spi.Adapter}. A folder
         * that does not exist is reported as a problem.
         *
         * @param value the folder, or {@code null} for none (the default)
         * @return this builder
         */
        public Builder pluginFolder(@Nullable Path value) {
            this.pluginFolder = value;
            return this;
        }

        /**
         * Adds an adapter, registered before those found with {@code ServiceLoader} and in
         * plugins; its descriptor is checked like theirs. Its origin is {@value AdapterInfo#ADDED}.
         *
         * @param adapter the adapter
         * @return this builder
         */
        public Builder adapter(Adapter adapter) {
            adapters.add(Objects.requireNonNull(adapter, "adapter"));
            return this;
        }

        /**
         * Whether to find adapters with {@code ServiceLoader} on the class path and module path
         * (default {@code true}). With {@code false}, only the adapters added and those of the
         * plugin folder are registered — Jisr's built-in adapters too are found this way.
         *
         * @param value {@code false} to skip the class path and module path
         * @return this builder
         */
        public Builder discoverAdapters(boolean value) {
            this.discoverAdapters = value;
            return this;
        }

        /**
         * Pins an adapter: whenever it can take an input, it is chosen over the others. Pins rank
         * in the order given. Pinning an excluded id removes its exclusion.
         *
         * @param id the adapter id
         * @return this builder
         */
        public Builder pin(String id) {
            Objects.requireNonNull(id, "id");
            excluded.remove(id);
            pinned.add(id);
            return this;
        }

        /**
         * Excludes an adapter: no adapter with this id is registered, and so none is ever chosen
         * or found by id; they are left out silently (a clash of ids among them is not reported).
         * To prefer a plugin over a built-in adapter of the same format, give the plugin its own
         * id and {@linkplain #pin pin} it. Excluding a pinned id removes its pin.
         *
         * @param id the adapter id
         * @return this builder
         */
        public Builder exclude(String id) {
            Objects.requireNonNull(id, "id");
            pinned.remove(id);
            excluded.add(id);
            return this;
        }

        /**
         * Sets the validator of the runtime (default: a validator with the defaults and this
         * builder's class loader).
         *
         * @param value the validator
         * @return this builder
         */
        public Builder validator(Validator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /**
         * Sets the longest a call into an adapter of the {@linkplain #pluginFolder plugin folder}
         * may take (default 60 seconds): its constructor, {@code descriptor()}, {@code detect},
         * {@code openReader}, each {@code next}, {@code write}, {@code close} … A plugin's calls
         * run on a daemon worker thread of its own; one that does not return in time is reported
         * as {@code adapter.timed-out} (or, at discovery, a {@link PluginProblem} of that kind), its
         * thread is interrupted and abandoned, and the adapter is disabled for the life of the
         * runtime; an {@code OutOfMemoryError} on that thread is reported as
         * {@code adapter.out-of-memory} and disables the adapter too. Jisr's own adapters and
         * those found on the class path or module path, or added, are trusted code run directly.
         *
         * <p>Why 60 seconds: a call handles one record, or opens a file (an adapter that loads a
         * whole workbook may take seconds for a large one on a slow machine), so a minute is far
         * above any honest call, yet short enough for an unattended batch to move on.
         *
         * @param value the limit, positive
         * @return this builder
         * @throws IllegalArgumentException when the limit is zero or negative
         * @since 0.1
         */
        public Builder adapterCallTimeout(Duration value) {
            Objects.requireNonNull(value, "adapterCallTimeout");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("the adapter call timeout is positive: " + value);
            }
            this.adapterCallTimeout = value;
            return this;
        }

        /**
         * Builds the runtime: discovers the adapters now.
         *
         * @return the runtime
         */
        public Jisr build() {
            return new Jisr(this);
        }
    }
}
