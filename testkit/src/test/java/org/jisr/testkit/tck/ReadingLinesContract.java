package org.jisr.testkit.tck;

import java.util.EnumSet;
import java.util.Set;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.Direction;

/**
 * The contract tests of an adapter that only reads. Run by {@link AdapterContractTestTest}: its name
 * keeps Surefire from running it on its own.
 */
class ReadingLinesContract extends SoundLinesContract {
    @Override
    protected Adapter adapter() {
        return new LinesAdapter(EnumSet.allOf(RecordType.class), Set.of(Direction.READ));
    }
}
