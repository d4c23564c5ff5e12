/**
 * Test support for Jisr users: jqwik arbitraries of every record and value type of the model, and
 * a library of deliberately broken adapters ({@code org.jisr.testkit.broken}) to test that a host
 * isolates plugin code. Later releases add assertions for exchange files and the adapter contract
 * tests.
 */
module org.jisr.testkit {
    requires transitive org.jisr.core;
    requires transitive net.jqwik.api;

    exports org.jisr.testkit;
    exports org.jisr.testkit.broken;

    provides net.jqwik.api.providers.ArbitraryProvider with org.jisr.testkit.JisrArbitraryProvider;
}
