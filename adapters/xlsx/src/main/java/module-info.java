/**
 * Jisr's xlsx adapters, {@code xlsx-fr} and {@code xlsx-tn}: workbooks read with a streaming
 * reader (one row in memory) and written with a streaming writer, on the tabular mapping of
 * {@code org.jisr.adapter.csv}. Apache POI stays inside: no POI type appears in an exported signature.
 */
module org.jisr.adapter.xlsx {
    requires transitive org.jisr.adapter.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports org.jisr.adapter.xlsx;

    provides org.jisr.spi.Adapter with org.jisr.adapter.xlsx.XlsxFrAdapter, org.jisr.adapter.xlsx.XlsxTnAdapter;
}
