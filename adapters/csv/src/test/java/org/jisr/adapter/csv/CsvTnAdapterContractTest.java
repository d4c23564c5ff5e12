package org.jisr.adapter.csv;

import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.AdapterContractTest;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.Sample;

/** The csv-tn adapter passes the adapter contract tests, on Arabic CSV files and on a zip of the flagship example. */
class CsvTnAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return new CsvTnAdapter();
    }

    @Override
    protected List<Sample> samples() {
        byte[] flagship = Bundles.write(new CsvTnAdapter(), Bundles.flagship(), "ورشة.zip", new RecordingContext());
        return List.of(
                Sample.ofResource(getClass(), "/tunisia/agenda.csv"),
                new Sample("ورشة-2024-12-10.zip", flagship));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                Sample.of("bad-date.csv", "المعرف;الصنف;العنوان بالعربية;البداية\nevent-a;ورشة عمل;ورشة;أمس\n"),
                Sample.of("unknown-kind.csv", "المعرف;الصنف;العنوان بالعربية;البداية\nevent-a;نزهة;ورشة;10/12/2024\n"),
                Sample.ofResource(getClass(), "/tunisia/budget.csv"));
    }
}
