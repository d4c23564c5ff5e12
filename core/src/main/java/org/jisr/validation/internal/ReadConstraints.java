package org.jisr.validation.internal;

import java.util.Map;
import org.jisr.validation.ReadLimits;
import tools.jackson.core.StreamReadConstraints;

/** Jisr's {@link ReadLimits} as Jackson's parser constraints: one mapping for every reader. */
public final class ReadConstraints {

    private ReadConstraints() {
    }

    /**
     * Returns the parser constraints that enforce the limits Jackson can check while parsing
     * (nesting depth, string, number and name length, document length).
     *
     * @param limits Jisr's limits
     * @return the constraints
     */
    public static StreamReadConstraints of(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
    }

    /**
     * Returns the parameters of {@code syntax.limit-exceeded} for the parser's message about a
     * limit: the limit's name in {@link ReadLimits} and its value. Jackson's messages are English
     * and may change between versions: they are matched here, in one place.
     *
     * @param message the parser's message
     * @param limits  the limits in force
     * @return {@code limit} and {@code maximum}
     */
    public static Map<String, String> parameters(String message, ReadLimits limits) {
        if (message.contains("nesting depth")) {
            return Map.of("limit", "maxNestingDepth", "maximum", String.valueOf(limits.maxNestingDepth()));
        }
        if (message.contains("String value length") || message.contains("String length")) {
            return Map.of("limit", "maxStringLength", "maximum", String.valueOf(limits.maxStringLength()));
        }
        if (message.contains("Number value length") || message.contains("Number length")) {
            return Map.of("limit", "maxNumberLength", "maximum", String.valueOf(limits.maxNumberLength()));
        }
        if (message.contains("Name length") || message.contains("Name value length")) {
            return Map.of("limit", "maxNameLength", "maximum", String.valueOf(limits.maxNameLength()));
        }
        if (message.contains("Document length") || message.contains("document length")) {
            return Map.of("limit", "maxDocumentBytes", "maximum", String.valueOf(limits.maxDocumentBytes()));
        }
        return Map.of("limit", "unknown", "maximum", "");
    }
}
