package org.jisr.adapter.xlsx;

import org.jisr.adapter.tabular.TabularMapping;

/**
 * The {@code xlsx-tn} adapter: workbooks with the Tunisian profile's sheets, headers and formats
 * ({@link TabularMapping#TUNISIAN}). Registered with {@code ServiceLoader}; stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class XlsxTnAdapter extends XlsxAdapter {

    /** The adapter's id. */
    public static final String ID = "xlsx-tn";

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public XlsxTnAdapter() {
        super(ID, "مصنف Excel (الصيغة التونسية)", TabularMapping.builtIn(TabularMapping.TUNISIAN));
    }
}
