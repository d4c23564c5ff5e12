package org.jisr.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.PluginProblem;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.Direction;
import org.jisr.validation.FindingMessages;
import org.jisr.model.RecordType;
import org.jisr.spi.Limitation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr formats [ID]}: the adapters found, then the plugins that could not be loaded; with an
 * id, everything one adapter declares, including what it cannot carry.
 */
@Command(name = "formats", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class FormatsCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Parameters(arity = "0..1", paramLabel = "ID", descriptionKey = "id")
    @Nullable String id;

    FormatsCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Optional<Jisr> runtime = root.runtime();
        if (runtime.isEmpty()) {
            return JisrCli.USAGE;
        }
        Jisr jisr = runtime.get();
        CliMessages m = root.messages;
        if (id != null) {
            Optional<AdapterInfo> one = jisr.adapter(id);
            if (one.isEmpty()) {
                root.complain(m.get("error.unknown-format", id,
                        String.join(", ", jisr.adapters().stream().map(AdapterInfo::id).toList())));
                return JisrCli.USAGE;
            }
            root.print(details(one.get(), m));
            return JisrCli.OK;
        }
        StringBuilder text = new StringBuilder();
        text.append(m.get("formats.heading")).append(System.lineSeparator());
        for (AdapterInfo info : jisr.adapters()) {
            AdapterDescriptor d = info.descriptor();
            text.append(String.join("\t", d.id(), d.name(), directions(d, m),
                    String.join(" ", d.extensions().stream().map(e -> "." + e).toList()), d.version(),
                    origin(info.origin(), m))).append(System.lineSeparator());
        }
        List<PluginProblem> problems = jisr.problems();
        if (!problems.isEmpty()) {
            FindingMessages findings = jisr.messages(root.language());
            text.append(System.lineSeparator()).append(m.get("formats.problems")).append(System.lineSeparator());
            for (PluginProblem p : problems) {
                text.append(p.diagnosis(findings)).append("\t").append(origin(p.origin(), m)).append(System.lineSeparator());
            }
        }
        root.print(text.toString());
        return JisrCli.OK;
    }

    /** One adapter: what it is, what it reads and writes, and every part of the model it cannot carry. */
    private String details(AdapterInfo info, CliMessages m) {
        AdapterDescriptor d = info.descriptor();
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(d.id()).append(" — ").append(d.name()).append(nl);
        text.append(m.get("formats.detail.version", d.version())).append(nl);
        text.append(m.get("formats.detail.directions", directions(d, m))).append(nl);
        text.append(m.get("formats.detail.extensions",
                String.join(" ", d.extensions().stream().map(e -> "." + e).toList()))).append(nl);
        text.append(m.get("formats.detail.media-types", String.join(" ", d.mediaTypes()))).append(nl);
        text.append(m.get("formats.detail.record-types",
                String.join(", ", d.recordTypes().stream().map(RecordType::jsonName).toList()))).append(nl);
        text.append(m.get("formats.detail.origin", origin(info.origin(), m))).append(nl);
        if (d.limitations().isEmpty()) {
            text.append(m.get("formats.detail.no-limitations")).append(nl);
        } else {
            text.append(m.get("formats.detail.limitations", String.valueOf(d.limitations().size()))).append(nl);
            for (Limitation l : d.limitations()) {
                String where = (l.recordType() == null ? "*" : l.recordType().jsonName())
                        + (l.pointer().isEmpty() ? "" : " " + l.pointer());
                text.append("  ").append(where).append(": ").append(l.description().preferring(root.language(), "en")).append(nl);
            }
        }
        return text.toString();
    }

    private static String directions(AdapterDescriptor d, CliMessages m) {
        if (d.directions().contains(Direction.READ) && d.directions().contains(Direction.WRITE)) {
            return m.get("formats.read-write");
        }
        return d.directions().contains(Direction.READ) ? m.get("formats.read") : m.get("formats.write");
    }

    static String origin(String origin, CliMessages m) {
        return switch (origin) {
            case AdapterInfo.BUILT_IN -> m.get("formats.origin.built-in");
            case AdapterInfo.CLASS_PATH -> m.get("formats.origin.class-path");
            case AdapterInfo.MODULE_PATH -> m.get("formats.origin.module-path");
            case AdapterInfo.ADDED -> m.get("formats.origin.added");
            default -> origin;
        };
    }
}
