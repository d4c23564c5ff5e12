package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.model.ExchangeDocument;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.JisrArbitraries;
import org.jisr.testkit.tck.RecordingContext;

/** Generated documents — metadata and records of every type, mixed — go through each CSV profile and come back. */
class DocumentRoundTripProperties {


    @Property(tries = 25)
    void a_document_survives_csv_fr(@ForAll("documents") ExchangeDocument doc) {
        roundTrip(new CsvFrAdapter(), doc);
    }

    @Property(tries = 25)
    void a_document_survives_csv_tn(@ForAll("documents") ExchangeDocument doc) {
        roundTrip(new CsvTnAdapter(), doc);
    }

    private static void roundTrip(Adapter adapter, ExchangeDocument doc) {
        RecordingContext writing = new RecordingContext();
        byte[] zip = Bundles.write(adapter, doc, "document.zip", writing);
        RecordingContext reading = new RecordingContext();
        ExchangeDocument back = Bundles.read(adapter, AdapterInput.of("document.zip", zip), reading);

        assertThat(writing.losses()).isEmpty();
        assertThat(reading.errors()).isEmpty();
        assertThat(back.metadata()).isEqualTo(doc.metadata());
        // Records come back grouped by table, in the order each type first came, each table in its order.
        assertThat(back.records()).containsExactlyInAnyOrderElementsOf(doc.records());
        for (var type : org.jisr.model.RecordType.values()) {
            assertThat(back.records().stream().filter(r -> r.type() == type).toList())
                    .isEqualTo(doc.records().stream().filter(r -> r.type() == type).toList());
        }
    }

    @Provide
    Arbitrary<ExchangeDocument> documents() {
        return JisrArbitraries.documents();
    }
}
