package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jisr.json.JisrJson;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Organization;
import org.jisr.model.Partnership;
import org.jisr.model.Project;

/**
 * The canonical-JSON contract over generated model instances: what Jisr writes validates against
 * Jisr's schema, reads back equal, and is byte-identical when written again.
 */
class CanonicalJsonPropertiesTest {

    private final JisrJson json = JisrJson.create();

    @Property(tries = 80)
    void a_written_document_is_valid_against_the_schema(@ForAll ExchangeDocument doc) {
        String text = json.toJson(doc);
        assertThat(JisrSchemas.errors(JisrSchemas.EXCHANGE, text)).as(text).isEmpty();
    }

    @Property(tries = 80)
    void a_written_document_reads_back_equal(@ForAll ExchangeDocument doc) {
        assertThat(json.readDocument(json.toJson(doc))).isEqualTo(doc);
    }

    @Property(tries = 80)
    void writing_twice_gives_the_same_bytes(@ForAll ExchangeDocument doc) {
        byte[] first = json.toBytes(doc);
        byte[] second = json.toBytes(json.readDocument(new ByteArrayInputStream(first)));
        assertThat(Arrays.equals(first, second)).as(new String(first, StandardCharsets.UTF_8)).isTrue();
        assertThat(json.toBytes(doc)).isEqualTo(first);
    }

    @Property(tries = 80)
    void every_line_of_a_written_stream_is_valid_and_the_stream_reads_back_equal(@ForAll ExchangeDocument doc) {
        String ndjson = json.toNdjson(doc);
        for (String line : ndjson.lines().toList()) {
            assertThat(JisrSchemas.errors(JisrSchemas.NDJSON_RECORD, line)).as(line).isEmpty();
        }
        assertThat(json.readStream(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))).isEqualTo(doc);
    }

    @Property(tries = 60)
    void local_authorities_round_trip_and_validate(@ForAll LocalAuthority record) {
        assertRecordContract(record);
    }

    @Property(tries = 60)
    void organizations_round_trip_and_validate(@ForAll Organization record) {
        assertRecordContract(record);
    }

    @Property(tries = 60)
    void partnerships_round_trip_and_validate(@ForAll Partnership record) {
        assertRecordContract(record);
    }

    @Property(tries = 60)
    void projects_round_trip_and_validate(@ForAll Project record) {
        assertRecordContract(record);
    }

    @Property(tries = 60)
    void events_round_trip_and_validate(@ForAll Event record) {
        assertRecordContract(record);
    }

    private void assertRecordContract(JisrRecord record) {
        String line = json.toJsonLine(record);
        assertThat(JisrSchemas.errors(JisrSchemas.RECORD, line)).as(line).isEmpty();
        assertThat(json.readRecord(line)).isEqualTo(record);
        assertThat(json.toJsonLine(json.readRecord(line))).isEqualTo(line);
    }
}
