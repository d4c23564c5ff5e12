package org.jisr.adapter.csv;

import org.jisr.adapter.tabular.TabularMapping;

/**
 * The {@code csv-tn} adapter: CSV files with the Tunisian profile's headers and formats
 * ({@link TabularMapping#TUNISIAN}). Registered with {@code ServiceLoader}; stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CsvTnAdapter extends CsvAdapter {

    /** The adapter's id. */
    public static final String ID = "csv-tn";

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public CsvTnAdapter() {
        super(ID, "جداول CSV (الصيغة التونسية)", TabularMapping.builtIn(TabularMapping.TUNISIAN));
    }
}
