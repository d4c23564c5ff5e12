package org.jisr.adapter.csv;

import org.jisr.adapter.tabular.TabularMapping;

/**
 * The {@code csv-fr} adapter: CSV files with the French profile's headers and formats
 * ({@link TabularMapping#FRENCH}). Registered with {@code ServiceLoader}; stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CsvFrAdapter extends CsvAdapter {

    /** The adapter's id. */
    public static final String ID = "csv-fr";

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public CsvFrAdapter() {
        super(ID, "Tableur CSV (profil français)", TabularMapping.builtIn(TabularMapping.FRENCH));
    }
}
