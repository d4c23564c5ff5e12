package org.jisr.runtime.internal.adapters;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jisr.core.JisrException;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.ModelReader;
import org.jisr.json.internal.ReadFailure;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** What the two canonical adapters share: parsers bound by the read limits, and finding helpers. */
final class CanonicalJson {

    private static final Pattern IN_A_RECORD = Pattern.compile("/records/[0-9]+(?:/.*)?");

    private CanonicalJson() {
    }

    /**
     * A factory whose parsers refuse duplicate member names and respect the limits, and leave
     * the caller's stream open (the reader closes what it opened).
     */
    static JsonFactory factory(ReadLimits limits) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .build();
    }

    /** Whether the input's name ends with one of the extensions (lower-case, without the dot). */
    static boolean hasExtension(AdapterInput input, String... extensions) {
        String name = input.path().map(p -> p.getFileName() == null ? "" : p.getFileName().toString())
                .orElse(input.name()).toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (name.endsWith("." + e)) {
                return true;
            }
        }
        return false;
    }

    /** Reports a failure of the codec: a document-level problem, a skipped record, or the end of reading. */
    static void report(AdapterContext context, String file, ReadFailure failure, boolean stream) {
        FindingType type;
        if (failure.fatal() && !stream) {
            type = JsonAdapterFindings.READ_STOPPED;
        } else if (stream || IN_A_RECORD.matcher(failure.pointer()).matches()) {
            type = JsonAdapterFindings.RECORD_SKIPPED;
        } else {
            type = JsonAdapterFindings.INVALID_DOCUMENT;
        }
        report(context, type, Location.of(file, failure.pointer(), failure.line(), failure.column()),
                Map.of("reason", failure.reason()));
    }

    static void report(AdapterContext context, FindingType type, Location at, Map<String, String> parameters) {
        context.report(type, at, parameters);
    }

    /** The system's explanation of an I/O failure, for {@code adapter.unreadable-input}. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        if ((failure instanceof JisrIOException || failure instanceof JacksonException) && failure.getCause() != null) {
            cause = failure.getCause();
        }
        String message = cause.getMessage();
        String kind = cause instanceof IOException || cause instanceof JisrException ? cause.getClass().getSimpleName()
                : cause.getClass().getName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /**
     * Remembers where each value of the record last read starts, so that {@code locate} can point
     * into the input.
     */
    static final class Positions implements ModelReader.ValueListener {
        private final Map<String, long[]> byPointer = new HashMap<>();

        @Override
        public void at(String pointer, int line, int column) {
            byPointer.put(pointer, new long[] {line, column});
        }

        void clear() {
            byPointer.clear();
        }

        /**
         * The location of a value, or of its nearest enclosing value that was read (the record
         * itself at least), with the pointer asked for.
         */
        Location locate(String file, String pointer) {
            String p = pointer;
            while (true) {
                long[] at = byPointer.get(p);
                if (at != null) {
                    return Location.of(file, pointer, (int) at[0], (int) at[1]);
                }
                if (p.isEmpty()) {
                    return Location.of(file, pointer, 0, 0);
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }
    }
}
