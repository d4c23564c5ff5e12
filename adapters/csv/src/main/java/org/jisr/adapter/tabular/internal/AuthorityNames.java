package org.jisr.adapter.tabular.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jisr.model.AuthorityKind;
import org.jisr.reference.Candidate;
import org.jisr.reference.MatchScope;
import org.jisr.reference.NameMatcher;
import org.jisr.reference.ReferenceData;
import org.jisr.reference.ReferenceFindings;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives a local authority that a sheet names without any identifier the identifier of the
 * authority its name means in the reference lists (Jisr's {@code tn-municipality} numbers, INSEE
 * codes …), and says so: {@code adapter.authority-name-matched} with how sure the match is, or
 * {@code adapter.authority-name-ambiguous} / {@code adapter.authority-name-unmatched} when nothing
 * was filled in. Asked for with the adapter option {@code authorities=match}; off by default, so
 * that reading a file written by Jisr gives back exactly what was written.
 */
final class AuthorityNames {

    /** The adapter option, and its one value. */
    static final String OPTION = "authorities";
    static final String MATCH = "match";

    /** The languages whose names are tried first: the lists hold French and Arabic names. */
    private static final List<String> PREFERRED = List.of("fr", "ar");

    private final NameMatcher matcher;

    private AuthorityNames(NameMatcher matcher) {
        this.matcher = matcher;
    }

    /** The filler the options ask for, or {@code null}. */
    static @Nullable AuthorityNames fromOptions(Map<String, String> options) {
        return MATCH.equals(options.get(OPTION)) ? new AuthorityNames(ReferenceData.builtIn().matcher()) : null;
    }

    /**
     * Fills the identifiers of one LocalAuthority record given as a JSON tree, when it has none.
     *
     * @param record  the record's tree, changed in place
     * @param locate  the location of a JSON Pointer of the record (the cell it came from)
     * @param context where findings go
     */
    void fill(ObjectNode record, Function<String, Location> locate, AdapterContext context) {
        JsonNode ids = record.get("identifiers");
        JsonNode country = record.get("country");
        JsonNode names = record.get("name");
        if (ids != null && !ids.isEmpty() || country == null || !country.isString() || names == null
                || !names.isObject() || names.isEmpty()) {
            return;
        }
        String language = PREFERRED.stream().filter(names::has).findFirst()
                .orElseGet(() -> names.propertyNames().iterator().next());
        String name = names.get(language).asString();
        MatchScope scope = MatchScope.country(country.asString());
        JsonNode kind = record.get("kind");
        Optional<AuthorityKind> k = kind != null && kind.isString() ? AuthorityKind.fromCode(kind.asString())
                : Optional.empty();
        if (k.isPresent() && k.get() != AuthorityKind.OTHER) {
            scope = scope.kinds(k.get());
        }
        Location at = locate.apply("/name/" + language);
        Optional<Candidate> found = matcher.resolve(name, scope);
        if (found.isPresent()) {
            Candidate c = found.get();
            ArrayNode filled = record.putArray("identifiers");
            filled.addObject().put("scheme", c.authority().id().scheme()).put("value", c.authority().id().value());
            context.report(ReferenceFindings.NAME_MATCHED, at, Map.of("name", name, "matched", c.authority().name(),
                    "scheme", c.authority().id().scheme(), "value", c.authority().id().value(),
                    "score", String.valueOf(c.percent())));
            return;
        }
        List<Candidate> close = matcher.match(name, scope, 5).stream().filter(c -> c.score() >= 0.8).toList();
        if (close.isEmpty()) {
            context.report(ReferenceFindings.NAME_UNMATCHED, at, Map.of("name", name, "country", country.asString()));
        } else {
            context.report(ReferenceFindings.NAME_AMBIGUOUS, at, Map.of("name", name, "candidates",
                    close.stream().map(c -> c.authority().name() + " " + c.authority().id().value())
                            .collect(Collectors.joining(", "))));
        }
    }
}
