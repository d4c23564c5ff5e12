/**
 * Jisr's spreadsheet mapping and CSV adapters: the tabular mapping between the model and tables
 * ({@code org.jisr.adapter.tabular}: mapping files, the findings of the spreadsheet adapters), and
 * the {@code csv-fr} and {@code csv-tn} adapters ({@code org.jisr.adapter.csv}).
 *
 * <p>The engine ({@code org.jisr.adapter.tabular.internal}) is exported only to the xlsx adapters,
 * which share it. No third-party type appears in an exported signature.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one (javac: "module not found")
module org.jisr.adapter.csv {
    requires transitive org.jisr.core;
    requires org.jisr.reference;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports org.jisr.adapter.tabular;
    exports org.jisr.adapter.csv;
    exports org.jisr.adapter.tabular.internal to org.jisr.adapter.xlsx;

    // The findings' messages, read by org.jisr.core's FindingMessages through a class loader.
    opens org.jisr.adapter.tabular;

    provides org.jisr.spi.Adapter with org.jisr.adapter.csv.CsvFrAdapter, org.jisr.adapter.csv.CsvTnAdapter;
}
