package org.jisr.testkit.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.Partnership;
import org.jisr.model.Project;
import org.jisr.model.RecordType;

/**
 * The Big List of Naughty Strings (Max Woolf, MIT licence; see the PROVENANCE.md beside it) and
 * the text fields of the records they are put into: strings that broke software before —
 * reserved words, numbers that are not, quotes and formula payloads, control and invisible
 * characters, bidi overrides, emoji, Zalgo text, right-to-left scripts.
 */
final class NaughtyStrings {

    private static final String RESOURCE = "/org/jisr/testkit/naughty-strings/blns.base64.json";
    private static final Pattern ENTRY = Pattern.compile("\"([A-Za-z0-9+/=]*)\"");

    /** A text field of a record type: its JSON name ({@code name}, {@code title}, {@code description}). */
    record Field(RecordType type, String name) {

        /** The pointer of the field's French text in a record. */
        String pointer() {
            return "/" + name + "/fr";
        }

        /** The field's French text in a record of its type, if any. */
        Optional<String> get(JisrRecord r) {
            MultilingualText text = null;
            if (r instanceof LocalAuthority a) {
                text = a.name();
            } else if (r instanceof Organization o) {
                text = name.equals("name") ? o.name() : o.description();
            } else if (r instanceof Partnership p) {
                text = name.equals("name") ? p.name() : p.description();
            } else if (r instanceof Project p) {
                text = name.equals("title") ? p.title() : p.description();
            } else if (r instanceof Event e) {
                text = name.equals("title") ? e.title() : e.description();
            }
            return text == null ? Optional.empty() : text.get("fr");
        }

        /** A copy of a record of the field's type with the field's text replaced, under a new id. */
        JisrRecord with(JisrRecord r, String id, String value) {
            MultilingualText text = MultilingualText.of("fr", value);
            boolean first = name.equals("name") || name.equals("title");
            if (r instanceof LocalAuthority a) {
                return a.toBuilder().id(id).name(text).build();
            } else if (r instanceof Organization o) {
                return first ? o.toBuilder().id(id).name(text).build() : o.toBuilder().id(id).description(text).build();
            } else if (r instanceof Partnership p) {
                return first ? p.toBuilder().id(id).name(text).build() : p.toBuilder().id(id).description(text).build();
            } else if (r instanceof Project p) {
                return first ? p.toBuilder().id(id).title(text).build() : p.toBuilder().id(id).description(text).build();
            } else if (r instanceof Event e) {
                return first ? e.toBuilder().id(id).title(text).build() : e.toBuilder().id(id).description(text).build();
            }
            throw new IllegalArgumentException("no text field known in " + r.type());
        }
    }

    private NaughtyStrings() {
    }

    /** The text fields of a record type that naughty strings are put into. */
    static List<Field> fields(RecordType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> List.of(new Field(type, "name"));
            case ORGANIZATION, PARTNERSHIP -> List.of(new Field(type, "name"), new Field(type, "description"));
            case PROJECT, EVENT -> List.of(new Field(type, "title"), new Field(type, "description"));
        };
    }

    /**
     * The strings, in the order of the list, without the empty one (a text is never empty in
     * Jisr's model) and without duplicates. 66 entries of the list are bytes that are not UTF-8
     * (cut or overlong sequences): decoded as UTF-8 decoders do, with U+FFFD for each malformed
     * sequence, they are still strings a Java program may be given.
     */
    static List<String> all() {
        try (InputStream in = NaughtyStrings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> strings = new ArrayList<>();
            Matcher m = ENTRY.matcher(json);
            while (m.find()) {
                String s = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
                if (!s.isEmpty() && !strings.contains(s)) {
                    strings.add(s);
                }
            }
            return List.copyOf(strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
