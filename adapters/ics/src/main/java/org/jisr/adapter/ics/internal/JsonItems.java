package org.jisr.adapter.ics.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jisr.core.JisrException;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentLink;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.Extensions;
import org.jisr.model.JsonValue;
import org.jisr.model.MultilingualText;
import org.jisr.model.Outcome;
import org.jisr.model.Participation;
import org.jisr.model.Source;
import org.jisr.model.TimeSpan;

/**
 * The parts of an event that iCalendar has no property for — participations with a description
 * or of a group, sources, documents, outcomes, extensions — written as the JSON they have in the
 * exchange format, in one {@code X-JISR-…} property each. The JSON is Jisr's canonical JSON, made
 * and read by {@link JisrJson} itself: the item is put in a minimal Event whose JSON is written,
 * and the item's text taken out of it; reading, the item's text is put back into such an Event,
 * which {@link JisrJson#readRecord} checks as strictly as any exchange file. Stateless and
 * thread-safe.
 */
final class JsonItems {

    private static final JisrJson JSON = JisrJson.create();
    private static final String WRAPPER_ID = "x";
    private static final String WRAPPER_HEAD = "{\"type\":\"Event\",\"id\":\"" + WRAPPER_ID
            + "\",\"kind\":\"other\",\"title\":{\"und\":\"x\"},\"period\":{\"start\":\"2000-01-01\"},";

    private JsonItems() {
    }

    static String participation(Participation p) {
        return item(wrapper().participant(p).build(), "participants");
    }

    static String source(Source s) {
        return item(wrapper().source(s).build(), "sources");
    }

    static String document(DocumentLink d) {
        return item(wrapper().document(d).build(), "documents");
    }

    static String outcome(Outcome o) {
        return item(wrapper().outcome(o).build(), "outcomes");
    }

    static String extension(String namespace, JsonValue.ObjectValue value) {
        Event e = wrapper().extensions(Extensions.of(Map.of(namespace, value))).build();
        String json = JSON.toJsonLine(e);
        String extensions = member(json, "extensions").orElseThrow();
        return member(extensions, namespace).orElseThrow();
    }

    static Optional<Participation> readParticipation(String json) {
        return read(json, "participants", e -> e.participants().get(0));
    }

    static Optional<Source> readSource(String json) {
        return read(json, "sources", e -> e.sources().get(0));
    }

    static Optional<DocumentLink> readDocument(String json) {
        return read(json, "documents", e -> e.documents().get(0));
    }

    static Optional<Outcome> readOutcome(String json) {
        return read(json, "outcomes", e -> e.outcomes().get(0));
    }

    static Optional<JsonValue.ObjectValue> readExtension(String namespace, String json) {
        if (!isSingleObject(json)) {
            return Optional.empty();
        }
        String text = WRAPPER_HEAD + "\"extensions\":{" + quote(namespace) + ":" + json + "}}";
        try {
            Event e = (Event) JSON.readRecord(text);
            return e.extensions().get(namespace);
        } catch (JisrException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> read(String json, String field, Function<Event, T> take) {
        if (!isSingleObject(json)) {
            return Optional.empty();
        }
        try {
            Event e = (Event) JSON.readRecord(WRAPPER_HEAD + "\"" + field + "\":[" + json + "]}");
            return Optional.of(take.apply(e));
        } catch (JisrException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Event.Builder wrapper() {
        return Event.builder(WRAPPER_ID).kind(EventKind.OTHER).title(MultilingualText.of("und", "x"))
                .period(new TimeSpan(LocalDate.of(2000, 1, 1), null, null));
    }

    /** The text of the first element of the array {@code field} of a wrapper's canonical JSON. */
    private static String item(Event wrapper, String field) {
        String array = member(JSON.toJsonLine(wrapper), field).orElseThrow();
        int start = skipWhitespace(array, 1);
        int end = skipValue(array, start);
        return array.substring(start, end);
    }

    /** The text of the value of a member of a JSON object (trusted, canonical JSON). */
    static Optional<String> member(String object, String name) {
        int i = skipWhitespace(object, 0);
        if (i >= object.length() || object.charAt(i) != '{') {
            return Optional.empty();
        }
        i = skipWhitespace(object, i + 1);
        while (i < object.length() && object.charAt(i) == '"') {
            int keyEnd = skipValue(object, i);
            String key = unquote(object.substring(i, keyEnd));
            i = skipWhitespace(object, keyEnd);
            i = skipWhitespace(object, i + 1);
            int valueEnd = skipValue(object, i);
            if (valueEnd < 0) {
                return Optional.empty();
            }
            if (key.equals(name)) {
                return Optional.of(object.substring(i, valueEnd));
            }
            i = skipWhitespace(object, valueEnd);
            if (i < object.length() && object.charAt(i) == ',') {
                i = skipWhitespace(object, i + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a text is one JSON object and nothing more, its brackets matched: only then is
     * it put inside a wrapper, so that no text can close the wrapper's array and add members.
     */
    static boolean isSingleObject(String text) {
        int i = skipWhitespace(text, 0);
        if (i >= text.length() || text.charAt(i) != '{') {
            return false;
        }
        int end = skipValue(text, i);
        return end > 0 && skipWhitespace(text, end) == text.length();
    }

    /** The index after the JSON value starting at {@code i}, or -1 when it is not well bracketed. */
    private static int skipValue(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        if (c == '"') {
            return skipString(s, i);
        }
        if (c != '{' && c != '[') {
            while (i < s.length() && ",:]} \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
        Deque<Character> open = new ArrayDeque<>();
        while (i < s.length()) {
            char d = s.charAt(i);
            if (d == '"') {
                i = skipString(s, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (d == '{' || d == '[') {
                open.push(d == '{' ? '}' : ']');
            } else if (d == '}' || d == ']') {
                if (open.isEmpty() || open.pop() != d) {
                    return -1;
                }
                if (open.isEmpty()) {
                    return i + 1;
                }
            }
            i++;
        }
        return -1;
    }

    private static int skipString(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k + 1;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String s, int i) {
        while (i >= 0 && i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** A JSON string literal's text; canonical keys need only the two simple escapes. */
    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A JSON string literal for any text. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
