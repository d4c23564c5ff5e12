package org.jisr.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jisr.core.JisrException;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.ReportFormat;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Checks a file a partner sent and acts on the findings, as a municipality's import job would:
 * a file with an error is refused, a file with only warnings is accepted with the warnings listed,
 * errors are grouped by code with their exact counts, messages are printed in the reader's
 * language, and when there is anything to fix a JSON report is written for the sender, in the
 * sender's language.
 *
 * <p>Run it from the repository root:
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.jisr.examples.ReceivedFileCheck \
 *     -Dexec.args="--lang fr --sender-lang ar examples/data/invalid/12-partnership-one-party.json"
 * </pre>
 *
 * <p>The validator finds every rule on the class path, so this example's own
 * {@link BilingualEventTitlesRule} takes part: an event without a French or an Arabic title is
 * refused too.
 *
 * <p>Stateless: its methods may be called from several threads at once, with one shared
 * {@link Validator}.
 *
 * @since 0.1
 */
public final class ReceivedFileCheck {

    /**
     * What was decided about a received file. Immutable and thread-safe.
     *
     * @param report       the validation report the decision rests on
     * @param accepted     {@code true} when the file has no error
     * @param errorsByCode the codes of the errors, sorted, each with its exact count
     * @param warnings     the warnings the report kept, in input order
     * @param senderReport the JSON report written for the sender, or {@code null} when there was
     *                     nothing to fix
     * @since 0.1
     */
    public record Decision(ValidationReport report, boolean accepted, Map<String, Long> errorsByCode,
            List<Finding> warnings, @Nullable Path senderReport) {

        /** Copies the collections: a decision is immutable. */
        public Decision {
            errorsByCode = Map.copyOf(errorsByCode);
            warnings = List.copyOf(warnings);
        }
    }

    private ReceivedFileCheck() {
    }

    /**
     * Checks a file: {@code [--lang fr|ar|en] [--sender-lang fr|ar|en] FILE [REPORT_FOLDER]}. The
     * reader's language defaults to English, the sender's to the reader's, the report folder to
     * {@code target/received}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Checks a file, writing to the given streams.
     *
     * @param args see {@link #main(String[])}
     * @param out  where the decision is printed
     * @param err  where a usage error or a failure to write the report is printed, in one line
     * @return 0 when the file is accepted, 1 when it is refused, 2 on a usage error or when the
     *         report for the sender cannot be written
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String language = "en";
        @Nullable String senderLanguage = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--lang") || args[i].equals("--sender-lang")) && i + 1 < args.length) {
                String value = args[++i];
                if (!FindingMessages.LANGUAGES.contains(value)) {
                    err.println(ExampleTexts.unknownLanguage());
                    return 2;
                }
                if (args[i - 1].equals("--lang")) {
                    language = value;
                } else {
                    senderLanguage = value;
                }
            } else {
                positional.add(args[i]);
            }
        }
        ExampleTexts texts = ExampleTexts.of(language);
        if (positional.isEmpty() || positional.size() > 2 || positional.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println(texts.get("check.usage"));
            return 2;
        }
        Path file = Path.of(positional.get(0));
        Path folder = Path.of(positional.size() > 1 ? positional.get(1) : "target/received");

        // Built once in a real application and shared: it compiles the schemas and finds the rules.
        Validator validator = Validator.builder().build();
        try {
            Decision decision = check(validator, file, senderLanguage == null ? language : senderLanguage, folder);
            print(decision, texts, FindingMessages.of(language), out);
            return decision.accepted() ? 0 : 1;
        } catch (IOException | JisrException e) {
            err.println(texts.get("check.reportFailed", folder, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return 2;
        }
    }

    /**
     * Validates a received file and decides: accepted when it has no error. When it has an error
     * or a warning, writes a JSON report for the sender into the folder (created if needed),
     * named after the file ({@code export.json} gives {@code export.report.json}).
     *
     * @param validator      the validator
     * @param file           the received file; a file that cannot be read is refused, with a
     *                       {@code syntax.unreadable-input} error
     * @param senderLanguage the language of the sender's report: {@code fr}, {@code ar} or {@code en}
     * @param reportFolder   where to write the sender's report
     * @return the decision
     * @throws IOException when the sender's report cannot be written
     */
    public static Decision check(Validator validator, Path file, String senderLanguage, Path reportFolder)
            throws IOException {
        ValidationReport report = validator.validate(file);      // never throws on bad input
        boolean accepted = report.isValid();                      // no finding of severity error

        // One severity per code (a rule profile may change it), so the exact count of an error's
        // code counts errors only, even when the report keeps just samples of a frequent code.
        Map<String, Long> errorsByCode = new TreeMap<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                errorsByCode.put(f.code(), report.countsByCode().get(f.code()));
            } else if (f.severity() == Severity.WARNING) {
                warnings.add(f);
            }
        }

        @Nullable Path senderReport = null;
        if (!accepted || !warnings.isEmpty()) {                   // something for the sender to fix
            senderReport = reportFolder.resolve(baseName(file) + ".report.json");
            writeAtomically(senderReport, out -> {
                ReportFormat.JSON.write(report, FindingMessages.of(senderLanguage), out);
            });
        }
        return new Decision(report, accepted, errorsByCode, warnings, senderReport);
    }

    /** Prints a decision: the verdict, the errors by code, the warnings, the sender's report. */
    private static void print(Decision decision, ExampleTexts texts, FindingMessages messages, PrintStream out) {
        ValidationReport report = decision.report();
        out.println(texts.get(decision.accepted() ? "check.accepted" : "check.refused", report.files().get(0),
                report.errors(), report.warnings(), report.infos(), report.records()));
        if (!decision.errorsByCode().isEmpty()) {
            out.println(texts.get("check.errorsByCode"));
            decision.errorsByCode().forEach((code, count) -> {
                // The first error of the code stands for all of them: same mistake, same message.
                Finding first = report.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
                out.println("  " + texts.get("check.errorCode", code, count, messages.render(first)));
                out.println("    " + texts.get("check.firstAt", first.location()));
            });
        }
        if (!decision.warnings().isEmpty()) {
            out.println(texts.get("check.warnings"));
            for (Finding w : decision.warnings()) {
                out.println("  " + w.location() + " " + w.code() + " " + messages.render(w));
            }
        }
        if (decision.senderReport() != null) {
            out.println(texts.get("check.senderReport", decision.senderReport()));
        }
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "input" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /** Writes what {@code content} writes to a file. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file so that it appears whole or not at all: a sender's job that picks up reports
     * from the folder never reads half of one.
     */
    private static void writeAtomically(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".report-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
