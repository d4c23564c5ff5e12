package org.jisr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jisr.model.Identifier;
import org.jisr.reference.Authority;
import org.jisr.reference.Candidate;
import org.jisr.reference.MatchScope;
import org.jisr.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jisr lookup NAME [--country FR|TN] [--within CODE]}: the local authorities a name may
 * mean, best first, one per line with its score, identifier, names, kind and parent. Exit code 0
 * when something was found, 1 when nothing was.
 */
@Command(name = "lookup", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class LookupCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    /** The words of the name: «jisr lookup Le Kef» needs no quotes. */
    @Parameters(arity = "1..*", paramLabel = "NAME", descriptionKey = "name")
    List<String> words = new ArrayList<>();

    @Option(names = "--country", paramLabel = "FR|TN", descriptionKey = "country")
    @Nullable String country;

    @Option(names = "--within", paramLabel = "CODE", descriptionKey = "within")
    @Nullable String within;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", descriptionKey = "limit")
    int limit;

    LookupCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        CliMessages m = root.messages;
        String name = String.join(" ", words);
        MatchScope scope = MatchScope.any();
        if (country != null) {
            String c = country.toUpperCase(Locale.ROOT);
            if (!c.equals("FR") && !c.equals("TN")) {
                root.complain(m.get("error.unknown-country", country));
                return JisrCli.USAGE;
            }
            scope = MatchScope.country(c);
        }
        if (within != null) {
            scope = scope.within(within);
        }
        if (limit < 1) {
            root.complain(m.get("error.bad-limit", String.valueOf(limit)));
            return JisrCli.USAGE;
        }
        ReferenceData data = ReferenceData.builtIn();
        List<Candidate> found = data.matcher().match(name, scope, limit);
        String nl = System.lineSeparator();
        if (found.isEmpty()) {
            root.print(m.get("lookup.none", name) + nl);
            return JisrCli.FINDINGS;
        }
        StringBuilder text = new StringBuilder(m.get("lookup.heading", name, data.vintage().france(),
                data.vintage().tunisia())).append(nl);
        for (Candidate c : found) {
            Authority a = c.authority();
            List<String> other = new ArrayList<>();
            for (Identifier id : a.alternateIds()) {
                other.add(id.scheme() + " " + id.value());
            }
            String names = a.arabicName() == null ? a.name() : a.name() + " / " + a.arabicName();
            String kind = m.get("lookup.kind." + a.kind().code());
            if (a.status() != Authority.Status.CURRENT) {
                kind = kind + " (" + m.get("lookup.status." + a.status().name().toLowerCase(Locale.ROOT)) + ")";
            }
            text.append(String.join("\t", c.percent() + "%", a.id().scheme() + " " + a.id().value(), names, kind,
                    a.parent() == null ? "—" : a.parent().value(),
                    m.get("lookup.method." + c.method().name().toLowerCase(Locale.ROOT)),
                    other.isEmpty() ? "—" : String.join(", ", other))).append(nl);
        }
        root.print(text.toString());
        return JisrCli.OK;
    }
}
