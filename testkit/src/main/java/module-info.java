/**
 * Test support for Jisr users: AssertJ assertions for exchange files
 * ({@code ExchangeAssertions.assertThatExchange(file).isValid()}), JUnit 5 sources that run one
 * test per file of a folder ({@code @ExchangeFiles}, {@code ExchangeFileTests}), jqwik
 * arbitraries of every record and value type of the model, the adapter contract tests (TCK)
 * every adapter passes ({@code org.jisr.testkit.tck}), and a library of deliberately broken
 * adapters ({@code org.jisr.testkit.broken}) to test that a host isolates plugin code, and the
 * contract every reader keeps on hostile input with mutations of valid files to check it
 * ({@code org.jisr.testkit.fuzz}).
 *
 * <p>AssertJ, JUnit Jupiter's API and jqwik's API are required transitively: their types appear
 * in the testkit's API. Jackson is used inside only, to compare records by their canonical JSON.
 */
module org.jisr.testkit {
    requires transitive org.jisr.core;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.junit.platform.commons;
    requires tools.jackson.databind;

    exports org.jisr.testkit;
    exports org.jisr.testkit.tck;
    exports org.jisr.testkit.broken;
    exports org.jisr.testkit.fuzz;

    // JUnit instantiates the package-private arguments provider behind @ExchangeFiles.
    opens org.jisr.testkit to org.junit.platform.commons;

    provides net.jqwik.api.providers.ArbitraryProvider with org.jisr.testkit.JisrArbitraryProvider;
}
