package org.example.jisr.agenda;

import java.util.Locale;
import java.util.Optional;

/** The columns of an agenda table, by their header as a municipality writes it. */
enum AgendaColumn {
    /** The first day, or the start date-time. */
    DATE("Date", ""),
    /** The last day (inclusive), or the end date-time; may be empty. */
    END("Fin", ""),
    /** The kind of event, by its French label. */
    KIND("Type", ""),
    /** The French title. */
    TITLE_FR("Titre (fr)", "fr"),
    /** The Arabic title. */
    TITLE_AR("العنوان (ar)", "ar"),
    /** The name of the venue, in French. */
    VENUE("Lieu", "fr"),
    /** The record id. */
    ID("Id", "");

    private final String header;
    private final String language;

    AgendaColumn(String header, String language) {
        this.header = header;
        this.language = language;
    }

    /** The header of the column, as written. */
    String header() {
        return header;
    }

    /** The language of the column's texts, when it holds texts. */
    String language() {
        return language;
    }

    /** Finds the column a header cell names, ignoring case and runs of spaces. */
    static Optional<AgendaColumn> named(String headerCell) {
        String wanted = headerCell.strip().replaceAll("\\s+", " ");
        for (AgendaColumn column : values()) {
            if (column.header.equalsIgnoreCase(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Tells whether a header cell names the {@code Id} column, which marks a table as an agenda. */
    static boolean isId(String headerCell) {
        return headerCell.strip().toLowerCase(Locale.ROOT).equals("id");
    }
}
