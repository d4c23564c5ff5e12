package org.example.jisr.agenda;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.EventKind;

/**
 * The French labels of event kinds as an agenda shows them in its {@code Type} column: those of
 * Jisr's {@code event-kinds} codelist. Reading also accepts the codes ({@code workshop}).
 */
final class EventKinds {

    private static final Map<EventKind, String> LABELS = new EnumMap<>(Map.of(
            EventKind.WORKSHOP, "Atelier",
            EventKind.VISIT, "Visite de travail",
            EventKind.DELEGATION, "Mission de délégation",
            EventKind.SEMINAR, "Séminaire",
            EventKind.TRAINING, "Formation",
            EventKind.CONFERENCE, "Conférence",
            EventKind.SIGNING, "Cérémonie de signature",
            EventKind.MEETING, "Réunion",
            EventKind.OTHER, "Autre"));

    private EventKinds() {
    }

    static String label(EventKind kind) {
        return LABELS.get(kind);
    }

    /** Finds the kind whose French label or code is the text, ignoring case. */
    static Optional<EventKind> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.FRENCH);
        for (EventKind kind : EventKind.values()) {
            if (LABELS.get(kind).toLowerCase(Locale.FRENCH).equals(wanted) || kind.code().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
