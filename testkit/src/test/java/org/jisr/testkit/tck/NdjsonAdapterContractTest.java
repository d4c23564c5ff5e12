package org.jisr.testkit.tck;

import java.util.List;
import org.jisr.spi.Adapter;

/** The built-in {@code ndjson} adapter (record streams) passes the contract tests. */
class NdjsonAdapterContractTest extends AdapterContractTest {

    private static final String EVENT = "{\"type\":\"Event\",\"id\":\"event-1\",\"kind\":\"workshop\","
            + "\"title\":{\"fr\":\"Atelier\"},\"period\":{\"start\":\"2024-12-10\"}}";

    @Override
    protected Adapter adapter() {
        return BuiltInAdapters.byId("ndjson");
    }

    @Override
    protected List<Sample> samples() {
        return List.of(BuiltInAdapters.sample("workshop-2024-12-10.ndjson"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                Sample.of("cut-short.ndjson", EVENT + "\n" + EVENT.substring(0, 40) + "\n"),
                Sample.of("unknown-type.ndjson", EVENT.replace("\"Event\"", "\"Municipality\"") + "\n"),
                Sample.of("null.ndjson", EVENT.replace("\"kind\":\"workshop\"", "\"kind\":null") + "\n"),
                Sample.of("header-later.ndjson", EVENT + "\n{\"type\":\"Header\",\"jisr\":\"1.0\"}\n"));
    }
}
