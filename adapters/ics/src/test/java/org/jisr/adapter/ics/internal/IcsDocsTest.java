package org.jisr.adapter.ics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/adapters/ics.md} true to the code: its findings table is generated from
 * {@link IcsFindings#ALL} and the message bundles (with {@code -Djisr.updateDocs=true} the test
 * rewrites it first), and every {@code X-JISR-…} property and parameter the adapter reads and
 * writes is documented there.
 */
class IcsDocsTest {

    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "..", "docs", "adapters",
            "ics.md").normalize();
    private static final String BEGIN = "<!-- findings:begin -->\n";
    private static final String END = "<!-- findings:end -->\n";
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\{[A-Za-z][A-Za-z0-9]*})");

    @Test
    void the_findings_table_is_what_the_code_says() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("markers in %s", DOC).isPositive();
        assertThat(end).isGreaterThan(begin);
        String rendered = doc.substring(0, begin + BEGIN.length()) + table() + doc.substring(end);
        if (Boolean.getBoolean("jisr.updateDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
            doc = rendered;
        }
        assertThat(doc).as("%s is out of date: run ./mvnw -B -pl adapters/ics -am verify -Djisr.updateDocs=true",
                DOC).isEqualTo(rendered);
        for (FindingType type : IcsFindings.ALL) {
            assertThat(doc).contains("| `" + type.code() + "` | " + type.defaultSeverity().code() + " |");
        }
    }

    @Test
    void every_jisr_property_and_parameter_is_documented() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int checked = 0;
        for (Field f : Props.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                String name = (String) f.get(null);
                assertThat(doc).as("docs/adapters/ics.md documents " + name).contains("`" + name);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
    }

    private static String table() {
        FindingMessages en = FindingMessages.of("en");
        FindingMessages fr = FindingMessages.of("fr");
        FindingMessages ar = FindingMessages.of("ar");
        StringBuilder out = new StringBuilder();
        out.append("| code | severity | parameters | English | French | Arabic |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (FindingType type : IcsFindings.ALL) {
            String parameters = type.parameters().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
            out.append("| `").append(type.code()).append("` | ").append(type.defaultSeverity().code()).append(" | ")
                    .append(parameters.isEmpty() ? "—" : parameters).append(" | ").append(cell(en, type))
                    .append(" | ").append(cell(fr, type)).append(" | ").append(cell(ar, type)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(FindingMessages messages, FindingType type) {
        String template = messages.template(type).orElseThrow();
        String cell = template.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
        return PLACEHOLDER.matcher(cell).replaceAll("`$1`");
    }
}
