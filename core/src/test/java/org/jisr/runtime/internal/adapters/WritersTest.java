package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.Samples;
import org.jisr.spi.Adapter;
import org.jisr.spi.RecordWriter;
import org.junit.jupiter.api.Test;

/** The writers give JisrJson's canonical bytes, record by record. */
class WritersTest {

    private static final JisrJson JSON = JisrJson.create();

    private static String write(Adapter adapter, ExchangeDocument doc) {
        Inputs.Memory out = new Inputs.Memory();
        CollectingContext context = new CollectingContext();
        try (RecordWriter writer = adapter.openWriter(out, context)) {
            writer.begin(doc.metadata());
            for (JisrRecord r : doc.records()) {
                writer.write(r);
            }
        }
        assertThat(out.closed).as("the output is closed").isTrue();
        assertThat(context.findings).isEmpty();
        assertThat(context.losses).isEmpty();
        return out.text();
    }

    @Test
    void the_json_writer_gives_the_canonical_document_bytes() {
        for (ExchangeDocument doc : List.of(Samples.document(), ExchangeDocument.of(List.of()),
                new ExchangeDocument(Samples.metadata(), List.of()), ExchangeDocument.of(List.of(Samples.event())))) {
            assertThat(write(new JsonDocumentAdapter(), doc))
                    .isEqualTo(new String(JSON.toBytes(doc), StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_ndjson_writer_gives_the_canonical_stream_bytes() {
        for (ExchangeDocument doc : List.of(Samples.document(), ExchangeDocument.of(List.of()),
                new ExchangeDocument(Samples.metadata(), List.of()), ExchangeDocument.of(List.of(Samples.event())))) {
            assertThat(write(new NdjsonAdapter(), doc)).isEqualTo(JSON.toNdjson(doc));
        }
    }

    @Test
    void a_writer_refuses_records_before_begin_and_a_second_begin() {
        for (Adapter adapter : List.of(new JsonDocumentAdapter(), new NdjsonAdapter())) {
            RecordWriter writer = adapter.openWriter(new Inputs.Memory(), new CollectingContext());
            assertThatThrownBy(() -> writer.write(Samples.event())).isInstanceOf(IllegalStateException.class);
            writer.begin(DocumentMetadata.EMPTY);
            assertThatThrownBy(() -> writer.begin(DocumentMetadata.EMPTY)).isInstanceOf(IllegalStateException.class);
            writer.close();
            writer.close();
        }
    }

    @Test
    void a_writer_closed_without_begin_writes_nothing() {
        for (Adapter adapter : List.of(new JsonDocumentAdapter(), new NdjsonAdapter())) {
            Inputs.Memory out = new Inputs.Memory();
            adapter.openWriter(out, new CollectingContext()).close();
            assertThat(out.text()).isEmpty();
        }
    }
}
