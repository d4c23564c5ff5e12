package org.jisr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jisr.core.JisrException;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.UnknownFormatException;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr validate}: validates files and writes one report for all of them. Exchange files
 * are validated from their bytes; with {@code --format} (or when detection chooses another
 * adapter), a file is read by that adapter and the records it reads are validated.
 */
@Command(name = "validate", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Option(names = "--format", paramLabel = "ID", descriptionKey = "format")
    @Nullable String format;

    /** Its parameter label is set from {@link ReportFormat#values()} by {@link #labelReportFormats}. */
    @Option(names = "--report", paramLabel = "FORMAT", descriptionKey = "report", converter = ReportConverter.class)
    ReportFormat report = ReportFormat.TEXT;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "output")
    @Nullable Path output;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "profile")
    @Nullable Path profile;

    /** Threads that validate a record stream's lines; the rules run in input order whatever it is. */
    @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--limit", paramLabel = "NAME=VALUE", descriptionKey = "limit")
    java.util.Map<String, String> limits = new java.util.LinkedHashMap<>();

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files = new ArrayList<>();

    ValidateCommand(JisrCli.Root root) {
        this.root = root;
    }

    /** The report formats, as the usage help and the error message list them: {@code text|json…}. */
    static String reportFormats(String separator) {
        return String.join(separator, Arrays.stream(ReportFormat.values()).map(ReportFormat::code).toList());
    }

    /**
     * Labels {@code --report} with every {@link ReportFormat}, so that a format added to core
     * shows in the help without a change here. An annotation's label must be a constant: the
     * option is replaced by a copy with the label, and the options after it are added again after
     * it, to keep their order.
     */
    static void labelReportFormats(CommandSpec spec) {
        List<OptionSpec> options = new ArrayList<>(spec.options());
        int at = options.indexOf(spec.findOption("--report"));
        for (OptionSpec option : options.subList(at, options.size())) {
            spec.remove(option);
        }
        spec.addOption(OptionSpec.builder(options.get(at)).paramLabel(reportFormats("|")).build());
        for (OptionSpec option : options.subList(at + 1, options.size())) {
            spec.addOption(option);
        }
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!root.readable(file)) {
                return JisrCli.USAGE;
            }
        }
        if (threads < 1) {
            root.complain(root.messages.get("error.bad-threads", String.valueOf(threads)));
            return JisrCli.USAGE;
        }
        Validator.Builder builder = Validator.builder().parallelism(threads);
        ReadLimits chosen = ReadLimits.DEFAULTS;
        for (java.util.Map.Entry<String, String> limit : limits.entrySet()) {
            try {
                chosen = chosen.with(limit.getKey(), Long.parseLong(limit.getValue().strip().replace("_", "")));
            } catch (IllegalArgumentException e) {
                root.complain(root.messages.get("error.bad-read-limit", limit.getKey() + "=" + limit.getValue(),
                        String.join(", ", ReadLimits.NAMES)));
                return JisrCli.USAGE;
            }
        }
        builder.limits(chosen);
        if (profile != null) {
            if (!root.readable(profile)) {
                return JisrCli.USAGE;
            }
            try {
                builder.profile(RuleProfile.read(profile));
            } catch (JisrException e) {
                root.complain(root.messages.get("error.bad-profile", String.valueOf(e.getMessage())));
                return JisrCli.USAGE;
            }
        }
        Optional<Jisr> runtime = root.runtime(builder.build());
        if (runtime.isEmpty()) {
            return JisrCli.USAGE;
        }
        Jisr jisr = runtime.get();
        ValidationReport.Builder all = ValidationReport.builder(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        try {
            for (Path file : files) {
                all.addAll(jisr.validate(file, format, root.progress()));
            }
        } catch (UnknownFormatException e) {
            root.complain(root.messages.get("error.unknown-format", e.requested(), String.join(", ", e.known())));
            return JisrCli.USAGE;
        }
        ValidationReport result = all.build();
        FindingMessages messages = jisr.messages(root.language());
        if (output != null) {
            try {
                AtomicFile.write(output, stream -> report.write(result, messages, stream));
            } catch (IOException | JisrException e) {
                root.complain(root.messages.get("error.cannot-write", output.toString()));
                return JisrCli.USAGE;
            }
        } else if (!root.quiet) {
            root.print(report.render(result, messages));
        }
        return result.errors() > 0 ? JisrCli.FINDINGS : JisrCli.OK;
    }

    /** A {@link ReportFormat} by its code; the error lists them all. */
    static final class ReportConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(reportFormats(", "));
            }
        }
    }
}
