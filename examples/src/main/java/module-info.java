/**
 * Runnable, tested examples of embedding Jisr: a tour of the flagship example, checking a file a
 * partner sent, converting between formats, and a municipality's own validation rule.
 */
module org.jisr.examples {
    requires transitive org.jisr.core;
    requires org.jisr.schema;

    exports org.jisr.examples;

    // The example rule, for validators on the module path; META-INF/services/org.jisr.validation.Rule
    // registers it for the class path. A test checks that each way finds it.
    provides org.jisr.validation.Rule with org.jisr.examples.BilingualEventTitlesRule;
}
