/**
 * The {@code jisr} command line: validate, convert and inspect exchange files and other formats,
 * list the formats, print the schemas, and run the demo on the bundled examples. Its entry point
 * is {@code org.jisr.cli.JisrCli}; it exports nothing.
 */
module org.jisr.cli {
    requires org.jisr.core;
    requires org.jisr.adapter.csv;
    requires org.jisr.adapter.xlsx;
    requires org.jisr.reference;
    requires info.picocli;
    requires tools.jackson.core;
    requires java.logging;

    opens org.jisr.cli to info.picocli;
}
