package org.jisr.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * The French lists of one vintage: communes (with their former communes and arrondissements),
 * départements, régions and EPCI. The communes are kept as columns of strings and made into
 * {@link Authority} objects only when asked for, so that the 37,590 rows stay small in memory.
 */
final class FrenchLists {

    private static final int CODE = 0;
    private static final int TYPE = 1;
    private static final int NAME = 2;
    private static final int DEPARTEMENT = 3;
    private static final int SIREN = 5;
    private static final int COMMUNE = 6;

    private final List<String[]> communes;
    /** Row of the commune actuelle (or, failing one, the first row) of each INSEE code. */
    private final Map<String, Integer> communeByCode = new HashMap<>();
    /** Rows of the former communes and arrondissements of each code, when it has any. */
    private final Map<String, int[]> othersByCode = new HashMap<>();
    private final Map<String, Integer> communeBySiren = new HashMap<>();
    private final Map<String, Authority> epci = new HashMap<>();
    private final Map<String, Authority> departements = new HashMap<>();
    private final Map<String, Authority> regions = new HashMap<>();
    private final List<Authority> others = new ArrayList<>();

    FrenchLists(Tables tables) {
        communes = tables.read("fr-communes.tsv");
        for (int i = 0; i < communes.size(); i++) {
            String[] row = communes.get(i);
            if (row[TYPE].equals("C")) {
                communeByCode.put(row[CODE], i);
                if (!row[SIREN].isEmpty()) {
                    communeBySiren.put(row[SIREN], i);
                }
            } else {
                int[] before = othersByCode.get(row[CODE]);
                int[] now = before == null ? new int[1] : java.util.Arrays.copyOf(before, before.length + 1);
                now[now.length - 1] = i;
                othersByCode.put(row[CODE], now);
                communeByCode.putIfAbsent(row[CODE], i);
            }
        }
        for (String[] r : tables.read("fr-regions.tsv")) {
            Authority a = new Authority(Identifier.of(Identifier.FR_INSEE_COG_REGION, r[0]), AuthorityKind.REGION, "FR",
                    r[1], null, Authority.Status.CURRENT, null, null, List.of(), List.of(), null);
            regions.put(r[0], a);
            others.add(a);
        }
        for (String[] r : tables.read("fr-departements.tsv")) {
            Authority a = new Authority(Identifier.of(Identifier.FR_INSEE_COG_DEPARTEMENT, r[0]),
                    AuthorityKind.DEPARTEMENT, "FR", r[1], null, Authority.Status.CURRENT,
                    r[2].isEmpty() ? null : Identifier.of(Identifier.FR_INSEE_COG_REGION, r[2]), null, List.of(),
                    List.of(), null);
            departements.put(r[0], a);
            others.add(a);
        }
        for (String[] r : tables.read("fr-epci.tsv")) {
            Authority a = new Authority(Identifier.of(Identifier.FR_SIREN, r[0]), AuthorityKind.EPCI, "FR", r[1], null,
                    Authority.Status.CURRENT, null, null, List.of(), List.of(), null);
            epci.put(r[0], a);
            others.add(a);
        }
    }

    int communeRows() {
        return communes.size();
    }

    /** The commune of a row, made on demand. */
    Authority communeAt(int row) {
        String[] r = communes.get(row);
        Authority.Status status = switch (r[TYPE]) {
            case "C" -> Authority.Status.CURRENT;
            case "D" -> Authority.Status.DELEGATED;
            case "A" -> Authority.Status.ASSOCIATED;
            default -> Authority.Status.MUNICIPAL_ARRONDISSEMENT;
        };
        List<Identifier> alternate = r[SIREN].isEmpty() ? List.of() : List.of(Identifier.of(Identifier.FR_SIREN, r[SIREN]));
        return new Authority(Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, r[CODE]), AuthorityKind.COMMUNE, "FR", r[NAME],
                null, status, r[DEPARTEMENT].isEmpty() ? null
                        : Identifier.of(Identifier.FR_INSEE_COG_DEPARTEMENT, r[DEPARTEMENT]),
                r[COMMUNE].isEmpty() ? null : Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, r[COMMUNE]), alternate,
                List.of(), null);
    }

    /** The name of a row's commune, without making it. */
    String communeName(int row) {
        return communes.get(row)[NAME];
    }

    /** The département, régions and EPCI. */
    List<Authority> others() {
        return others;
    }

    /** The commune of an INSEE code: the commune actuelle, else the first former commune of that code. */
    Optional<Authority> commune(String code) {
        Integer row = communeByCode.get(code);
        return row == null ? Optional.empty() : Optional.of(communeAt(row));
    }

    /** Every entry of an INSEE code: the commune actuelle, then the former communes or arrondissements. */
    List<Authority> communes(String code) {
        List<Authority> all = new ArrayList<>();
        Integer row = communeByCode.get(code);
        if (row != null && communes.get(row)[TYPE].equals("C")) {
            all.add(communeAt(row));
        }
        for (int other : othersByCode.getOrDefault(code, new int[0])) {
            all.add(communeAt(other));
        }
        return all;
    }

    @Nullable Authority departement(String code) {
        return departements.get(code);
    }

    @Nullable Authority region(String code) {
        return regions.get(code);
    }

    /** The commune or EPCI of a SIREN. */
    Optional<Authority> bySiren(String siren) {
        Integer row = communeBySiren.get(siren);
        if (row != null) {
            return Optional.of(communeAt(row));
        }
        return Optional.ofNullable(epci.get(siren));
    }
}
