package org.jisr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jisr.core.JisrException;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jisr validate}: validates exchange files and writes one report for all of them. */
@Command(name = "validate", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Option(names = "--report", paramLabel = "text|json", descriptionKey = "report",
            converter = ReportConverter.class)
    ReportFormat report = ReportFormat.TEXT;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "profile")
    @Nullable Path profile;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "output")
    @Nullable Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files = new ArrayList<>();

    ValidateCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!root.readable(file)) {
                return JisrCli.USAGE;
            }
        }
        Validator.Builder builder = Validator.builder();
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
        Validator validator = builder.build();
        ValidationReport.Builder all = ValidationReport.builder(ValidationReport.DEFAULT_SAMPLES_PER_CODE);
        for (Path file : files) {
            all.addAll(validator.validate(file));
        }
        ValidationReport result = all.build();
        FindingMessages messages = FindingMessages.of(root.language());
        if (output != null) {
            try (OutputStream stream = Files.newOutputStream(output)) {
                report.write(result, messages, stream);
            } catch (IOException | JisrException e) {
                root.complain(root.messages.get("error.cannot-write", output.toString()));
                return JisrCli.USAGE;
            }
        } else if (!root.quiet) {
            root.print(report.render(result, messages));
        }
        return result.errors() > 0 ? JisrCli.FINDINGS : JisrCli.OK;
    }

    /** {@code text} or {@code json}. */
    static final class ReportConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("text, json");
            }
        }
    }
}
