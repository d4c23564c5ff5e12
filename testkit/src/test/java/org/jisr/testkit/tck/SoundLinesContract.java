package org.jisr.testkit.tck;

import java.util.EnumSet;
import java.util.List;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.Direction;

/**
 * The contract tests of a sound adapter that reads and writes every record type. Run by {@link AdapterContractTestTest}: its name
 * keeps Surefire from running it on its own.
 */
class SoundLinesContract extends AdapterContractTest {
    @Override
    protected Adapter adapter() {
        return new LinesAdapter(EnumSet.allOf(RecordType.class), EnumSet.allOf(Direction.class));
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.ofResource(getClass(), "workshop-events.lines"),
                Sample.ofResource(getClass(), "workshop-organizations.lines"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(Sample.ofResource(getClass(), "broken.lines"));
    }
}
