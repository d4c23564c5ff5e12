package org.jisr.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated reports whose texts try to break a rendering: Arabic and Latin letters, quotes, angle
 * brackets and ampersands, markup, control and bidirectional-control characters, surrogates paired
 * and not, placeholders, percent signs and colons in file names. Findings are of Jisr's own types
 * and of a user's type whose messages do not exist (so its message falls back to code and
 * parameters); a small cap on samples per code makes some reports sampled.
 */
final class HostileReports {

    /** A user's finding type whose bundle does not exist. */
    static final FindingType USER_TYPE = new FindingType("ville-de-sousse.budget-line", Layer.RULE, Severity.WARNING,
            List.of("line"), "org.jisr.validation.sample.missing");

    private static final List<String> NASTY = List.of(
            "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "</td></tr></table><h1>x",
            "&amp; &lt; &#0;", "{value}", "\u202Eevil\u202C", "\u2067ltr\u2069", "a\u0000b\u0007c", "line\r\nnext",
            "\u0085\u009F\u007F", "😀 جسر", "\uD800", "\uDFFF\uD800", "\uFFFE\uFFFF", "--></style>",
            "javascript:alert(1)", "https://evil.example/x.png", "url(x)", "%20%2F", "C:\\dir\\f.json", "../..//x",
            "تونس — Tunis", "قرطاج‎", "");

    private HostileReports() {
    }

    /** Any text, hostile more often than not. */
    static Arbitrary<String> text() {
        Arbitrary<String> mixed = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('\u0621', '\u064A').withCharRange('\u0000', '\u001F')
                .withChars("<>&\"'`/\\:#%?;=+ {}[]\u007F\u0085\u061C\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF")
                .ofMaxLength(24);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(8);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, mixed),
                net.jqwik.api.Tuple.of(2, anything),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY)));
    }

    /** A file name: any hostile text but the empty one, mostly. */
    static Arbitrary<String> fileName() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, text().filter(s -> !s.isEmpty())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    static Arbitrary<String> language() {
        return Arbitraries.of(FindingMessages.LANGUAGES);
    }

    /** A report of up to 14 findings in up to 3 files, keeping 1 to 4 findings of a code. */
    static Arbitrary<ValidationReport> reports() {
        Arbitrary<List<String>> files = fileName().list().ofMinSize(1).ofMaxSize(3);
        return files.flatMap(names -> Combinators.combine(
                finding(names).list().ofMaxSize(14),
                Arbitraries.integers().between(1, 4),
                Arbitraries.longs().between(0, 100_000)).as((findings, samples, records) -> {
                    ValidationReport.Builder b = ValidationReport.builder(samples);
                    names.forEach(b::file);
                    findings.forEach(b::add);
                    return b.records(records).build();
                }));
    }

    private static Arbitrary<Finding> finding(List<String> files) {
        Arbitrary<FindingType> type = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.of(FindingCatalog.builtIn())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(USER_TYPE)));
        Arbitrary<Location> location = Combinators.combine(
                Arbitraries.of(files),
                text().list().ofMaxSize(3),
                Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(0, 300),
                Arbitraries.of(true, false)).as((file, tokens, line, column, sheet) -> {
                    StringBuilder pointer = new StringBuilder();
                    tokens.forEach(t -> pointer.append('/').append(t.replace("~", "~0").replace("/", "~1")));
                    return sheet ? new Location(file, pointer.toString(), line, column, "Feuille 1", "C" + (line + 1))
                            : Location.of(file, pointer.toString(), line, column);
                });
        return Combinators.combine(type, Arbitraries.of(Severity.class), location, text().list().ofSize(4),
                Arbitraries.of(true, false)).as((t, severity, at, values, extra) -> {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    List<String> names = new ArrayList<>(t.parameters());
                    for (int i = 0; i < names.size() && i < values.size(); i++) {
                        parameters.put(names.get(i), values.get(i));
                    }
                    if (extra) {
                        parameters.put("extra", values.get(values.size() - 1));
                    }
                    return new Finding(t, severity, parameters, at);
                });
    }
}
