/**
 * Test support for Jisr users: jqwik arbitraries of every record and value type of the model.
 * The adapter contract tests (TCK) every adapter passes are in {@code org.jisr.testkit.tck}.
 * Later releases add assertions for exchange files.
 *
 * <p>jqwik's and JUnit Jupiter's APIs are required transitively: their types appear in the
 * testkit's API. Jackson is used inside only, to compare records by their canonical JSON.
 */
module org.jisr.testkit {
    requires transitive org.jisr.core;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires tools.jackson.databind;

    exports org.jisr.testkit;
    exports org.jisr.testkit.tck;

    provides net.jqwik.api.providers.ArbitraryProvider with org.jisr.testkit.JisrArbitraryProvider;
}
