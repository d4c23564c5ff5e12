package org.jisr.adapter.csv;

import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.AdapterContractTest;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.Sample;

/** The csv-fr adapter passes the adapter contract tests, on a CSV file and on a zip of the flagship example. */
class CsvFrAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return new CsvFrAdapter();
    }

    @Override
    protected List<Sample> samples() {
        byte[] flagship = Bundles.write(new CsvFrAdapter(), Bundles.flagship(), "atelier.zip", new RecordingContext());
        return List.of(
                Sample.ofResource(getClass(), "/samples/evenements.csv"),
                new Sample("atelier-2024-12-10.zip", flagship));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                Sample.ofResource(getClass(), "/samples/malformed/bad-date.csv"),
                Sample.ofResource(getClass(), "/samples/malformed/unknown-kind.csv"),
                Sample.ofResource(getClass(), "/samples/malformed/unclosed-quote.csv"),
                Sample.ofResource(getClass(), "/samples/malformed/no-table.csv"));
    }
}
