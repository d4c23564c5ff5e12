package org.jisr.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.validation.Finding;

/**
 * How {@link Jisr#selection} chose an adapter for an input: every adapter that declares the
 * direction, ranked, and the findings of adapters that failed to answer. Immutable.
 *
 * <p>Ranking: adapters that can take the input come first; among them pinned adapters (in the
 * order they were pinned), then the highest {@linkplain Detection#confidence() confidence}, then
 * those that declare the input's extension, then third-party adapters before built-in ones, then
 * by id.
 *
 * @param direction  what the adapter is chosen for
 * @param inputName  the name of the input (or output)
 * @param candidates the adapters that declare the direction and are not excluded, best first
 * @param findings   {@code adapter.failed} findings of adapters whose {@code detect} failed
 * @since 0.1
 */
public record Selection(Direction direction, String inputName, List<Candidate> candidates, List<Finding> findings) {

    /** Creates a selection; the lists are copied. */
    public Selection {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(inputName, "inputName");
        candidates = List.copyOf(candidates);
        findings = List.copyOf(findings);
    }

    /**
     * Returns the adapter chosen.
     *
     * @return the best candidate that can take the input, or empty when none can
     */
    public Optional<AdapterInfo> chosen() {
        return candidates.stream().filter(Candidate::eligible).findFirst().map(Candidate::adapter);
    }

    /**
     * One adapter considered.
     *
     * @param adapter           the adapter
     * @param detection         for reading, its answer to {@code detect}; for writing, a
     *                          confidence of 1 when it declares the output's extension, else 0
     * @param declaresExtension whether it declares the extension of the input's name
     * @param pinned            whether the user pinned it
     * @since 0.1
     */
    public record Candidate(AdapterInfo adapter, Detection detection, boolean declaresExtension, boolean pinned) {

        /** Creates a candidate. */
        public Candidate {
            Objects.requireNonNull(adapter, "adapter");
            Objects.requireNonNull(detection, "detection");
        }

        /**
         * Tells whether the adapter can take the input.
         *
         * @return {@code true} when its detection is above 0
         */
        public boolean eligible() {
            return detection.canRead();
        }
    }
}
