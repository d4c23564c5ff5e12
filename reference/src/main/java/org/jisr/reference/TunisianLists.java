package org.jisr.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;

/** The Tunisian lists of one vintage: the governorates and the municipalities, with the legacy codes. */
final class TunisianLists {

    private final List<Authority> all = new ArrayList<>();
    private final Map<String, Authority> byIdentifier = new HashMap<>();

    TunisianLists(Tables tables) {
        for (String[] r : tables.read("tn-governorates.tsv")) {
            // iso, nameFr, nameAr, ins, aliases
            Authority a = new Authority(Identifier.of(Identifier.ISO_3166_2, "TN-" + r[0]), AuthorityKind.GOVERNORATE,
                    "TN", r[1], r[2], Authority.Status.CURRENT, null, null, List.of(), split(r[4]), null);
            add(a);
        }
        for (String[] r : tables.read("tn-municipalities.tsv")) {
            // id, governorate, nameFr, nameAr, created2016, onshor5, ins4, aliases
            List<Identifier> legacy = new ArrayList<>();
            if (!r[5].isEmpty()) {
                legacy.add(Identifier.of(Identifier.TN_ONSHOR_5, r[5]));
            }
            if (!r[6].isEmpty()) {
                legacy.add(Identifier.of(Identifier.TN_INS_4, r[6]));
            }
            Boolean created = r[4].isEmpty() ? null : r[4].equals("yes");
            Authority a = new Authority(Identifier.of(Identifier.TN_MUNICIPALITY, r[0]), AuthorityKind.COMMUNE, "TN",
                    r[2], r[3], Authority.Status.CURRENT, Identifier.of(Identifier.ISO_3166_2, "TN-" + r[1]), null,
                    legacy, split(r[7]), created);
            add(a);
        }
    }

    private void add(Authority a) {
        all.add(a);
        for (Identifier id : a.identifiers()) {
            Authority before = byIdentifier.putIfAbsent(key(id), a);
            if (before != null) {
                throw new IllegalStateException("reference list: " + id + " given to both " + before.name() + " and "
                        + a.name());
            }
        }
    }

    private static String key(Identifier id) {
        return id.scheme() + " " + id.value();
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    List<Authority> all() {
        return all;
    }

    Optional<Authority> find(Identifier id) {
        return Optional.ofNullable(byIdentifier.get(key(id)));
    }
}
