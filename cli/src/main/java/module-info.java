/**
 * The {@code jisr} command line: validate exchange files, list the formats, convert between them
 * and print the schemas. Its entry point is {@code org.jisr.cli.JisrCli}; it exports nothing.
 */
module org.jisr.cli {
    requires org.jisr.core;
    requires org.jisr.adapter.csv;
    requires org.jisr.adapter.xlsx;
    requires org.jisr.reference;
    requires info.picocli;
    requires java.logging;

    opens org.jisr.cli to info.picocli;
}
