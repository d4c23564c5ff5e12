package org.jisr.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.validation.FindingType;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;

/**
 * Rule {@code reference-identifiers}: checks the identifiers of every record against the
 * reference lists. Each identifier in a scheme the lists cover is
 * <ul>
 *   <li><b>invalid</b> when its shape or check digit is wrong: core reports it
 *       ({@code schema.pattern}, {@code model.identifier-check-digit}) and this rule leaves it;</li>
 *   <li><b>unknown</b> when the lists of their vintage lack it
 *       ({@link ReferenceFindings#UNKNOWN_CODE}), or a former commune
 *       ({@link ReferenceFindings#FORMER_COMMUNE});</li>
 *   <li><b>suspicious</b> when the authority it names does not bear the record's name
 *       ({@link ReferenceFindings#NAME_MISMATCH}, LocalAuthority records only), or when two
 *       identifiers of one record name different authorities
 *       ({@link ReferenceFindings#IDENTIFIERS_DISAGREE});</li>
 *   <li><b>valid</b> otherwise.</li>
 * </ul>
 * A SIREN is checked against the lists only on a French LocalAuthority that is a commune or an
 * EPCI: the lists do not hold the SIREN of associations or companies.
 *
 * <p>Found by {@code ServiceLoader} when {@code org.jisr.reference} is on the class or module
 * path; it then uses {@link ReferenceData#fromSystemProperty()}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReferenceIdentifiersRule implements Rule {

    /** The shapes the schema requires: values of another shape are reported by the schema, not here. */
    private static final Map<String, Pattern> SHAPES = Map.of(
            Identifier.FR_INSEE_COG_COMMUNE, Pattern.compile("(?:[0-9]{2}|2[AB])[0-9]{3}"),
            Identifier.FR_INSEE_COG_DEPARTEMENT, Pattern.compile("(?:[0-9]{2}|2[AB]|97[1-8])"),
            Identifier.FR_INSEE_COG_REGION, Pattern.compile("[0-9]{2}"),
            Identifier.FR_SIREN, Pattern.compile("[0-9]{9}"),
            Identifier.ISO_3166_2, Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}"),
            Identifier.TN_MUNICIPALITY, Pattern.compile("TN-[0-9]{2}-[0-9]{3}"),
            Identifier.TN_ONSHOR_5, Pattern.compile("[0-9]{5}"),
            Identifier.TN_INS_4, Pattern.compile("[0-9]{4}"));

    private final ReferenceData data;

    /** Creates the rule over the lists of {@link ReferenceData#fromSystemProperty()}; {@code ServiceLoader} calls this. */
    public ReferenceIdentifiersRule() {
        this(ReferenceData.fromSystemProperty());
    }

    /**
     * Creates the rule over given lists. The validator keeps one rule per id, and the rules found
     * by {@code ServiceLoader} come before those added: to check against other lists, add this
     * rule to a validator built with {@code discoverRules(false)}, or set the system property
     * {@value ReferenceData#FOLDER_PROPERTY}.
     *
     * @param data the lists
     */
    public ReferenceIdentifiersRule(ReferenceData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public String id() {
        return "reference-identifiers";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(ReferenceFindings.UNKNOWN_CODE, ReferenceFindings.FORMER_COMMUNE,
                ReferenceFindings.NAME_MISMATCH, ReferenceFindings.IDENTIFIERS_DISAGREE);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        List<Identifier> ids = record.identifiers();
        List<Integer> at = new ArrayList<>();
        List<Authority> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Identifier id = ids.get(i);
            if (!checked(id, record)) {
                continue;
            }
            String pointer = "/identifiers/" + i + "/value";
            Optional<Authority> a = data.find(id);
            if (a.isEmpty()) {
                String country = id.scheme().startsWith("fr-") ? "FR" : "TN";
                context.report(ReferenceFindings.UNKNOWN_CODE, pointer, Map.of("scheme", id.scheme(), "value",
                        id.value(), "vintage", data.vintage().of(country)));
                continue;
            }
            Authority authority = a.get();
            if (authority.status() != Authority.Status.CURRENT && authority.partOf() != null
                    && id.scheme().equals(Identifier.FR_INSEE_COG_COMMUNE)) {
                String commune = data.find(authority.partOf()).map(Authority::name).orElse(authority.partOf().value());
                context.report(ReferenceFindings.FORMER_COMMUNE, pointer, Map.of("value", id.value(), "name",
                        authority.name(), "commune", commune, "communeCode", authority.partOf().value(), "vintage",
                        data.vintage().france()));
            }
            if (record instanceof LocalAuthority la && !nameFits(la, authority)) {
                context.report(ReferenceFindings.NAME_MISMATCH, pointer, Map.of("scheme", id.scheme(), "value",
                        id.value(), "name", shownName(la), "expected", expected(authority)));
            }
            for (int j = 0; j < found.size(); j++) {
                Authority other = found.get(j);
                if (!other.id().equals(authority.id())) {
                    Identifier otherId = ids.get(at.get(j));
                    context.report(ReferenceFindings.IDENTIFIERS_DISAGREE, pointer, Map.of("scheme", id.scheme(),
                            "value", id.value(), "name", expected(authority), "otherScheme", otherId.scheme(),
                            "otherValue", otherId.value(), "otherName", expected(other)));
                    break;
                }
            }
            at.add(i);
            found.add(authority);
        }
    }

    /** Whether this rule checks an identifier: a covered scheme, the right shape, a valid check digit. */
    private boolean checked(Identifier id, JisrRecord record) {
        Pattern shape = SHAPES.get(id.scheme());
        if (shape == null || !shape.matcher(id.value()).matches()) {
            return false;
        }
        if (id.scheme().equals(Identifier.FR_SIREN)) {
            return record instanceof LocalAuthority la && la.country().equals("FR")
                    && (la.kind() == AuthorityKind.COMMUNE || la.kind() == AuthorityKind.EPCI) && luhn(id.value());
        }
        return data.covers(id);
    }

    private boolean nameFits(LocalAuthority record, Authority authority) {
        for (String name : record.name().texts().values()) {
            if (data.matcher().score(name, authority).filter(c -> c.score() >= NameMatcher.RESOLVE_THRESHOLD)
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String shownName(LocalAuthority record) {
        return record.name().preferring("fr", "ar");
    }

    private static String expected(Authority a) {
        return a.arabicName() == null ? a.name() : a.name() + " / " + a.arabicName();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
