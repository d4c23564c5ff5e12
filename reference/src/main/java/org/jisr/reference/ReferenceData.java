package org.jisr.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * Dated reference lists of local authorities: France's communes, départements, régions and EPCI
 * from the Code officiel géographique, and Tunisia's 24 governorates and 350 municipalities (the
 * municipalities of the 2018 municipal elections), each with its identifiers.
 *
 * <pre>{@code
 * ReferenceData data = ReferenceData.builtIn();
 * data.find(Identifier.of("fr-insee-cog-commune", "13055"));          // Marseille
 * data.find(Identifier.of("tn-onshor-5", "51011"));                   // Sousse, TN-51-017
 * data.matcher().resolve("El Kef",
 *         MatchScope.country("TN").kinds(AuthorityKind.COMMUNE));    // Le Kef, TN-33-006
 * }</pre>
 *
 * <p><b>Loading.</b> Nothing is read until first asked: the French lists when a French
 * identifier or name is first looked up, the Tunisian ones likewise, the name indexes when the
 * matcher first matches. A country's lists are read once, then kept.
 *
 * <p><b>Replacing the vintage.</b> {@link #load(Path)} reads a folder holding newer lists in the
 * same format (see {@code docs/reference-data.md}); a list the folder lacks is the built-in one.
 * The validation rule found by {@code ServiceLoader} uses the folder named by the system property
 * {@value #FOLDER_PROPERTY}, or the built-in lists.
 *
 * <p>Thread-safe: the lists are immutable once loaded, and loading is synchronized.
 *
 * @since 0.1
 */
public final class ReferenceData {

    /** The system property naming a folder of lists that replace the built-in ones. */
    public static final String FOLDER_PROPERTY = "jisr.reference.dir";

    private static final class BuiltIn {
        static final ReferenceData INSTANCE = new ReferenceData(null);
    }

    private final Tables tables;
    private final Vintage vintage;
    private final Supplier<FrenchLists> france;
    private final Supplier<TunisianLists> tunisia;
    private final Supplier<NameMatcher> matcher;

    private ReferenceData(@Nullable Path folder) {
        this.tables = new Tables(folder);
        Properties p = tables.vintage();
        this.vintage = new Vintage(p.getProperty("fr.vintage", ""), p.getProperty("fr.source", ""),
                p.getProperty("tn.vintage", ""), p.getProperty("tn.source", ""));
        this.france = lazy(() -> new FrenchLists(tables));
        this.tunisia = lazy(() -> new TunisianLists(tables));
        this.matcher = lazy(() -> new NameMatcher(this));
    }

    /**
     * Returns the lists shipped with this module.
     *
     * @return the built-in lists (one shared instance)
     */
    public static ReferenceData builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Returns the lists of a folder: each file it holds ({@code fr-communes.tsv},
     * {@code tn-municipalities.tsv} …, plain or {@code .gz}, and {@code vintage.properties})
     * replaces the built-in one. The files are read when first needed, so a malformed file is
     * reported then, as an {@link IllegalStateException}.
     *
     * @param folder the folder
     * @return the lists
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static ReferenceData load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        return new ReferenceData(folder);
    }

    /**
     * Returns the lists of the folder named by the system property {@value #FOLDER_PROPERTY}, or
     * the built-in lists when it is not set.
     *
     * @return the lists
     */
    public static ReferenceData fromSystemProperty() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        return folder == null || folder.isBlank() ? builtIn() : load(Path.of(folder));
    }

    /**
     * Returns the vintage of the lists.
     *
     * @return the vintage
     */
    public Vintage vintage() {
        return vintage;
    }

    /**
     * Finds the authority an identifier names in the lists. For a French commune code the
     * commune actuelle comes first; a code that is now only a former commune gives that former
     * commune (its {@link Authority#status()} says so). A SIREN gives a commune or an EPCI.
     *
     * @param id an identifier in any scheme
     * @return the authority, or empty when the lists do not hold that identifier or do not cover
     *         its scheme
     */
    public Optional<Authority> find(Identifier id) {
        Objects.requireNonNull(id, "id");
        String v = id.value();
        return switch (id.scheme()) {
            case Identifier.FR_INSEE_COG_COMMUNE -> france.get().commune(v);
            case Identifier.FR_INSEE_COG_DEPARTEMENT -> Optional.ofNullable(france.get().departement(v));
            case Identifier.FR_INSEE_COG_REGION -> Optional.ofNullable(france.get().region(v));
            case Identifier.FR_SIREN -> france.get().bySiren(v);
            case Identifier.ISO_3166_2, Identifier.TN_MUNICIPALITY, Identifier.TN_ONSHOR_5, Identifier.TN_INS_4 ->
                    tunisia.get().find(id);
            default -> Optional.empty();
        };
    }

    /**
     * Tells whether the lists cover an identifier's scheme, so that an identifier they lack is
     * unknown rather than out of their reach. SIREN numbers are covered only for communes and
     * EPCI, and ISO 3166-2 codes only for Tunisia.
     *
     * @param id an identifier
     * @return {@code true} when the lists hold every valid identifier of its kind
     */
    public boolean covers(Identifier id) {
        return switch (id.scheme()) {
            case Identifier.FR_INSEE_COG_COMMUNE, Identifier.FR_INSEE_COG_DEPARTEMENT, Identifier.FR_INSEE_COG_REGION,
                    Identifier.TN_MUNICIPALITY, Identifier.TN_ONSHOR_5, Identifier.TN_INS_4 -> true;
            case Identifier.ISO_3166_2 -> id.value().startsWith("TN-");
            default -> false;
        };
    }

    /**
     * Returns every entry of a French INSEE commune code: the commune actuelle, then the former
     * communes (déléguées, associées) or arrondissements that have the same code.
     *
     * @param code an INSEE commune code
     * @return the entries, empty when the code is unknown
     */
    public List<Authority> communes(String code) {
        return france.get().communes(code);
    }

    /**
     * Returns the entries of a country's lists of one kind (not the French communes, which are
     * many: use {@link #find(Identifier)} or the {@link #matcher()}).
     *
     * @param country {@code FR} or {@code TN}
     * @param kind    the kind: {@code DEPARTEMENT}, {@code REGION}, {@code EPCI},
     *                {@code GOVERNORATE}, or {@code COMMUNE} for the Tunisian municipalities
     * @return the entries, in the order of the list
     */
    public List<Authority> list(String country, AuthorityKind kind) {
        List<Authority> source = switch (country) {
            case "FR" -> kind == AuthorityKind.COMMUNE ? List.of() : france.get().others();
            case "TN" -> tunisia.get().all();
            default -> List.of();
        };
        List<Authority> out = new ArrayList<>();
        for (Authority a : source) {
            if (a.kind() == kind) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the name matcher over these lists.
     *
     * @return the matcher (one per lists)
     */
    public NameMatcher matcher() {
        return matcher.get();
    }

    FrenchLists france() {
        return france.get();
    }

    TunisianLists tunisia() {
        return tunisia.get();
    }

    private static <T> Supplier<T> lazy(Supplier<T> make) {
        return new Supplier<>() {
            private volatile @Nullable T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = make.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
