/**
 * Test support for Jisr users: AssertJ assertions for exchange files
 * ({@code ExchangeAssertions.assertThatExchange(file).isValid()}) and jqwik
 * arbitraries of every record and value type of the model. Later releases add the adapter
 * contract tests.
 *
 * <p>AssertJ and jqwik's API are required transitively: their types appear
 * in the testkit's API.
 */
module org.jisr.testkit {
    requires transitive org.jisr.core;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports org.jisr.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with org.jisr.testkit.JisrArbitraryProvider;
}
