package org.jisr.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;

/**
 * The texts of the assertions' failure messages in one language, and the rendering of findings
 * in them. The texts live in {@code assertions_<language>.properties} beside this class (UTF-8),
 * with named placeholders like the finding messages of the core; findings are rendered with the
 * core's {@link FindingMessages}.
 *
 * <p>Immutable and thread-safe; each language is loaded once.
 */
final class AssertionTexts {

    /** How many findings a failure message lists before it says how many more there are. */
    static final int MAX_LISTED = 50;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Map<String, AssertionTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final FindingMessages messages;
    private final Properties texts;

    private AssertionTexts(String language) {
        this.messages = FindingMessages.of(language);
        this.texts = load(language);
    }

    /**
     * Returns the texts of a language.
     *
     * @param language {@code fr}, {@code ar} or {@code en}
     * @throws IllegalArgumentException for any other language
     */
    static AssertionTexts of(String language) {
        Objects.requireNonNull(language, "language");
        if (!FindingMessages.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(
                    "failure messages exist in " + FindingMessages.LANGUAGES + ", not " + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, AssertionTexts::new);
    }

    /** The keys every language must have; a test checks that each file has exactly these. */
    static final List<String> KEYS = List.of("valid", "no-warnings", "no-findings", "errors", "finding",
            "finding-count", "records", "narrowed", "criterion.line", "criterion.column", "criterion.pointer",
            "criterion.severity", "criterion.parameter", "criterion.layer", "criteria.separator", "findings",
            "candidates", "none", "sampled", "more", "unnamed");

    /** Returns the raw text of a key, for the test that compares languages. */
    String raw(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no assertion text " + key + " in " + messages.language());
        }
        return text;
    }

    /**
     * Fills the text of a key.
     *
     * @param key             the key
     * @param namesAndValues  placeholder names and their values, alternately
     */
    String text(String key, Object... namesAndValues) {
        Matcher m = PLACEHOLDER.matcher(raw(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(m.group(1))) {
                    value = String.valueOf(namesAndValues[i + 1]);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The label of a severity in this language. */
    String label(Severity severity) {
        return messages.label(severity);
    }

    /** The label of a layer in this language. */
    String label(Layer layer) {
        return messages.label(layer);
    }

    /** The name a report goes by in messages: its files, or a word for "unnamed input". */
    String name(ValidationReport report) {
        return report.files().isEmpty() ? text("unnamed") : String.join(", ", report.files());
    }

    /**
     * Renders one finding as {@code file:line:column: severity code message}, followed by its
     * JSON Pointer in parentheses when it has one.
     */
    String render(Finding finding) {
        Location at = finding.location();
        String where = at.file() + ":" + at.line() + ":" + at.column()
                + (at.sheet() == null ? "" : " " + at.sheet() + (at.cell() == null ? "" : "!" + at.cell()));
        return where + ": " + label(finding.severity()) + " " + finding.code() + " " + messages.render(finding)
                + (at.pointer().isEmpty() ? "" : " (" + at.pointer() + ")");
    }

    /**
     * Renders a list of findings under a heading, one a line and indented, at most
     * {@link #MAX_LISTED}; then, when the report kept only samples, says so.
     */
    String list(String heading, Collection<Finding> findings, ValidationReport report) {
        StringBuilder out = new StringBuilder("\n").append(heading);
        if (findings.isEmpty()) {
            out.append("\n  ").append(text("none"));
        }
        int listed = 0;
        for (Finding f : findings) {
            if (listed == MAX_LISTED) {
                out.append("\n  ").append(text("more", "count", findings.size() - MAX_LISTED));
                break;
            }
            out.append("\n  ").append(render(f));
            listed++;
        }
        if (report.isSampled()) {
            out.append('\n').append(text("sampled", "samples", report.samplesPerCode()));
        }
        return out.toString();
    }

    private static Properties load(String language) {
        String name = "assertions_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = AssertionTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the testkit lost its resource " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the testkit's resource " + name, e);
        }
        return p;
    }
}
