package org.example.jisr.agenda;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Place;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as the rows of an agenda table, under a heading with the document's title, and
 * reports through {@link AdapterContext#lost} every value a row cannot hold — exactly the parts
 * of an event the adapter's limitations declare.
 */
final class AgendaWriter implements RecordWriter {

    static final String HEADER = Stream.of(AgendaColumn.values()).map(AgendaColumn::header)
            .collect(Collectors.joining(" | ", "| ", " |"));
    static final String DELIMITER = Stream.of(AgendaColumn.values()).map(c -> "---")
            .collect(Collectors.joining("|", "|", "|"));

    private final AdapterOutput output;
    private final AdapterContext context;
    private @Nullable Writer out;

    AgendaWriter(AdapterOutput output, AdapterContext context) {
        this.output = output;
        this.context = context;
    }

    @Override
    public void begin(DocumentMetadata metadata) {
        if (out != null) {
            return;
        }
        out = new BufferedWriter(new OutputStreamWriter(output.openStream(), StandardCharsets.UTF_8));
        if (metadata.title() != null) {
            line("# " + preferred(metadata.title()).replaceAll("\\s+", " ").strip());
            line("");
        }
        line(HEADER);
        line(DELIMITER);
    }

    @Override
    public void write(JisrRecord record) {
        begin(DocumentMetadata.EMPTY);
        if (!(record instanceof Event event)) {
            context.lost(record, "");
            return;
        }
        List<String> cells = new ArrayList<>();
        cells.add(event.period().start().toString());
        cells.add(event.period().end() == null ? "" : event.period().end().toString());
        cells.add(EventKinds.label(event.kind()));
        cells.addAll(titleCells(event));
        cells.add(venueCell(event));
        cells.add(MarkdownCells.escape(event.id()));
        line(cells.stream().collect(Collectors.joining(" | ", "| ", " |")));
        reportLosses(event);
    }

    /**
     * The French and Arabic title cells. A column without a title in its language takes the first
     * title left in another language, after its tag; titles left after that are lost.
     */
    private List<String> titleCells(Event event) {
        Map<String, String> left = new java.util.TreeMap<>(event.title().texts());
        String fr = left.containsKey("fr") ? MarkdownCells.escape(left.remove("fr")) : null;
        String ar = left.containsKey("ar") ? MarkdownCells.escape(left.remove("ar")) : null;
        if (fr == null && !left.isEmpty()) {
            String tag = left.keySet().iterator().next();
            fr = MarkdownCells.tagged(tag, left.remove(tag));
        }
        if (ar == null && !left.isEmpty()) {
            String tag = left.keySet().iterator().next();
            ar = MarkdownCells.tagged(tag, left.remove(tag));
        }
        for (String tag : left.keySet()) {
            context.lost(event, "/title/" + tag);
        }
        return List.of(fr == null ? "" : fr, ar == null ? "" : ar);
    }

    /** The venue's name in French, or in its first language after the tag; the rest of the venue is lost. */
    private String venueCell(Event event) {
        Place venue = event.venue();
        if (venue == null) {
            return "";
        }
        String cell = "";
        if (venue.name() != null) {
            Map<String, String> names = venue.name().texts();
            String tag = names.containsKey("fr") ? "fr" : names.keySet().iterator().next();
            cell = tag.equals("fr") ? MarkdownCells.escape(names.get(tag)) : MarkdownCells.tagged(tag, names.get(tag));
            for (String other : names.keySet()) {
                if (!other.equals(tag)) {
                    context.lost(event, "/venue/name/" + other);
                }
            }
        }
        lostIf(event, venue.address() != null, "/venue/address");
        lostIf(event, venue.locality() != null, "/venue/locality");
        lostIf(event, venue.authority() != null, "/venue/authority");
        lostIf(event, venue.country() != null, "/venue/country");
        lostIf(event, venue.geo() != null, "/venue/geo");
        return cell;
    }

    private void reportLosses(Event e) {
        lostIf(e, e.description() != null, "/description");
        lostIf(e, e.status() != null, "/status");
        lostIf(e, e.period().timeZone() != null, "/period/timeZone");
        lostIf(e, e.attendanceMode() != null, "/attendanceMode");
        lostIf(e, e.parent() != null, "/parent");
        lostIf(e, !e.partnerships().isEmpty(), "/partnerships");
        lostIf(e, !e.projects().isEmpty(), "/projects");
        lostIf(e, !e.organizers().isEmpty(), "/organizers");
        lostIf(e, !e.participants().isEmpty(), "/participants");
        lostIf(e, !e.themes().isEmpty(), "/themes");
        lostIf(e, !e.outcomes().isEmpty(), "/outcomes");
        lostIf(e, !e.documents().isEmpty(), "/documents");
        lostIf(e, !e.identifiers().isEmpty(), "/identifiers");
        lostIf(e, !e.sources().isEmpty(), "/sources");
        lostIf(e, !e.extensions().isEmpty(), "/extensions");
    }

    private void lostIf(Event event, boolean present, String pointer) {
        if (present) {
            context.lost(event, pointer);
        }
    }

    private static String preferred(MultilingualText text) {
        return text.get("fr").or(() -> text.get("ar")).orElse(text.texts().values().iterator().next());
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new JisrIOException("could not write the agenda to " + output.name(), e);
        }
    }

    @Override
    public void close() {
        begin(DocumentMetadata.EMPTY);
        try {
            out.close();
        } catch (IOException e) {
            throw new JisrIOException("could not write the agenda to " + output.name(), e);
        }
    }
}
