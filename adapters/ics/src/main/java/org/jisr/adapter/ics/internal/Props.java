package org.jisr.adapter.ics.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jisr.adapter.ics.IcsFindings;
import org.jisr.model.JsonValue;

/**
 * What reading a calendar and reading an event share: the names of the properties Jisr writes,
 * texts in their languages, extensions. Stateless.
 */
final class Props {

    static final String X_ID = "X-JISR-ID";
    static final String X_TITLE = "X-JISR-TITLE";
    static final String X_DESCRIPTION = "X-JISR-DESCRIPTION";
    static final String X_LANGUAGE = "X-JISR-LANGUAGE";
    static final String X_CREATED = "X-JISR-CREATED";
    static final String X_PUBLISHER = "X-JISR-PUBLISHER";
    static final String X_EXTENSION = "X-JISR-EXTENSION";
    static final String X_KIND = "X-JISR-KIND";
    static final String X_STATUS = "X-JISR-STATUS";
    static final String X_ATTENDANCE_MODE = "X-JISR-ATTENDANCE-MODE";
    static final String X_TIME_ZONE = "X-JISR-TIME-ZONE";
    static final String X_VENUE_NAME = "X-JISR-VENUE-NAME";
    static final String X_VENUE_ADDRESS = "X-JISR-VENUE-ADDRESS";
    static final String X_VENUE_LOCALITY = "X-JISR-VENUE-LOCALITY";
    static final String X_VENUE_AUTHORITY = "X-JISR-VENUE-AUTHORITY";
    static final String X_VENUE_COUNTRY = "X-JISR-VENUE-COUNTRY";
    static final String X_ORGANIZER = "X-JISR-ORGANIZER";
    static final String X_PARTICIPANT = "X-JISR-PARTICIPANT";
    static final String X_PARTNERSHIP = "X-JISR-PARTNERSHIP";
    static final String X_PROJECT = "X-JISR-PROJECT";
    static final String X_IDENTIFIER = "X-JISR-IDENTIFIER";
    static final String X_SOURCE = "X-JISR-SOURCE";
    static final String X_DOCUMENT = "X-JISR-DOCUMENT";
    static final String X_OUTCOME = "X-JISR-OUTCOME";

    /** Parameters. */
    static final String P_ROLE = "X-JISR-ROLE";
    static final String P_ATTENDANCE = "X-JISR-ATTENDANCE";
    static final String P_SCHEME = "X-JISR-SCHEME";
    static final String P_NAMESPACE = "X-JISR-NAMESPACE";
    static final String P_VALUE = "X-JISR-VALUE";

    /** The shape of an extension namespace (Extensions). */
    static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    private Props() {
    }

    /**
     * Adds the text of a TEXT property to a multilingual text, in the language of its LANGUAGE
     * parameter (or the default one), reporting a bad tag or a second text in a language.
     */
    static void text(Texts texts, ContentLine line, String defaultLanguage, Reporter reporter) {
        String language = language(line, defaultLanguage, reporter);
        if (!texts.add(language, IcsText.unescape(line.value()))) {
            reporter.report(IcsFindings.DUPLICATE_LANGUAGE, line, "property", line.name(), "language", language);
        }
    }

    /** The canonical tag of a line's LANGUAGE parameter, or the default one. */
    static String language(ContentLine line, String defaultLanguage, Reporter reporter) {
        Optional<String> written = line.parameter("LANGUAGE");
        if (written.isEmpty()) {
            return defaultLanguage;
        }
        Optional<String> canonical = Texts.canonical(written.get());
        if (canonical.isEmpty()) {
            reporter.report(IcsFindings.BAD_PARAMETER, line, "property", line.name(), "parameter", "LANGUAGE", "value",
                    written.get());
            return defaultLanguage;
        }
        return canonical.get();
    }

    /**
     * Reads an {@code X-JISR-EXTENSION;X-JISR-NAMESPACE=ns:{…}} line.
     *
     * @return the namespace and its object, or empty after reporting a bad value
     */
    static Optional<java.util.Map.Entry<String, JsonValue.ObjectValue>> extension(ContentLine line,
            Reporter reporter) {
        Optional<String> namespace = line.parameter(P_NAMESPACE);
        if (namespace.isEmpty() || !NAMESPACE.matcher(namespace.get()).matches()) {
            reporter.report(IcsFindings.BAD_PARAMETER, line, "property", line.name(), "parameter", P_NAMESPACE,
                    "value", namespace.orElse(""));
            return Optional.empty();
        }
        String json = IcsText.unescape(line.value());
        Optional<JsonValue.ObjectValue> value = JsonItems.readExtension(namespace.get(), json);
        if (value.isEmpty()) {
            reporter.report(IcsFindings.BAD_VALUE, line, "property", line.name(), "value", json);
            return Optional.empty();
        }
        return Optional.of(java.util.Map.entry(namespace.get(), value.get()));
    }
}
