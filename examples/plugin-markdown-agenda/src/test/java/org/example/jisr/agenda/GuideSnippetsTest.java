package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippets of {@code docs/writing-an-adapter.md} are copied from this module: each code block
 * marked {@code <!-- from: path -->} must be found in that file, line for line (indentation aside),
 * its parts between {@code // …} lines in order.
 */
class GuideSnippetsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path GUIDE = ROOT.resolve("docs/writing-an-adapter.md");
    private static final Pattern SNIPPET = Pattern.compile("<!-- from: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern ELISION = Pattern.compile("\\s*(//|#|<!--)\\s*….*");

    @Test
    void every_snippet_is_taken_from_the_example_module() throws IOException {
        Matcher m = SNIPPET.matcher(Files.readString(GUIDE));
        int snippets = 0;
        while (m.find()) {
            snippets++;
            Path source = ROOT.resolve(m.group(1));
            assertThat(source).as("the source of a snippet of the guide").isRegularFile();
            List<String> file = normalized(Files.readString(source));
            int from = 0;
            for (List<String> part : parts(m.group(2))) {
                int at = Collections.indexOfSubList(file.subList(from, file.size()), part);
                assertThat(at).as("a snippet of the guide is not (or no longer) in %s, in this order:%n%s",
                        m.group(1), String.join("\n", part)).isNotNegative();
                from += at + part.size();
            }
        }
        assertThat(snippets).as("snippets marked with their source").isGreaterThanOrEqualTo(12);
    }

    private static List<List<String>> parts(String snippet) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String line : snippet.split("\n", -1)) {
            if (ELISION.matcher(line).matches()) {
                parts.add(normalized(String.join("\n", part)));
                part = new ArrayList<>();
            } else {
                part.add(line);
            }
        }
        parts.add(normalized(String.join("\n", part)));
        parts.removeIf(List::isEmpty);
        return parts;
    }

    /** The lines of a text without their indentation, blank lines left out. */
    private static List<String> normalized(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
