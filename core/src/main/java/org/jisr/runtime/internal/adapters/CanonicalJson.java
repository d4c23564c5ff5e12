package org.jisr.runtime.internal.adapters;

import org.jisr.validation.internal.ReadConstraints;
import org.jisr.validation.internal.ConversionFindings;
import org.jisr.validation.internal.JsonAdapterFindings;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.jisr.core.JisrException;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.ModelReader;
import org.jisr.json.internal.ReadFailure;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
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
                .streamReadConstraints(ReadConstraints.of(limits))
                .build();
    }

    /** Reports a failure of the codec: a document-level problem, a skipped record, or the end of reading. */
    static void report(AdapterContext context, String file, ReadFailure failure, boolean stream) {
        if (failure.limit().isPresent()) {
            report(context, org.jisr.validation.internal.syntax.SyntaxFindings.LIMIT_EXCEEDED,
                    Location.of(file, failure.pointer(), failure.line(), failure.column()),
                    ReadConstraints.parameters(failure.limit().get(), context.limits()));
            return;
        }
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
     * Remembers where each value read starts, cheaply: its depth, its member name or index, its
     * line and column, in reading order. A JSON Pointer is only built when {@link #locate} asks,
     * by replaying that order from the last record's start.
     */
    static final class Positions implements ModelReader.ValueListener {
        private int size;
        private int[] depths = new int[64];
        private Object[] segments = new Object[64];
        private int[] lines = new int[64];
        private int[] columns = new int[64];

        @Override
        public void at(JsonParser parser, int lineOffset) {
            TokenStreamContext context = parser.streamReadContext();
            TokenStreamContext holder = parser.currentToken().isStructStart() ? context.getParent() : context;
            if (size == depths.length) {
                int n = size * 2;
                depths = Arrays.copyOf(depths, n);
                segments = Arrays.copyOf(segments, n);
                lines = Arrays.copyOf(lines, n);
                columns = Arrays.copyOf(columns, n);
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            depths[size] = holder == null ? 0 : holder.getNestingDepth();
            segments[size] = holder == null || holder.inRoot() ? ""
                    : holder.inObject() ? holder.currentName() : Integer.valueOf(holder.getCurrentIndex());
            lines[size] = at.getLineNr() + lineOffset;
            columns[size] = at.getColumnNr();
            size++;
        }

        void clear() {
            size = 0;
            Arrays.fill(segments, null);
        }

        /**
         * The location of a value of the last record read, or of its nearest enclosing value
         * that was read (the record itself at least).
         *
         * @param file            the input's name
         * @param reported        the pointer the location gives
         * @param pointerInRecord the pointer of the value in its record
         * @param recordDepth     the depth of records in the input (2 in a document, 0 in a stream)
         */
        Location locate(String file, String reported, String pointerInRecord, int recordDepth) {
            int root = -1;
            for (int i = size - 1; i >= 0; i--) {
                if (depths[i] == recordDepth) {
                    root = i;
                    break;
                }
            }
            if (root < 0) {
                return Location.of(file, reported, 0, 0);
            }
            int best = root;
            int bestLength = 0;
            String[] path = new String[32];
            for (int i = root + 1; i < size && depths[i] > recordDepth; i++) {
                int level = depths[i] - recordDepth;
                if (level > path.length) {
                    path = Arrays.copyOf(path, level * 2);
                }
                path[level - 1] = escape(segments[i]);
                StringBuilder pointer = new StringBuilder();
                for (int l = 0; l < level; l++) {
                    pointer.append('/').append(path[l]);
                }
                String p = pointer.toString();
                if (p.equals(pointerInRecord)) {
                    return Location.of(file, reported, lines[i], columns[i]);
                }
                if (p.length() > bestLength && pointerInRecord.startsWith(p + "/")) {
                    best = i;
                    bestLength = p.length();
                }
            }
            return Location.of(file, reported, lines[best], columns[best]);
        }

        private static String escape(Object segment) {
            String s = String.valueOf(segment);
            return s.indexOf('~') < 0 && s.indexOf('/') < 0 ? s : s.replace("~", "~0").replace("/", "~1");
        }
    }
}
