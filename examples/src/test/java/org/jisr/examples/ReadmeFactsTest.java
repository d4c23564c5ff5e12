package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.model.RecordType;
import org.jisr.runtime.AdapterInfo;
import org.jisr.runtime.Jisr;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.Direction;
import org.jisr.spi.Limitation;
import org.jisr.validation.FindingCatalog;
import org.junit.jupiter.api.Test;

/**
 * What the README states that the code can check: its relative links lead to files, its table of
 * formats says what the adapters' descriptors declare, and the finding codes it names exist.
 */
class ReadmeFactsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");

    /**
     * Files the README links to that another part of the work is writing at the same time. The test
     * fails once such a file exists, so that it is taken off this list and its link checked like
     * the others. (docs/cli.md, the command line's reference, exists now.)
     */
    private static final Set<String> BEING_WRITTEN = Set.of();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FORMAT_ROW = Pattern.compile(
            "(?m)^\\| `([a-z0-9-]+)`[^|]* \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| (.+) \\|$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern FINDING_CODE = Pattern.compile("`((?:syntax|schema|model|rule|adapter|engine)\\.[a-z0-9-]+)`");

    @Test
    void every_relative_link_leads_to_a_file_or_folder() throws IOException {
        String readme = Files.readString(README);
        Matcher m = LINK.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("#")) {
                continue;
            }
            String path = target.replaceFirst("#.*$", "");
            if (BEING_WRITTEN.contains(path)) {
                assertThat(ROOT.resolve(path)).as("%s exists now: take it off ReadmeFactsTest.BEING_WRITTEN", path)
                        .doesNotExist();
                continue;
            }
            assertThat(ROOT.resolve(path)).as("the README links to %s", target).exists();
            checked.add(path);
        }
        assertThat(checked).as("relative links checked").hasSizeGreaterThanOrEqualTo(15)
                .contains("docs/findings.md", "schema/README.md", "docs/data-model.md", "docs/writing-an-adapter.md",
                        "testkit/README.md", "docs/cli.md");
    }

    @Test
    void every_in_page_link_leads_to_a_heading() throws IOException {
        String readme = Files.readString(README);
        Set<String> anchors = readme.lines().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
        Matcher m = LINK.matcher(readme);
        int links = 0;
        while (m.find()) {
            if (m.group(1).startsWith("#")) {
                links++;
                assertThat(anchors).as("the README links to %s", m.group(1)).contains(m.group(1).substring(1));
            }
        }
        assertThat(links).isPositive();
    }

    @Test
    void the_table_of_formats_says_what_the_adapters_declare() throws IOException {
        // json and ndjson are built in; the Markdown agenda plugin is on the test class path.
        Map<String, AdapterDescriptor> found = new LinkedHashMap<>();
        for (AdapterInfo info : Jisr.builder().build().adapters()) {
            found.put(info.id(), info.descriptor());
        }
        Matcher row = FORMAT_ROW.matcher(Files.readString(README));
        Set<String> rows = new TreeSet<>();
        while (row.find()) {
            String id = row.group(1);
            AdapterDescriptor d = found.get(id);
            assertThat(d).as("the README's format %s is an adapter Jisr finds", id).isNotNull();
            rows.add(id);
            assertThat(row.group(2).strip()).as(id).isEqualTo(d.name());
            String directions = (d.reads() ? "read" : "") + (d.reads() && d.writes() ? ", " : "")
                    + (d.writes() ? "write" : "");
            assertThat(row.group(3).strip()).as(id).isEqualTo(directions);
            assertThat(row.group(4).strip()).as(id).isEqualTo(
                    d.extensions().stream().map(e -> "`." + e + "`").collect(Collectors.joining(", ")));
            assertThat(cannotCarry(row.group(5))).as(id).isEqualTo(declaredLosses(d));
        }
        assertThat(rows).as("every format found has its row").isEqualTo(new TreeSet<>(found.keySet()));
        assertThat(found.get("markdown-agenda").directions()).contains(Direction.READ, Direction.WRITE);
    }

    @Test
    void every_finding_code_it_names_exists() throws IOException {
        Matcher m = FINDING_CODE.matcher(Files.readString(README));
        int codes = 0;
        while (m.find()) {
            codes++;
            assertThat(FindingCatalog.find(m.group(1))).as(m.group(1)).isPresent();
        }
        assertThat(codes).isGreaterThanOrEqualTo(5);
    }

    /** The code spans of a "cannot carry" cell; "—" is nothing. */
    private static Set<String> cannotCarry(String cell) {
        Set<String> spans = new TreeSet<>();
        Matcher m = CODE_SPAN.matcher(cell);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    /**
     * What a descriptor says its adapter cannot carry, as the README writes it: the record types
     * other than those it carries, named by the one it carries when it carries one type only
     * ("records other than `Event`"), and its limitations' pointers without their leading slash.
     */
    private static Set<String> declaredLosses(AdapterDescriptor d) {
        Set<String> losses = new TreeSet<>();
        if (d.recordTypes().size() < RecordType.values().length) {
            d.recordTypes().forEach(t -> losses.add(t.jsonName()));
        }
        for (Limitation l : d.limitations()) {
            losses.add(l.pointer().substring(1));
        }
        return losses;
    }
}
