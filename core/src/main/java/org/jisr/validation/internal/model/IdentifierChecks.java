package org.jisr.validation.internal.model;

import java.util.Optional;
import java.util.Set;
import org.jisr.model.Identifier;
import org.jisr.validation.FindingType;

/**
 * What the value of an identifier of the right shape can still get wrong: check digits and codes
 * that cannot exist. The schema has already checked each scheme's shape, so these checks assume
 * it (nine digits for a SIREN, {@code TN-} and two digits for a {@code tn-municipality} …).
 */
final class IdentifierChecks {

    /** The 24 governorates of Tunisia in ISO 3166-2:TN (Tunis … Tataouine). */
    static final Set<String> TN_GOVERNORATES = Set.of("11", "12", "13", "14", "21", "22", "23", "31", "32", "33",
            "34", "41", "42", "43", "51", "52", "53", "61", "71", "72", "73", "81", "82", "83");

    /** The five overseas départements (DROM) of the COG: Guadeloupe … Mayotte; 975 is no longer one. */
    private static final Set<String> OVERSEAS_DEPARTEMENTS = Set.of("971", "972", "973", "974", "976");

    /**
     * The overseas collectivities whose communes (or districts) the COG also codes: Saint-Pierre-et-Miquelon,
     * Saint-Barthélemy, Saint-Martin, the TAAF, Wallis-et-Futuna, French Polynesia, New Caledonia, Clipperton.
     */
    private static final Set<String> OVERSEAS_COLLECTIVITIES = Set.of("975", "977", "978", "984", "986", "987",
            "988", "989");

    /**
     * Every région code the COG has had: the five overseas régions, the 22 metropolitan régions of
     * 1982–2015 and the 13 since 2016 (older data keeps the old codes).
     */
    private static final Set<String> REGIONS = Set.of("01", "02", "03", "04", "06", "11", "21", "22", "23", "24",
            "25", "26", "27", "28", "31", "32", "41", "42", "43", "44", "52", "53", "54", "72", "73", "74", "75", "76",
            "82", "83", "84", "91", "93", "94");

    /** The SIREN of La Poste, whose establishments' SIRET numbers may follow another rule. */
    private static final String LA_POSTE = "356000000";

    private IdentifierChecks() {
    }

    /**
     * Checks an identifier whose value has its scheme's shape.
     *
     * @param id the identifier
     * @return what is wrong, if anything
     */
    static Optional<FindingType> check(Identifier id) {
        String v = id.value();
        return switch (id.scheme()) {
            case Identifier.FR_SIREN -> digitsOnly(v, 9) && !luhn(v) ? Optional.of(ModelFindings.IDENTIFIER_CHECK_DIGIT)
                    : Optional.empty();
            case Identifier.FR_SIRET -> digitsOnly(v, 14) && !validSiret(v)
                    ? Optional.of(ModelFindings.IDENTIFIER_CHECK_DIGIT) : Optional.empty();
            case Identifier.FR_INSEE_COG_DEPARTEMENT -> isDepartement(v) ? Optional.empty()
                    : Optional.of(ModelFindings.UNKNOWN_INSEE_CODE);
            case Identifier.FR_INSEE_COG_COMMUNE -> isPossibleCommune(v) ? Optional.empty()
                    : Optional.of(ModelFindings.UNKNOWN_INSEE_CODE);
            case Identifier.FR_INSEE_COG_REGION -> REGIONS.contains(v) ? Optional.empty()
                    : Optional.of(ModelFindings.UNKNOWN_INSEE_CODE);
            case Identifier.ISO_3166_2 -> isPossibleSubdivision(v) ? Optional.empty()
                    : Optional.of(ModelFindings.UNKNOWN_SUBDIVISION);
            case Identifier.TN_MUNICIPALITY -> v.length() >= 5 && TN_GOVERNORATES.contains(v.substring(3, 5))
                    ? Optional.empty() : Optional.of(ModelFindings.UNKNOWN_SUBDIVISION);
            default -> Optional.empty();
        };
    }

    /** The Luhn check (ISO/IEC 7812-1) over decimal digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean validSiret(String siret) {
        String siren = siret.substring(0, 9);
        if (!luhn(siren)) {
            return false;
        }
        if (luhn(siret)) {
            return true;
        }
        // INSEE numbers La Poste's many establishments so that the sum of the digits is a multiple of 5.
        return siren.equals(LA_POSTE) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    private static boolean isDepartement(String code) {
        return isMetropolitanDepartement(code) || OVERSEAS_DEPARTEMENTS.contains(code);
    }

    private static boolean isMetropolitanDepartement(String code) {
        if (code.equals("2A") || code.equals("2B")) {
            return true;
        }
        if (code.length() != 2 || !digitsOnly(code, 2)) {
            return false;
        }
        int n = Integer.parseInt(code);
        // 20 (Corsica) was split into 2A and 2B in 1976.
        return n >= 1 && n <= 95 && n != 20;
    }

    private static boolean isPossibleCommune(String code) {
        if (code.startsWith("97") || code.startsWith("98")) {
            String territory = code.substring(0, 3);
            return (OVERSEAS_DEPARTEMENTS.contains(territory) || OVERSEAS_COLLECTIVITIES.contains(territory))
                    && !code.endsWith("00");
        }
        // Communes are numbered from 001 within their département: 13000 is a postcode, not a commune.
        return isMetropolitanDepartement(code.substring(0, 2)) && !code.endsWith("000");
    }

    private static boolean isPossibleSubdivision(String code) {
        String country = code.substring(0, 2);
        if (!KnownCodes.COUNTRIES.contains(country)) {
            return false;
        }
        if (country.equals("TN")) {
            return TN_GOVERNORATES.contains(code.substring(3));
        }
        return true;
    }

    private static boolean digitsOnly(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
