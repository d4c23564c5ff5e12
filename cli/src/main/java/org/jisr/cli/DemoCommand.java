package org.jisr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jisr.core.ProgressListener;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr demo}: Jisr's main job on the bundled examples — the flagship workshop of
 * 10 December 2024 and the Franco-Tunisian twinnings. It copies them into a folder, validates
 * them into one report, converts each to every format an adapter found can write (built in or
 * plugin: a format added later appears by itself), and prints one line per file written, with
 * what each conversion could not carry.
 *
 * <p>The folder is the demo's own: it is created when missing; an existing folder is used only
 * when it is empty or was made by an earlier demo (it holds {@value #MARKER}, listing what the
 * demo wrote). Then only the demo's own files are replaced; anything else there is left alone.
 */
@Command(name = "demo", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /**
     * The report's format: the one page a person opens in a browser, {@code report.html} (its file
     * is {@code report.} and the format's code).
     */
    static final ReportFormat REPORT = ReportFormat.HTML;
    /** The examples bundled in the jar, from {@code examples/data/}. */
    static final List<String> EXAMPLES = List.of("workshop-2024-12-10.json", "twinnings-fr-tn.json");
    /** Where the build puts the examples in the jar. */
    static final String RESOURCES = "/org/jisr/cli/demo/";
    /** The file that marks a folder as the demo's, listing the files the demo wrote. */
    static final String MARKER = ".jisr-demo";
    /** The folder of the copies of the examples. */
    static final String EXAMPLES_FOLDER = "examples";

    private final JisrCli.Root root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "dir")
    Path dir = Path.of("jisr-demo");

    DemoCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        CliMessages m = root.messages;
        Optional<Set<String>> previous = ownFiles();
        if (previous.isEmpty()) {
            return JisrCli.USAGE;
        }
        Optional<Jisr> runtime = root.runtime();
        if (runtime.isEmpty()) {
            return JisrCli.USAGE;
        }
        Jisr jisr = runtime.get();
        List<AdapterInfo> writers = jisr.adapters().stream().filter(a -> a.descriptor().writes()).toList();
        Set<String> planned = new LinkedHashSet<>();
        for (String example : EXAMPLES) {
            planned.add(EXAMPLES_FOLDER + "/" + example);
            for (AdapterInfo writer : writers) {
                planned.add(output(writer, example));
            }
        }
        planned.add(reportName());
        for (String name : planned) {
            if (Files.exists(dir.resolve(name)) && !previous.get().contains(name)) {
                root.complain(m.get("demo.not-ours", dir.resolve(name).toString()));
                return JisrCli.USAGE;
            }
        }
        Files.createDirectories(dir.resolve(EXAMPLES_FOLDER));
        Set<String> written = new TreeSet<>(previous.get());
        List<String> lines = new ArrayList<>();
        lines.add(m.get("demo.heading", dir.toString()));

        ValidationReport.Builder all = ValidationReport.builder(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        List<Path> inputs = new ArrayList<>();
        for (String example : EXAMPLES) {
            Path copy = dir.resolve(EXAMPLES_FOLDER).resolve(example);
            try (InputStream in = Objects.requireNonNull(DemoCommand.class.getResourceAsStream(RESOURCES + example),
                    example)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(EXAMPLES_FOLDER + "/" + example);
            ValidationReport report = jisr.validate(copy, "json", ProgressListener.NONE);
            all.addAll(report);
            inputs.add(copy);
            lines.add(m.get("demo.example", copy.toString(), count(report.records())));
        }
        ValidationReport validation = all.build();
        FindingMessages findings = jisr.messages(root.language());
        Path reportFile = dir.resolve(reportName());
        AtomicFile.write(reportFile, out -> REPORT.write(validation, findings, out));
        written.add(reportName());
        lines.add(m.get("demo.report", reportFile.toString(), count(validation.records()), count(validation.errors()),
                count(validation.warnings()), count(validation.infos())));

        boolean failed = validation.errors() > 0;
        for (AdapterInfo writer : writers) {
            for (int i = 0; i < EXAMPLES.size(); i++) {
                String name = output(writer, EXAMPLES.get(i));
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                ConversionReport report = jisr.convert(inputs.get(i), "json", target, writer.id(), false,
                        ProgressListener.NONE);
                if (report.written()) {
                    written.add(name);
                    lines.add(m.get("demo.converted", target.toString(), writer.id(),
                            count(report.recordsWritten()), count(report.recordsRead()), losses(report, m)));
                } else {
                    failed = true;
                    lines.add(m.get("demo.not-converted", target.toString(), writer.id(), firstError(report, findings)));
                }
            }
        }
        Files.writeString(dir.resolve(MARKER), m.get("demo.marker") + System.lineSeparator()
                + String.join(System.lineSeparator(), written) + System.lineSeparator(), StandardCharsets.UTF_8);
        if (!previous.get().isEmpty()) {
            lines.add(1, m.get("demo.replaced", dir.toString()));
        }
        if (!root.quiet) {
            root.print(String.join(System.lineSeparator(), lines) + System.lineSeparator());
        }
        return failed ? JisrCli.FINDINGS : JisrCli.OK;
    }

    /** The report's file name: {@code report.json}, or the code of whatever {@link #REPORT} is. */
    static String reportName() {
        return "report." + REPORT.code();
    }

    /**
     * The files an earlier demo wrote in the folder: none for a new or empty folder. Empty (after
     * saying why) when the folder is not the demo's to write in.
     */
    private Optional<Set<String>> ownFiles() throws IOException {
        CliMessages m = root.messages;
        if (!Files.exists(dir)) {
            return Optional.of(Set.of());
        }
        if (!Files.isDirectory(dir)) {
            root.complain(m.get("demo.not-a-folder", dir.toString()));
            return Optional.empty();
        }
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            // The first line says what the file is; the others are the files, relative to the folder.
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            return Optional.of(Set.copyOf(lines.subList(Math.min(1, lines.size()), lines.size())));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                root.complain(m.get("demo.not-empty", dir.toString()));
                return Optional.empty();
            }
        }
        return Optional.of(Set.of());
    }

    /**
     * Where a writer's conversion of an example goes: a folder per format (two formats may share
     * an extension), the example's name with the format's first extension, or its id when it
     * declares none.
     */
    static String output(AdapterInfo writer, String example) {
        String base = example.substring(0, example.lastIndexOf('.'));
        List<String> extensions = writer.descriptor().extensions();
        return writer.id() + "/" + base + "." + (extensions.isEmpty() ? writer.id() : extensions.get(0));
    }

    /** What a conversion could not carry, in one phrase: whole records by type, then values by pointer. */
    static String losses(ConversionReport report, CliMessages m) {
        if (report.lossCount() == 0) {
            return m.get("demo.nothing-lost");
        }
        Map<String, Integer> records = new TreeMap<>();
        Set<String> pointers = new TreeSet<>();
        long values = 0;
        for (ConversionReport.Loss loss : report.losses()) {
            if (loss.pointer().isEmpty()) {
                records.merge(loss.recordType() == null ? "?" : loss.recordType().jsonName(), 1, Integer::sum);
            } else {
                values++;
                // Indices differ from record to record; the property is what a reader wants to know.
                pointers.add(loss.pointer().replaceAll("/[0-9]+(?=/|$)", "/*"));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!records.isEmpty()) {
            List<String> byType = new ArrayList<>();
            records.forEach((type, n) -> byType.add(type + " " + n));
            parts.add(m.get("demo.records-lost", count(records.values().stream().mapToLong(Integer::longValue).sum()),
                    String.join(", ", byType)));
        }
        long more = report.lossCount() - report.losses().size();
        if (values + more > 0) {
            List<String> shown = pointers.stream().limit(8).toList();
            parts.add(m.get("demo.values-lost", count(values + more),
                    String.join(", ", shown) + (pointers.size() > shown.size() ? ", …" : "")));
        }
        return m.get("demo.lost", String.join("; ", parts));
    }

    private static String firstError(ConversionReport report, FindingMessages messages) {
        for (Finding f : report.findings().findings()) {
            if (f.severity() == Severity.ERROR) {
                return f.code() + " " + messages.render(f);
            }
        }
        return "";
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
