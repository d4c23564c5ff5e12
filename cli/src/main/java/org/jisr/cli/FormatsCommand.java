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
import picocli.CommandLine.Command;

/** {@code jisr formats}: the adapters found, then the plugins that could not be loaded. */
@Command(name = "formats", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class FormatsCommand implements Callable<Integer> {

    private final JisrCli.Root root;

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
