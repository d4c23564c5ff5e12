package org.jisr.testkit.tck;

import java.util.List;
import org.jisr.spi.Adapter;

/** The built-in {@code json} adapter (exchange documents) passes the contract tests. */
class JsonAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return BuiltInAdapters.byId("json");
    }

    @Override
    protected List<Sample> samples() {
        return List.of(BuiltInAdapters.sample("workshop-2024-12-10.json"), BuiltInAdapters.sample("twinnings-fr-tn.json"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                BuiltInAdapters.sample("03-record-without-id.json"),
                BuiltInAdapters.sample("05-unknown-record-type.json"),
                BuiltInAdapters.sample("06-unknown-property.json"),
                BuiltInAdapters.sample("11-null-value.json"),
                Sample.of("not-json.json", "jisr: 1.0\nrecords: []\n"),
                Sample.of("array.json", "[{\"type\": \"Event\"}]\n"));
    }
}
