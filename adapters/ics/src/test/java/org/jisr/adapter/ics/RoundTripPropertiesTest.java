package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.testkit.JisrArbitraries;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingInput;
import org.jisr.testkit.tck.RecordingOutput;

/**
 * Events → iCalendar → events is the identity: the adapter declares no limitation for events, so
 * every value must come back — texts in every language, times with their exact offsets and
 * fractions of a second, participants, sources, outcomes, extensions — and so must the
 * document's metadata. Nothing is reported lost, and reading gives no finding.
 */
class RoundTripPropertiesTest {

    @Property(tries = 60)
    void events_and_metadata_come_back_unchanged(@ForAll("events") List<Event> events,
            @ForAll("metadata") DocumentMetadata metadata) {
        RecordingContext writing = new RecordingContext();
        RecordingOutput out = RecordingOutput.named("events.ics");
        try (RecordWriter w = new IcsAdapter().openWriter(out, writing)) {
            w.begin(metadata);
            events.forEach(w::write);
        }
        assertThat(writing.losses()).isEmpty();
        assertThat(writing.findings()).isEmpty();

        RecordingContext reading = new RecordingContext();
        List<JisrRecord> back = new ArrayList<>();
        DocumentMetadata metadataBack;
        try (RecordReader r = new IcsAdapter().openReader(RecordingInput.of(out.name(), out.bytes()), reading)) {
            Optional<JisrRecord> next;
            while ((next = r.next()).isPresent()) {
                back.add(next.get());
            }
            metadataBack = r.metadata();
        }

        assertThat(reading.findings()).as("findings reading\n%s", out.text()).isEmpty();
        assertThat(back).as("events read back from\n%s", out.text()).containsExactlyElementsOf(events);
        assertThat(metadataBack).isEqualTo(metadata);
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return JisrArbitraries.events().list().ofMaxSize(4).uniqueElements(Event::id);
    }

    @Provide
    Arbitrary<DocumentMetadata> metadata() {
        return JisrArbitraries.metadata();
    }
}
