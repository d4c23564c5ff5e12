package org.jisr.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jisr.model.ExchangeDocument;
import org.jisr.runtime.Jisr;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;

/** AdapterRuns writes and reads through a real adapter, as a host does. */
class AdapterRunsTest {

    private static final Adapter NDJSON = Jisr.builder().build().adapter("ndjson").orElseThrow().adapter();

    @Property(tries = 30)
    void what_the_ndjson_adapter_writes_reads_back_as_the_same_document(@ForAll ExchangeDocument doc) {
        RecordingContext context = new RecordingContext();

        byte[] written = AdapterRuns.write(NDJSON, doc, "out.ndjson", context);
        ExchangeDocument back = AdapterRuns.read(NDJSON, AdapterInput.of("out.ndjson", written), context);

        assertThat(new String(written, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"type\":\"Header\"")))
                .as("the metadata first, once").hasSizeLessThanOrEqualTo(1);
        assertThat(back.records()).isEqualTo(doc.records());
        assertThat(context.findings()).isEmpty();
    }
}
