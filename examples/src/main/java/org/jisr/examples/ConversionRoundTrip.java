package org.jisr.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jisr.core.JisrException;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.UnknownFormatException;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.Limitation;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Severity;

/**
 * Converts an exchange document to a record stream and back with a {@link Jisr} runtime, and
 * reads each {@link ConversionReport}: records read and written, whether the output was written,
 * the errors, and every value the target format could not carry, grouped by JSON Pointer with the
 * reason its adapter declares. Finally it compares the document that came back with the input,
 * byte for byte: Jisr writes canonical JSON, so a canonical input comes back identical.
 *
 * <p>Stateless: its methods may be called from several threads at once, with one shared
 * {@link Jisr} runtime.
 *
 * <p>Run it from the repository root (the default input is the flagship workshop):
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.jisr.examples.ConversionRoundTrip \
 *     -Dexec.args="--lang fr"
 * </pre>
 *
 * @since 0.1
 */
public final class ConversionRoundTrip {

    /** How many record ids are shown for one value not carried; the count says how many there are. */
    private static final int IDS_SHOWN = 3;

    private ConversionRoundTrip() {
    }

    /**
     * Converts a document and back: {@code [--lang fr|ar|en] [INPUT [FOLDER]]}. The default input
     * is the flagship workshop, the default folder {@code target/conversion}; the folder receives
     * {@code NAME.ndjson} and {@code NAME.back.json}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Converts a document and back, writing to the given streams.
     *
     * @param args see {@link #main(String[])}
     * @param out  where the conversions are described
     * @param err  where a usage error or an unknown format is printed, in one line
     * @return 0 when both conversions wrote their output and nothing was lost, 1 otherwise,
     *         2 on a usage error or when no adapter can read the input
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String language = "en";
        int first = 0;
        if (args.length >= 2 && args[0].equals("--lang")) {
            language = args[1];
            first = 2;
            if (!FindingMessages.LANGUAGES.contains(language)) {
                err.println(ExampleTexts.unknownLanguage());
                return 2;
            }
        }
        ExampleTexts texts = ExampleTexts.of(language);
        if (args.length - first > 2 || java.util.Arrays.stream(args, first, args.length).anyMatch(a -> a.startsWith("-"))) {
            err.println(texts.get("convert.usage"));
            return 2;
        }
        Path input = args.length > first ? Path.of(args[first]) : FlagshipFiles.workshop();
        Path folder = Path.of(args.length > first + 1 ? args[first + 1] : "target/conversion");
        String name = input.getFileName() == null ? "document" : input.getFileName().toString().replaceFirst("\\.json$", "");

        Jisr jisr = Jisr.builder().build();                       // built once, immutable, thread-safe
        try {
            Files.createDirectories(folder);
            ConversionReport there = convert(jisr, input, folder.resolve(name + ".ndjson"), language, out);
            if (!there.written()) {
                return 1;
            }
            ConversionReport back = convert(jisr, there.output(), folder.resolve(name + ".back.json"), language, out);
            if (!back.written()) {
                return 1;
            }
            long mismatch = Files.mismatch(input, back.output());
            out.println(mismatch < 0 ? texts.get("convert.identical", back.output(), input)
                    : texts.get("convert.different", back.output(), input, mismatch));
            return there.lossCount() == 0 && back.lossCount() == 0 ? 0 : 1;
        } catch (UnknownFormatException e) {
            err.println(texts.get("convert.unknownFormat", e.requested(), String.join(", ", e.known())));
            return 2;
        } catch (IOException | JisrException e) {
            err.println(texts.get("convert.failed", input, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return 2;
        }
    }

    /**
     * Converts one file with the adapters the runtime chooses (by detection for the input, by
     * extension for the output) and prints what its report says.
     *
     * @param jisr     the runtime
     * @param input    the file to read
     * @param output   the file to write; written atomically, and only when there is no error
     * @param language the language of the description: {@code fr}, {@code ar} or {@code en}
     * @param out      where to print
     * @return the report
     * @throws UnknownFormatException when no adapter can read the input or
     *                                                 write the output
     */
    public static ConversionReport convert(Jisr jisr, Path input, Path output, String language, PrintStream out) {
        ExampleTexts texts = ExampleTexts.of(language);
        FindingMessages messages = jisr.messages(language);        // also renders plugins' findings

        ConversionReport report = jisr.convert(input, null, output, null, false);

        out.println(texts.get("convert.step", report.input(), report.from(), report.output(), report.to(),
                report.recordsRead(), report.recordsWritten()));
        if (report.written()) {
            out.println("  " + texts.get("convert.written", report.output()));
        } else {
            out.println("  " + texts.get("convert.notWritten", report.output(), report.findings().errors()));
        }
        for (Finding f : report.findings().findings()) {
            if (f.severity() == Severity.ERROR) {
                out.println("  " + f.location() + " " + f.code() + " " + messages.render(f));
            }
        }

        // Losses are also warnings among the findings; grouped by pointer they read as a list of
        // what the target format has no place for, each with the reason its adapter declares.
        if (report.lossCount() == 0) {
            out.println("  " + texts.get("convert.nothingLost"));
            return report;
        }
        out.println("  " + texts.get("convert.lost", report.lossCount()));
        AdapterDescriptor target = jisr.adapter(report.to()).orElseThrow().descriptor();
        Map<String, List<ConversionReport.Loss>> byPointer = report.losses().stream()
                .collect(Collectors.groupingBy(ConversionReport.Loss::pointer, LinkedHashMap::new, Collectors.toList()));
        byPointer.forEach((pointer, losses) -> {
            List<String> ids = losses.stream().map(ConversionReport.Loss::recordId).distinct().toList();
            String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (ids.size() > IDS_SHOWN ? ", …" : "");
            String what = pointer.isEmpty() ? texts.get("convert.wholeRecord") : pointer;
            out.println("    " + texts.get("convert.lostValue", what, losses.size(), shown,
                    reason(target, losses.get(0), texts)));
        });
        return report;
    }

    /** Why the target cannot carry a value: its declared limitation, or the record types it carries. */
    private static String reason(AdapterDescriptor target, ConversionReport.Loss loss, ExampleTexts texts) {
        RecordType type = loss.recordType();
        if (type != null && !target.recordTypes().contains(type)) {
            return texts.get("convert.recordTypes", target.recordTypes().stream().map(RecordType::jsonName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        for (Limitation limitation : target.limitations()) {
            if (type != null && limitation.covers(type, loss.pointer())) {
                return text(limitation.description(), texts.language());
            }
        }
        return texts.get("convert.noReason");
    }

    private static String text(MultilingualText text, String language) {
        return text.preferring(language, "en");
    }
}
