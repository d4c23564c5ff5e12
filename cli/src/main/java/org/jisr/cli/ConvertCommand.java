package org.jisr.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.UnknownFormatException;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Direction;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr convert}: converts a file with the adapters found. The input is validated first,
 * in whatever format it is (an exchange file from its bytes, another format through its adapter),
 * and nothing is written when it has errors unless {@code --force}.
 */
@Command(name = "convert", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Option(names = "--from", paramLabel = "ID", descriptionKey = "from")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "ID", required = true, descriptionKey = "to")
    String to = "";

    @Option(names = "--strict", descriptionKey = "strict")
    boolean strict;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Parameters(index = "0", paramLabel = "INPUT", descriptionKey = "input")
    Path input = Path.of("");

    @Parameters(index = "1", paramLabel = "OUTPUT", descriptionKey = "output")
    Path output = Path.of("");

    ConvertCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (!root.readable(input)) {
            return JisrCli.USAGE;
        }
        Optional<Jisr> runtime = root.runtime();
        if (runtime.isEmpty()) {
            return JisrCli.USAGE;
        }
        Jisr jisr = runtime.get();
        FindingMessages findings = jisr.messages(root.language());
        CliMessages m = root.messages;
        try {
            Optional<String> reader = from != null ? Optional.of(from)
                    : jisr.select(AdapterInput.of(input), Direction.READ).map(AdapterInfo::id);
            if (reader.isPresent()) {
                ValidationReport validation = jisr.validate(input, reader.get(), root.progress());
                if (validation.errors() > 0 && !force) {
                    root.print(ReportFormat.TEXT.render(validation, findings));
                    root.complain(m.get("convert.refused", input.toString(), String.valueOf(validation.errors())));
                    return JisrCli.FINDINGS;
                }
            }
            ConversionReport report = jisr.convert(input, from, output, to, strict, root.progress());
            StringBuilder text = new StringBuilder();
            if (report.findings().errors() + report.findings().warnings() > 0 && !report.written()) {
                text.append(ReportFormat.TEXT.render(report.findings(), findings));
            }
            for (ConversionReport.Loss loss : report.losses()) {
                String line = loss.pointer().isEmpty()
                        ? m.get("convert.record-lost", loss.recordId(),
                                loss.recordType() == null ? "?" : loss.recordType().jsonName(), loss.adapterId())
                        : m.get("convert.loss", loss.recordId(), loss.pointer(), loss.adapterId());
                text.append(line).append(System.lineSeparator());
            }
            if (report.lossCount() > report.losses().size()) {
                text.append(m.get("convert.more-losses", String.valueOf(report.lossCount() - report.losses().size())))
                        .append(System.lineSeparator());
            }
            if (report.written()) {
                text.append(m.get("convert.done", report.input(), report.from(), report.output().toString(),
                        report.to(), String.valueOf(report.recordsRead()), String.valueOf(report.recordsWritten()),
                        String.valueOf(report.lossCount()))).append(System.lineSeparator());
            }
            if (!root.quiet || !report.written()) {
                root.print(text.toString());
            }
            if (!report.written()) {
                root.complain(m.get("convert.not-written", output.toString()));
                return JisrCli.FINDINGS;
            }
            return JisrCli.OK;
        } catch (UnknownFormatException e) {
            root.complain(m.get("error.unknown-format", e.requested(), String.join(", ", e.known())));
            return JisrCli.USAGE;
        }
    }
}
