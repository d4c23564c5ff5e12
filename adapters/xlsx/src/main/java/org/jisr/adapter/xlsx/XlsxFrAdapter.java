package org.jisr.adapter.xlsx;

import org.jisr.adapter.tabular.TabularMapping;

/**
 * The {@code xlsx-fr} adapter: workbooks with the French profile's sheets, headers and formats
 * ({@link TabularMapping#FRENCH}). Registered with {@code ServiceLoader}; stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class XlsxFrAdapter extends XlsxAdapter {

    /** The adapter's id. */
    public static final String ID = "xlsx-fr";

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public XlsxFrAdapter() {
        super(ID, "Classeur Excel (profil français)", TabularMapping.builtIn(TabularMapping.FRENCH));
    }
}
