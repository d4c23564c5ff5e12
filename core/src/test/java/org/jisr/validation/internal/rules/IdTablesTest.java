package org.jisr.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The segmented id tables ({@link IdTable}, {@link IdIndex}) against a {@link HashMap}: keys
 * drawn so that many share a segment (the top bits) and a home slot (the low 32 bits), which
 * makes long probe runs that wrap around a segment's end and segments that grow many times while
 * others stay small.
 */
class IdTablesTest {

    /** Keys of a few crowded shapes: one segment, one home slot in it, or anywhere. */
    @Provide
    Arbitrary<Long> keys() {
        Arbitrary<Long> crowdedSegment = Arbitraries.longs().between(0, (1L << 58) - 1).map(k -> k | (0x2AL << 58));
        Arbitrary<Long> crowdedHome = Arbitraries.longs().between(1, (1L << 26) - 1)
                .map(middle -> (0x15L << 58) | (middle << 32) | 0xFFFF_FFF0L);
        Arbitrary<Long> crowdedLastSlot = Arbitraries.longs().between(1, (1L << 26) - 1)
                .map(middle -> (middle << 32) | 0xFFFF_FFFFL);
        Arbitrary<Long> anywhere = Arbitraries.longs().filter(k -> k != 0);
        Arbitrary<Long> fewDistinct = Arbitraries.longs().between(1, 40);
        return Arbitraries.frequencyOf(
                Tuple.of(3, crowdedSegment),
                Tuple.of(3, crowdedHome),
                Tuple.of(2, crowdedLastSlot),
                Tuple.of(2, anywhere),
                Tuple.of(1, fewDistinct));
    }

    @Property(tries = 200)
    void tableIsAMap(@ForAll @Size(max = 3000) List<@From("keys") Long> keys) {
        IdTable table = new IdTable();
        Map<Long, Integer> model = new HashMap<>();
        int value = 1;
        for (long key : keys) {
            Integer before = model.putIfAbsent(key, value);
            assertThat(table.putIfAbsent(key, value)).isEqualTo(before == null ? 0 : before);
            value += 7;
        }
        assertThat(table.size()).isEqualTo(model.size());
        for (long key : keys) {
            assertThat(table.get(key)).isEqualTo(model.get(key));
            assertThat(table.get(key ^ (1L << 40))).isEqualTo(model.getOrDefault(key ^ (1L << 40), 0));
        }
    }

    @Property(tries = 200)
    void indexNumbersInOrderOfFirstSight(@ForAll @Size(max = 3000) List<@From("keys") Long> keys) {
        IdIndex index = new IdIndex();
        Map<Long, Integer> model = new HashMap<>();
        for (long key : keys) {
            int expected = model.containsKey(key) ? -1 : model.size();
            model.putIfAbsent(key, model.size());
            assertThat(index.add(key)).isEqualTo(expected);
        }
        assertThat(index.size()).isEqualTo(model.size());
        for (long key : keys) {
            assertThat(index.get(key)).isEqualTo(model.get(key));
            assertThat(index.get(key ^ (1L << 40))).isEqualTo(model.getOrDefault(key ^ (1L << 40), -1));
        }
    }

    /**
     * One segment takes 50,000 ids (it grows some 20 times) while the others take few, then every
     * segment takes more: nothing is lost as segments grow at different times.
     */
    @Test
    void segmentsGrowOnTheirOwn() {
        IdTable table = new IdTable();
        IdIndex index = new IdIndex();
        SplittableRandom random = new SplittableRandom(9);
        long[] keys = new long[150_000];
        for (int i = 0; i < keys.length; i++) {
            long k = random.nextLong();
            if (i < 50_000) {
                k = (k >>> IdTable.SEGMENT_BITS) | (7L << (64 - IdTable.SEGMENT_BITS));
            }
            keys[i] = k == 0 ? 1 : k;
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(table.putIfAbsent(keys[i], i + 1)).isZero();
            assertThat(index.add(keys[i])).isEqualTo(i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(table.get(keys[i])).isEqualTo(i + 1);
            assertThat(index.get(keys[i])).isEqualTo(i);
        }
        assertThat(table.size()).isEqualTo(keys.length);
        assertThat(index.size()).isEqualTo(keys.length);
    }

    /**
     * The figures in docs/performance.md and the Javadoc: with ids spread over the segments, each
     * segment is between 70 % and 7/8 full, so 8/7 to 10/7 slots an id (12 bytes a slot: about
     * 14 to 17 bytes an id).
     */
    @Test
    void slotsPerIdStayWithinTheDocumentedRange() {
        SplittableRandom random = new SplittableRandom(42);
        IdTable table = new IdTable();
        IdIndex index = new IdIndex();
        for (int n = 1; n <= 200_000; n++) {
            long key = random.nextLong();
            table.putIfAbsent(key == 0 ? 1 : key, 1);
            index.add(key == 0 ? 1 : key);
            if (n % 10_000 == 0) {
                assertThat(table.capacity()).isBetween(8L * n / 7, 10L * n / 7);
                assertThat(index.capacity()).isEqualTo(table.capacity());
            }
        }
    }
}
