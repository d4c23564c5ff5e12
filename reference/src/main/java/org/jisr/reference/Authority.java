package org.jisr.reference;

import java.util.List;
import java.util.Objects;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a reference list: a French commune, département, région or EPCI, or a Tunisian
 * governorate or municipality, as the list of its vintage describes it.
 *
 * <p>Examples: Marseille is {@code fr-insee-cog-commune 13055}, a {@link AuthorityKind#COMMUNE}
 * of département 13, with its SIREN {@code 211300553} among the {@link #alternateIds()}; Sousse
 * is {@code tn-municipality TN-51-017} in governorate {@code TN-51}, with the legacy codes
 * {@code tn-onshor-5 51011} and {@code tn-ins-4 3111}.
 *
 * @param id            its identifier in the scheme of its list ({@code fr-insee-cog-commune},
 *                      {@code fr-insee-cog-departement}, {@code fr-insee-cog-region},
 *                      {@code fr-siren} for an EPCI, {@code iso-3166-2} for a governorate,
 *                      {@code tn-municipality})
 * @param kind          what kind of authority it is
 * @param country       ISO 3166-1 alpha-2 code: {@code FR} or {@code TN}
 * @param name          its name as the list writes it (French, or the Latin name for Tunisia)
 * @param arabicName    its Arabic name, for Tunisia
 * @param status        whether it is an authority of its own in this vintage
 * @param parent        the département of a commune, the région of a département, the
 *                      governorate of a municipality; {@code null} for the top level and EPCI
 * @param partOf        for a commune déléguée, associée or an arrondissement municipal: the
 *                      commune it is now part of
 * @param alternateIds  its other identifiers, each in its own scheme: the SIREN of a commune, the
 *                      legacy Tunisian codes where a source gives them
 * @param otherNames    other spellings of its name found in the sources of the list
 * @param createdIn2016 for a Tunisian municipality, whether it was created by the 2016 reform
 *                      ({@code null} when the sources do not say)
 * @since 0.1
 */
public record Authority(Identifier id, AuthorityKind kind, String country, String name, @Nullable String arabicName,
        Status status, @Nullable Identifier parent, @Nullable Identifier partOf, List<Identifier> alternateIds,
        List<String> otherNames, @Nullable Boolean createdIn2016) {

    /** Whether an entry is an authority of its own in the vintage of its list. */
    public enum Status {
        /** An authority of its own (for a commune: a «commune actuelle»). */
        CURRENT,
        /** A former commune that is now a «commune déléguée» of a commune nouvelle. */
        DELEGATED,
        /** A former commune that is now a «commune associée» of another commune. */
        ASSOCIATED,
        /** An arrondissement municipal of Paris, Lyon or Marseille (not a commune of its own). */
        MUNICIPAL_ARRONDISSEMENT
    }

    /**
     * Creates an entry.
     *
     * @throws NullPointerException when a required part is missing
     */
    public Authority {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        alternateIds = List.copyOf(alternateIds);
        otherNames = List.copyOf(otherNames);
    }

    /**
     * Returns every name of the entry: its name, its Arabic name, then the other spellings.
     *
     * @return the names, the list's own first
     */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        if (arabicName != null) {
            all.add(arabicName);
        }
        all.addAll(otherNames);
        return List.copyOf(all);
    }

    /**
     * Returns its identifiers: {@link #id()} and then the {@link #alternateIds()}.
     *
     * @return the identifiers
     */
    public List<Identifier> identifiers() {
        List<Identifier> all = new java.util.ArrayList<>();
        all.add(id);
        all.addAll(alternateIds);
        return List.copyOf(all);
    }
}
