package org.jisr.adapter.xlsx;

import java.util.Arrays;
import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.AdapterContractTest;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.Sample;

/** The xlsx-fr adapter passes the adapter contract tests. */
class XlsxFrAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return new XlsxFrAdapter();
    }

    @Override
    protected List<Sample> samples() {
        byte[] flagship = Bundles.write(new XlsxFrAdapter(), Bundles.flagship(), "atelier.xlsx", new RecordingContext());
        byte[] agenda = Workbooks.workbook("Agenda",
                new Object[] {"Agenda de la coopération 2024"},
                new Object[] {},
                new Object[] {"Identifiant", "Type", "Titre (fr)", "Début", "Fin"},
                new Object[] {"event-1", "Atelier", "Atelier sur la gestion des déchets", "10/12/2024", "10/12/2024"},
                new Object[] {"event-2", "Séminaire", "Séminaire sur la gouvernance locale", 45636, null});
        return List.of(new Sample("atelier-2024-12-10.xlsx", flagship), new Sample("agenda.xlsx", agenda));
    }

    @Override
    protected List<Sample> malformedSamples() {
        byte[] flagship = Bundles.write(new XlsxFrAdapter(), Bundles.flagship(), "atelier.xlsx", new RecordingContext());
        return List.of(
                new Sample("truncated.xlsx", Arrays.copyOf(flagship, flagship.length / 2)),
                new Sample("bad-date.xlsx", Workbooks.workbook("Événements",
                        new Object[] {"Identifiant", "Type", "Titre (fr)", "Début"},
                        new Object[] {"event-1", "Atelier", "Atelier", "hier"})),
                new Sample("results.xlsx", Workbooks.electionResults()));
    }
}
