package org.jisr.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SimplePattern} matches exactly as networknt's regular expressions do, on every pattern
 * of Jisr's schemas it compiles, for strings near and far from matching.
 */
class SimplePatternTest {

    /** Every {@code pattern} in the schemas, as networknt reads them. */
    static final List<String> PATTERNS = schemaPatterns();

    private static final String ALPHABET = "09aAzZQTNx-._+:/~ \t\n\r\u000B\u0085\u2028é\u062A|[]";
    private static final List<String> SEEDS = List.of("TN-11", "TN-51-001", "2024-12-10", "13055", "2A004", "971",
            "211300553", "21130055300016", "fr-commune-marseille-0000000", "https://www.example.org/a", "urn:x:1",
            "Q42", "EUR", "FR", "ar-TN", "x-ville-de-sousse", "fr.paris.erp", "1.2a", "2024", "12", "/a~0/b",
            "a/b+c", "ab-cd");

    @Example
    void the_patterns_that_matter_most_are_compiled() {
        assertThat(SimplePattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")).isPresent();
        assertThat(SimplePattern.compile(
                "^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,127}|[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+)$")).isPresent();
        assertThat(SimplePattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")).isPresent();
        assertThat(SimplePattern.compile("^[A-Z]{2}$")).isPresent();
        // Greedy matching would be wrong here (the repeated part could take what follows): not compiled.
        assertThat(SimplePattern.compile("^[a-z]+[a-z]$")).isEmpty();
        assertThat(SimplePattern.compile("^[0-9]{1,2}[0-9]$")).isEmpty();
        // Groups and optional parts are left to regular expressions.
        assertThat(SimplePattern.compile("^[a-z]{2,3}(-[A-Z][a-z]{3})?$")).isEmpty();
        assertThat(SimplePattern.compile("^a?$")).isEmpty();
        assertThat(SimplePattern.compile("abc")).isEmpty();
    }

    @Property(tries = 4000)
    void matches_as_networknt_does(@ForAll("patterns") String regex, @ForAll("candidates") String candidate) {
        Optional<SimplePattern> simple = SimplePattern.compile(regex);
        RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);

        simple.ifPresent(p -> assertThat(p.matches(candidate)).as("%s on %s", regex, candidate)
                .isEqualTo(re.matches(candidate)));
    }

    @Provide
    Arbitrary<String> patterns() {
        List<String> all = new ArrayList<>(PATTERNS);
        all.addAll(List.of("^[a-z]+-[0-9]{2}$", "^[^~/]*/[0-9]$", "^\\.[a-z]{1,3}$", "^[+-][0-9]{2}:[0-9]{2}$"));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> random = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(20);
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, 40),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(2),
                Arbitraries.integers().between(0, 2)).as((seed, at, with, cut) -> {
                    int i = Math.min(at, seed.length());
                    int j = Math.min(seed.length(), i + cut);
                    return seed.substring(0, i) + with + seed.substring(j);
                });
        return Arbitraries.oneOf(Arbitraries.of(SEEDS), mutated, random,
                Arbitraries.of(SEEDS).map(s -> s + "\n"), Arbitraries.of(SEEDS).map(s -> s + "\r\n"),
                Arbitraries.of(SEEDS).map(s -> s + "\uD83D\uDE00"));
    }

    private static List<String> schemaPatterns() {
        JsonMapper mapper = JsonMapper.builder().build();
        TreeSet<String> found = new TreeSet<>();
        for (String name : SchemaCatalog.schemaNames()) {
            try (InputStream in = SchemaCatalog.openSchema(name)) {
                collect(mapper.readTree(in), found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(found);
    }

    private static void collect(JsonNode node, TreeSet<String> out) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode value = node.get(name);
                if (name.equals("pattern") && value.isString()) {
                    out.add(value.stringValue());
                }
                collect(value, out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }
}
