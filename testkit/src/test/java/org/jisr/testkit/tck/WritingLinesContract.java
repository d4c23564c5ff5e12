package org.jisr.testkit.tck;

import java.util.List;
import java.util.Set;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.Direction;

/**
 * The contract tests of an adapter that only writes events. Run by {@link AdapterContractTestTest}: its name
 * keeps Surefire from running it on its own.
 */
class WritingLinesContract extends AdapterContractTest {
    @Override
    protected Adapter adapter() {
        return new LinesAdapter(Set.of(RecordType.EVENT), Set.of(Direction.WRITE));
    }

    @Override
    protected List<Sample> samples() {
        return List.of();
    }

    @Override
    protected int recordsPerType() {
        return 10;
    }
}
