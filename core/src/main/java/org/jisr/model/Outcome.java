package org.jisr.model;

import org.jspecify.annotations.Nullable;

/**
 * What an event produced: an agreement, a commitment, a recommendation.
 *
 * @param kind        the kind of outcome
 * @param description what was agreed or decided
 * @since 0.1
 */
public record Outcome(@Nullable OutcomeKind kind, MultilingualText description) {

    /** Creates an outcome; the description is required. */
    public Outcome {
        Checks.required(description, "description");
    }
}
