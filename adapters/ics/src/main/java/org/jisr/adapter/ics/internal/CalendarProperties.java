package org.jisr.adapter.ics.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Extensions;
import org.jisr.model.JsonValue;
import org.jisr.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a VCALENDAR, read: the document's metadata ({@code X-WR-CALNAME} and
 * {@code X-WR-CALDESC}, the {@code X-JISR-…} ones), the language of texts without a LANGUAGE
 * parameter, and the zone of floating times ({@code X-WR-TIMEZONE}).
 *
 * @param metadata     the document's metadata
 * @param language     the calendar's language ({@code X-JISR-LANGUAGE}), or {@code null}
 * @param floatingZone the {@code X-WR-TIMEZONE}, or {@code null}
 */
record CalendarProperties(DocumentMetadata metadata, @Nullable String language, @Nullable String floatingZone) {

    static final CalendarProperties NONE = new CalendarProperties(DocumentMetadata.EMPTY, null, null);

    /** Properties whose content Jisr does not need: their absence of meaning is not a loss. */
    private static final Set<String> SILENT = Set.of("VERSION", "PRODID", "X-WR-TIMEZONE");

    /** Properties allowed once. */
    private static final Set<String> ONCE = Set.of("VERSION", "PRODID", "CALSCALE", "METHOD", Props.X_ID,
            Props.X_CREATED, Props.X_PUBLISHER, Props.X_LANGUAGE, "X-WR-TIMEZONE");

    /**
     * Reads a calendar's properties.
     *
     * @param begin    its {@code BEGIN:VCALENDAR} line (where calendar-wide findings are located)
     * @param lines    its own properties
     * @param reporter where problems go
     * @return what they say
     */
    static CalendarProperties read(ContentLine begin, List<ContentLine> lines, Reporter reporter) {
        Set<String> seen = new HashSet<>();
        List<ContentLine> kept = new ArrayList<>();
        for (ContentLine l : lines) {
            if (ONCE.contains(l.name()) && !seen.add(l.name())) {
                reporter.report(IcsFindings.REPEATED_PROPERTY, l, "property", l.name());
            } else {
                kept.add(l);
            }
        }
        for (String required : List.of("VERSION", "PRODID")) {
            if (!seen.contains(required)) {
                reporter.report(IcsFindings.CALENDAR_PROPERTY_MISSING, begin, "property", required);
            }
        }
        String language = null;
        for (ContentLine l : kept) {
            if (l.name().equals(Props.X_LANGUAGE)) {
                language = Texts.canonical(IcsText.unescape(l.value())).orElse(null);
                if (language == null) {
                    reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", l.value());
                }
            }
        }
        String defaultLanguage = language == null ? Texts.UNDETERMINED : language;
        String id = null;
        OffsetDateTime created = null;
        Reference publisher = null;
        String floating = null;
        Texts title = new Texts();
        Texts description = new Texts();
        Map<String, JsonValue.ObjectValue> extensions = new TreeMap<>();
        List<String> notRead = new ArrayList<>();
        for (ContentLine l : kept) {
            String text = IcsText.unescape(l.value());
            switch (l.name()) {
                case "X-WR-CALNAME", Props.X_TITLE -> Props.text(title, l, defaultLanguage, reporter);
                case "X-WR-CALDESC", Props.X_DESCRIPTION -> Props.text(description, l, defaultLanguage, reporter);
                case Props.X_ID -> id = text.isEmpty() ? null : text;
                case Props.X_PUBLISHER -> publisher = text.isEmpty() ? null : Reference.to(text);
                case Props.X_CREATED -> {
                    try {
                        created = OffsetDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        reporter.report(IcsFindings.BAD_VALUE, l, "property", l.name(), "value", text);
                    }
                }
                case Props.X_EXTENSION -> Props.extension(l, reporter)
                        .ifPresent(e -> {
                            if (extensions.putIfAbsent(e.getKey(), e.getValue()) != null) {
                                reporter.report(IcsFindings.REPEATED_PROPERTY, l, "property", l.name());
                            }
                        });
                case "X-WR-TIMEZONE" -> floating = text.strip();
                case "CALSCALE" -> {
                    if (!text.strip().equalsIgnoreCase("GREGORIAN")) {
                        notRead.add(l.name() + ":" + text);
                    }
                }
                case Props.X_LANGUAGE -> {
                    // Read above: the other texts need it.
                }
                default -> {
                    if (!SILENT.contains(l.name())) {
                        notRead.add(l.name());
                    }
                }
            }
        }
        if (!notRead.isEmpty()) {
            reporter.report(IcsFindings.NOT_READ, begin, "names", String.join(", ", distinct(notRead)));
        }
        DocumentMetadata metadata = new DocumentMetadata(id, created, publisher, language, title.build(),
                description.build(), Extensions.of(extensions));
        return new CalendarProperties(metadata, language, floating);
    }

    static List<String> distinct(List<String> names) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(names));
    }

    /** The TZID of a calendar's floating times, when it has one. */
    Optional<String> floating() {
        return Optional.ofNullable(floatingZone);
    }
}
