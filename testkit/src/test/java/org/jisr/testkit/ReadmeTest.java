package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** testkit/README.md shows only code that compiles and runs: the code of {@link ReadmeExampleTest}. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLES = Path.of("src/test/java/org/jisr/testkit/ReadmeExampleTest.java");

    @Test
    void every_java_block_of_the_readme_is_code_of_the_example_test() throws IOException {
        List<String> source = trimmedLines(Files.readString(EXAMPLES));
        List<String> blocks = blocks("java");
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
        for (String block : blocks) {
            assertThat(Collections.indexOfSubList(source, trimmedLines(block)))
                    .as("README block not found in ReadmeExampleTest.java:%n%s", block)
                    .isNotNegative();
        }
    }

    @Test
    void the_readme_shows_two_failure_messages() {
        assertThat(blocks("text")).hasSize(2);
    }

    /** The n-th {@code text} block of the README, which ReadmeExampleTest checks against a real failure. */
    static String textBlock(int n) {
        return blocks("text").get(n);
    }

    private static List<String> blocks(String language) {
        String readme;
        try {
            readme = Files.readString(README);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("(?m)^```" + language + "\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1).stripTrailing());
        }
        return blocks;
    }

    private static List<String> trimmedLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
