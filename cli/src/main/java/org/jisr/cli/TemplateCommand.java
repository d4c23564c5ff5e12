package org.jisr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jisr.adapter.csv.CsvTemplates;
import org.jisr.adapter.tabular.TabularMapping;
import org.jisr.adapter.xlsx.XlsxTemplates;
import org.jisr.core.JisrIOException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr template --to xlsx-fr|xlsx-tn|csv-fr|csv-tn DIR}: writes an empty spreadsheet of a
 * profile — its tables with their headers, and an explanation of each column in the profile's
 * language with the values its codelist allows — into a folder, replacing files of the same names.
 */
@Command(name = "template", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    /** The profiles a template can be written for. */
    static final List<String> PROFILES = List.of("xlsx-fr", "xlsx-tn", "csv-fr", "csv-tn");

    private final JisrCli.Root root;

    @Option(names = "--to", paramLabel = "xlsx-fr|xlsx-tn|csv-fr|csv-tn", required = true, descriptionKey = "to")
    @Nullable String to;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "folder")
    @Nullable Path folder;

    TemplateCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        String profile = java.util.Objects.requireNonNull(to);
        Path dir = java.util.Objects.requireNonNull(folder);
        if (!PROFILES.contains(profile)) {
            root.complain(root.messages.get("error.unknown-template", profile, String.join(", ", PROFILES)));
            return JisrCli.USAGE;
        }
        TabularMapping mapping = TabularMapping.builtIn(profile.endsWith("-fr") ? TabularMapping.FRENCH
                : TabularMapping.TUNISIAN);
        List<Path> written;
        try {
            written = profile.startsWith("csv") ? CsvTemplates.write(mapping, dir)
                    : List.of(XlsxTemplates.write(mapping, dir.resolve("jisr-template-" + profile.substring(5) + ".xlsx")));
        } catch (JisrIOException e) {
            root.complain(root.messages.get("error.template-not-written", dir.toString(),
                    String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
            return JisrCli.USAGE;
        }
        for (Path file : written) {
            root.println(file.toString());
        }
        if (!root.quiet) {
            root.println(root.messages.get("template.done", profile, dir.toString(), String.valueOf(written.size())));
        }
        return JisrCli.OK;
    }
}
