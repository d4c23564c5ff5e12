package org.jisr.testkit.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.testkit.JisrArbitraries;

/**
 * Records drawn from {@link JisrArbitraries}, the same for the same seed.
 *
 * <p>jqwik's {@code sampleStream()} draws from a random source it does not let callers seed, so
 * the records are drawn here from the arbitrary's own generator with a {@link Random} of our
 * seed. jqwik generators only run on a jqwik "thread" (they memoize in a store of the current
 * property); {@code Arbitraries.create(…).sample()} gives the drawing one.
 */
final class GeneratedRecords {

    /** jqwik's default generation size: it bounds the sizes of generated lists and numbers. */
    private static final int GEN_SIZE = 1000;

    private GeneratedRecords() {
    }

    /**
     * Drawn records by type, seed and count: drawing is slow (a second or so for 50 records) and
     * every contract-test class of a build draws the same ones. Records are immutable values.
     */
    private static final Map<String, List<JisrRecord>> DRAWN = new ConcurrentHashMap<>();

    static List<JisrRecord> of(RecordType type, long seed, int count) {
        return DRAWN.computeIfAbsent(type + "/" + seed + "/" + count, key -> {
            Arbitrary<? extends JisrRecord> arbitrary = arbitrary(type);
            return Arbitraries.create(() -> draw(arbitrary, new Random(seed ^ type.ordinal()), count)).sample();
        });
    }

    private static List<JisrRecord> draw(Arbitrary<? extends JisrRecord> arbitrary, Random random, int count) {
        RandomGenerator<? extends JisrRecord> generator = arbitrary.generator(GEN_SIZE);
        List<JisrRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(generator.next(random).value());
        }
        return List.copyOf(records);
    }

    private static Arbitrary<? extends JisrRecord> arbitrary(RecordType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> JisrArbitraries.localAuthorities();
            case ORGANIZATION -> JisrArbitraries.organizations();
            case PARTNERSHIP -> JisrArbitraries.partnerships();
            case PROJECT -> JisrArbitraries.projects();
            case EVENT -> JisrArbitraries.events();
        };
    }
}
