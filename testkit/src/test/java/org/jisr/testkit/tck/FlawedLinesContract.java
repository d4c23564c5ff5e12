package org.jisr.testkit.tck;

import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.LinesAdapter.Flaw;

/**
 * The contract tests of an events-only adapter with the flaw of {@link #flaw}. Run by {@link AdapterContractTestTest}: its name
 * keeps Surefire from running it on its own.
 */
class FlawedLinesContract extends AdapterContractTest {
    static volatile Flaw flaw = Flaw.CHATTY;

    @Override
    protected Adapter adapter() {
        return new LinesAdapter(flaw);
    }

    @Override
    protected List<Sample> samples() {
        return List.of(Sample.ofResource(getClass(), "workshop-events.lines"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(Sample.ofResource(getClass(), "broken.lines"));
    }

    @Override
    protected int recordsPerType() {
        return 10;
    }
}
