package org.example.jisr.agenda;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * The French and Arabic title cells: the Arabic column takes the titles in Arabic ({@code ar},
     * {@code ar-…}), the French column all the others.
     */
    private static List<String> titleCells(Event event) {
        Map<String, String> arabic = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        event.title().texts().forEach((tag, text) -> (isArabic(tag) ? arabic : others).put(tag, text));
        return List.of(MarkdownCells.texts("fr", others), MarkdownCells.texts("ar", arabic));
    }

    private static boolean isArabic(String tag) {
        return tag.equals("ar") || tag.startsWith("ar-");
    }

    /** The venue's name in every language; the rest of the venue is lost. */
    private String venueCell(Event event) {
        Place venue = event.venue();
        if (venue == null) {
            return "";
        }
        lostIf(event, venue.address() != null, "/venue/address");
        lostIf(event, venue.locality() != null, "/venue/locality");
        lostIf(event, venue.authority() != null, "/venue/authority");
        lostIf(event, venue.country() != null, "/venue/country");
        lostIf(event, venue.geo() != null, "/venue/geo");
        return venue.name() == null ? "" : MarkdownCells.texts("fr", venue.name().texts());
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
