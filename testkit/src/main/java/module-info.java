/**
 * Test support for Jisr users: jqwik arbitraries of every record and value type of the model.
 * Later releases add assertions for exchange files and the adapter contract tests.
 */
module org.jisr.testkit {
    requires transitive org.jisr.core;
    requires transitive net.jqwik.api;

    exports org.jisr.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with org.jisr.testkit.JisrArbitraryProvider;
}
