package org.jisr.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jisr.core.JisrException;
import org.jisr.json.JisrJson;
import org.jisr.model.AttendanceMode;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Participation;
import org.jisr.model.RecordType;

/**
 * A tour of the flagship example: reads the workshop of 10 December 2024 from its exchange
 * document, prints what it holds in French, Arabic or English, converts it to a record stream
 * and checks that the stream reads back as the same document.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java} (add
 * {@code -Dexec.args="fr"} or {@code "ar"} for another language).
 */
public final class FlagshipTour {

    private final PrintStream out;
    private final ResourceBundle messages;
    private final String lang;

    private FlagshipTour(PrintStream out, String lang) {
        this.out = out;
        this.lang = lang;
        // No ResourceBundle.Control: a named module may not pass one (UnsupportedOperationException
        // on the module path), and en, fr and ar each have their own file, so no fallback happens.
        this.messages = ResourceBundle.getBundle("org.jisr.examples.tour", Locale.forLanguageTag(lang));
    }

    /**
     * Runs the tour.
     *
     * @param args an optional language ({@code en}, {@code fr} or {@code ar}), an optional
     *             exchange document (default: the flagship, {@code examples/data/workshop-2024-12-10.json})
     *             and an optional output folder (default {@code target/tour})
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tour, writing to the given streams.
     *
     * @param args see {@link #main(String[])}
     * @param out  where the tour is printed
     * @param err  where a failure is printed
     * @return 0 on success, 1 when the document cannot be read or the round trip fails
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String lang = args.length > 0 ? args[0] : "en";
        if (!lang.equals("en") && !lang.equals("fr") && !lang.equals("ar")) {
            err.println("language must be en, fr or ar / la langue doit être en, fr ou ar / اللغة: en أو fr أو ar");
            return 2;
        }
        Path input = args.length > 1 ? Path.of(args[1]) : FlagshipFiles.workshop();
        Path outDir = Path.of(args.length > 2 ? args[2] : "target/tour");
        FlagshipTour tour = new FlagshipTour(out, lang);
        try {
            return tour.tour(input, outDir);
        } catch (JisrException | java.io.IOException e) {
            err.println(tour.message("failed", input, e.getMessage()));
            return 1;
        }
    }

    private int tour(Path input, Path outDir) throws java.io.IOException {
        JisrJson json = JisrJson.create();
        ExchangeDocument doc = json.readDocument(input);

        out.println(message("read", doc.records().size(), input));
        Map<RecordType, Long> byType = doc.records().stream()
                .collect(Collectors.groupingBy(JisrRecord::type, java.util.TreeMap::new, Collectors.counting()));
        byType.forEach((type, count) -> out.println("  " + type.jsonName() + ": " + count));

        for (Event event : doc.recordsOf(Event.class).toList()) {
            out.println();
            out.println(text(event.title()));
            out.println("  " + message("period", event.period().start(),
                    event.period().end() == null ? "…" : event.period().end()));
            if (event.parent() != null) {
                doc.find(event.parent().value()).filter(Event.class::isInstance).map(Event.class::cast)
                        .ifPresent(parent -> out.println("  " + message("partOf", text(parent.title()))));
            }
            Map<AttendanceMode, Long> attendance = event.participants().stream()
                    .filter(p -> p.attendance() != null)
                    .collect(Collectors.groupingBy(Participation::attendance, java.util.TreeMap::new, Collectors.counting()));
            attendance.forEach((mode, count) -> out.println("  " + message("attendance." + mode.code(), count)));
            if (!event.themes().isEmpty()) {
                out.println("  " + message("themes", event.themes().size()));
            }
        }

        Files.createDirectories(outDir);
        Path ndjson = outDir.resolve(fileName(input).replaceFirst("\\.json$", "") + ".ndjson");
        try (var stream = Files.newOutputStream(ndjson)) {
            json.writeStream(doc, stream);
        }
        ExchangeDocument back;
        try (InputStream in = Files.newInputStream(ndjson)) {
            back = json.readStream(in);
        }
        boolean same = back.equals(doc);
        out.println();
        out.println(message(same ? "roundTrip.ok" : "roundTrip.lost", ndjson));
        return same ? 0 : 1;
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? "document.json" : name.toString();
    }

    /** The text in the tour's language, else French, else Arabic, else any. */
    private String text(MultilingualText t) {
        return t.preferring(lang, "fr", "ar");
    }

    private String message(String key, Object... args) {
        return new java.text.MessageFormat(messages.getString(key), Locale.forLanguageTag(lang.equals("ar") ? "ar-TN" : lang)).format(args);
    }
}
