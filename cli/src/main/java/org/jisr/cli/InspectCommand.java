package org.jisr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code jisr inspect}: what a file holds, as the adapter that reads it sees it — its format, its
 * size, the exchange format version it declares, its records by type and the languages of its
 * texts. What the adapter could not read is reported as located findings (exit 1 on an error).
 */
@Command(name = "inspect", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class InspectCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Option(names = "--format", paramLabel = "ID", descriptionKey = "format")
    @Nullable String format;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file = Path.of("");

    InspectCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        if (!root.readable(file)) {
            return JisrCli.USAGE;
        }
        Optional<Jisr> runtime = root.runtime();
        if (runtime.isEmpty()) {
            return JisrCli.USAGE;
        }
        Jisr jisr = runtime.get();
        CliMessages m = root.messages;
        AdapterInput input = AdapterInput.of(file);
        Optional<AdapterInfo> chosen = format != null ? jisr.adapter(format).filter(a -> a.descriptor().reads())
                : jisr.select(input, Direction.READ);
        if (chosen.isEmpty()) {
            if (format != null) {
                root.complain(m.get("error.unknown-format", format, String.join(", ", readers(jisr))));
            } else {
                root.complain(m.get("error.undetectable", file.toString()));
            }
            return JisrCli.USAGE;
        }
        AdapterInfo adapter = chosen.get();
        Contents contents = read(adapter, input);
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(m.get("inspect.file", file.toString(), String.format(Locale.ROOT, "%,d", Files.size(file))))
                .append(nl);
        text.append(m.get("inspect.format", adapter.id(), adapter.descriptor().name(),
                FormatsCommand.origin(adapter.origin(), m))).append(nl);
        if (adapter.isBuiltIn()) {
            // Only the exchange format itself declares a version; other formats have none of Jisr's.
            Optional<String> version = declaredVersion(file);
            text.append(version.isPresent() ? m.get("inspect.version", version.get()) : m.get("inspect.no-version"))
                    .append(nl);
        }
        text.append(m.get("inspect.records", String.format(Locale.ROOT, "%,d", contents.records()))).append(nl);
        contents.byType.forEach((type, n) -> text.append(m.get("inspect.record-type", type.jsonName(),
                String.format(Locale.ROOT, "%,d", n))).append(nl));
        String language = contents.metadata.language();
        text.append(language != null ? m.get("inspect.language", language) : m.get("inspect.no-language")).append(nl);
        text.append(contents.languages.isEmpty() ? m.get("inspect.no-languages")
                : m.get("inspect.languages", String.join(", ", contents.languages))).append(nl);
        ValidationReport findings = contents.findings.records(contents.records()).build();
        if (!findings.findings().isEmpty()) {
            text.append(nl).append(ReportFormat.TEXT.render(findings, jisr.messages(root.language())));
        }
        if (!root.quiet) {
            root.print(text.toString());
        }
        return findings.errors() > 0 ? JisrCli.FINDINGS : JisrCli.OK;
    }

    private static java.util.List<String> readers(Jisr jisr) {
        return jisr.adapters().stream().filter(a -> a.descriptor().reads()).map(AdapterInfo::id).toList();
    }

    /** What reading the file gave. */
    private static final class Contents {
        final Map<RecordType, Long> byType = new EnumMap<>(RecordType.class);
        final Set<String> languages = new TreeSet<>();
        final ValidationReport.Builder findings = ValidationReport.builder(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        DocumentMetadata metadata = DocumentMetadata.EMPTY;

        long records() {
            return byType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Reads every record through the (guarded) adapter, counting and collecting as it goes. */
    private Contents read(AdapterInfo adapter, AdapterInput input) {
        Contents contents = new Contents();
        contents.findings.file(input.name());
        AdapterContext context = new AdapterContext() {
            @Override
            public ReadLimits limits() {
                return ReadLimits.DEFAULTS;
            }

            @Override
            public void report(FindingType type, Location at, Map<String, String> parameters) {
                contents.findings.add(new Finding(type, type.defaultSeverity(), parameters, at));
            }

            @Override
            public void lost(JisrRecord record, String pointer) {
                // Reading loses nothing: losses are a writer's.
            }
        };
        try (RecordReader reader = adapter.adapter().openReader(input, context)) {
            ProgressCounter progress = new ProgressCounter(input.name(), root.progress());
            for (Optional<JisrRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                JisrRecord record = next.get();
                contents.byType.merge(record.type(), 1L, Long::sum);
                languages(record, contents.languages);
                progress.record();
            }
            progress.done();
            contents.metadata = reader.metadata();
        }
        if (contents.metadata.language() != null) {
            contents.languages.add(contents.metadata.language());
        }
        languages(contents.metadata, contents.languages);
        return contents;
    }

    /**
     * Adds the language tags of every multilingual text in a model value. The model is made of
     * Java records, lists and maps all the way down, so walking their components finds every text,
     * those of model types added later included, without a list of properties to keep up to date.
     */
    static void languages(@Nullable Object value, Set<String> into) {
        if (value == null) {
            return;
        }
        if (value instanceof MultilingualText text) {
            into.addAll(text.languages());
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> languages(v, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> languages(v, into));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> languages(v, into));
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().equals("org.jisr.model")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    languages(component.getAccessor().invoke(value), into);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // A component that cannot be read holds no text we could show anyway.
                }
            }
        }
    }

    /**
     * The version the file declares in its {@code jisr} member: the document's top level, or a
     * record stream's first line (its {@code Header}); read with a streaming parser that skips
     * every other value, so that a large file costs little.
     */
    static Optional<String> declaredVersion(Path file) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                if (name.equals("jisr") && value == JsonToken.VALUE_STRING) {
                    return Optional.of(p.getString());
                }
                p.skipChildren();
            }
        } catch (IOException | JacksonException e) {
            // Not JSON, or broken before the member: no version declared that we can read.
        }
        return Optional.empty();
    }

    /** Records and bytes for the progress bar, counted here because inspect reads itself. */
    private static final class ProgressCounter {
        private final String input;
        private final org.jisr.core.ProgressListener listener;
        private long records;

        ProgressCounter(String input, org.jisr.core.ProgressListener listener) {
            this.input = input;
            this.listener = listener;
        }

        void record() {
            records++;
            if (records % org.jisr.core.ProgressListener.RECORD_INTERVAL == 0) {
                listener.onProgress(new org.jisr.core.Progress(input, records, 0, -1, false));
            }
        }

        void done() {
            listener.onProgress(new org.jisr.core.Progress(input, records, 0, -1, true));
        }
    }
}
