/** Runnable examples of embedding Jisr. */
module org.jisr.examples {
    requires org.jisr.core;
    requires org.jisr.schema;

    exports org.jisr.examples;
}
