package org.jisr.reference;

import java.util.List;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;

/**
 * The findings of the reference data: those of the rule {@link ReferenceIdentifiersRule}
 * ({@code rule.authority-*}) and those the spreadsheet adapters report when they fill an
 * identifier from a name ({@code adapter.authority-*}). Messages in French, Arabic and English in
 * the bundle {@value #MESSAGES}.
 *
 * <p>An identifier is <em>invalid</em> when its shape or check digit is wrong: core reports that
 * ({@code schema.pattern}, {@code model.identifier-check-digit}, {@code model.unknown-insee-code}).
 * These findings are about identifiers of the right shape: <em>unknown</em> in the lists of the
 * vintage, a <em>former</em> commune, or <em>suspicious</em> (a name or another identifier that
 * does not fit).
 *
 * @since 0.1
 */
public final class ReferenceFindings {

    /** The bundle of the messages. */
    public static final String MESSAGES = "org.jisr.reference.messages";

    /**
     * An identifier of the right shape in a scheme the lists cover ({@code fr-insee-cog-*},
     * {@code tn-municipality}, {@code tn-onshor-5}, {@code tn-ins-4}, {@code iso-3166-2} for
     * Tunisia, and {@code fr-siren} of a French commune or EPCI) is not in the lists of their
     * vintage; reported on the value. A warning: a newer vintage may have it (a commune created
     * since), but more often it is a typing mistake or a postcode given for an INSEE code.
     * Parameters: the scheme, the value and the vintage of the lists.
     */
    public static final FindingType UNKNOWN_CODE = rule("rule.authority-unknown-code", Severity.WARNING, "scheme",
            "value", "vintage");

    /**
     * An INSEE commune code that, in the lists' vintage, is only a former commune: a commune
     * déléguée or associée of a commune nouvelle, or an arrondissement municipal; reported on the
     * value. A warning: the data may predate the merger, but the authority to cooperate with is
     * now the commune it names. Parameters: the code, the name of the former commune, the name
     * and code of the commune it is part of, the vintage.
     */
    public static final FindingType FORMER_COMMUNE = rule("rule.authority-former-commune", Severity.WARNING, "value",
            "name", "commune", "communeCode", "vintage");

    /**
     * A LocalAuthority's identifier names, in the lists, an authority whose names do not match
     * the record's name (suspicious: one of the two is wrong); reported on the identifier's value.
     * Parameters: the scheme and value, the record's name, the name in the lists.
     */
    public static final FindingType NAME_MISMATCH = rule("rule.authority-name-mismatch", Severity.WARNING, "scheme",
            "value", "name", "expected");

    /**
     * Two identifiers of one record name different authorities in the lists (an INSEE code and
     * the SIREN of another commune, a Jisr code and a legacy code of two municipalities);
     * reported on the later one. Parameters: both identifiers and the names they give.
     */
    public static final FindingType IDENTIFIERS_DISAGREE = rule("rule.authority-identifiers-disagree",
            Severity.WARNING, "scheme", "value", "name", "otherScheme", "otherValue", "otherName");

    /**
     * An adapter filled an identifier from a name: the name, what it was taken to mean, the
     * identifier given, and the {@linkplain Candidate#percent() score in percent}; reported on the
     * cell of the name. An information, so that a reader can check the guesses.
     */
    public static final FindingType NAME_MATCHED = adapter("adapter.authority-name-matched", Severity.INFO, "name",
            "matched", "scheme", "value", "score");

    /**
     * An adapter could not fill an identifier from a name because several authorities fit it
     * equally well; reported on the cell of the name, with the candidates (name and identifier).
     */
    public static final FindingType NAME_AMBIGUOUS = adapter("adapter.authority-name-ambiguous", Severity.WARNING,
            "name", "candidates");

    /**
     * An adapter could not fill an identifier from a name because no authority of the country
     * fits it; reported on the cell of the name.
     */
    public static final FindingType NAME_UNMATCHED = adapter("adapter.authority-name-unmatched", Severity.WARNING,
            "name", "country");

    /** Every finding type of the reference data, the rule's first. */
    public static final List<FindingType> ALL = List.of(UNKNOWN_CODE, FORMER_COMMUNE, NAME_MISMATCH,
            IDENTIFIERS_DISAGREE, NAME_MATCHED, NAME_AMBIGUOUS, NAME_UNMATCHED);

    private ReferenceFindings() {
    }

    private static FindingType rule(String code, Severity severity, String... parameters) {
        return new FindingType(code, Layer.RULE, severity, List.of(parameters), MESSAGES);
    }

    private static FindingType adapter(String code, Severity severity, String... parameters) {
        return new FindingType(code, Layer.ADAPTER, severity, List.of(parameters), MESSAGES);
    }
}
