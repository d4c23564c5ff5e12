package org.jisr.adapter.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.spi.RecordWriter;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.testkit.tck.RecordingOutput;

/** The flagship example (a copy of examples/data/workshop-2024-12-10.json, see PROVENANCE.md) and its export. */
final class Flagship {

    static final String VISIT = "event-cuf-working-visit-2024-12-09";
    static final String WORKSHOP = "event-workshop-2024-12-10";

    private Flagship() {
    }

    static ExchangeDocument document() {
        try (InputStream in = Flagship.class.getResourceAsStream("/flagship/workshop-2024-12-10.json")) {
            return JisrJson.create().readDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> events() {
        return document().recordsOf(Event.class).toList();
    }

    /** The whole document written by the adapter. */
    static byte[] ics() {
        return write(document().records(), document()).bytes();
    }

    static RecordingOutput write(List<? extends JisrRecord> records, ExchangeDocument doc) {
        RecordingOutput out = RecordingOutput.named("workshop-2024-12-10.ics");
        try (RecordWriter w = new IcsAdapter().openWriter(out, new RecordingContext())) {
            w.begin(doc.metadata());
            records.forEach(w::write);
        }
        return out;
    }
}
