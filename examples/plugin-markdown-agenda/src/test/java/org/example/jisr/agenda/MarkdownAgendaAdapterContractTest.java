package org.example.jisr.agenda;

import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.AdapterContractTest;
import org.jisr.testkit.tck.Sample;

/** The Markdown agenda adapter passes the adapter contract tests of {@code jisr-testkit}. */
class MarkdownAgendaAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return new MarkdownAgendaAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                Sample.ofResource(getClass(), "/agenda/agenda-2024.md"),
                Sample.ofResource(getClass(), "/agenda/agenda-by-year.md"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                Sample.ofResource(getClass(), "/agenda/malformed/bad-date.md"),
                Sample.ofResource(getClass(), "/agenda/malformed/missing-column.md"),
                Sample.ofResource(getClass(), "/agenda/malformed/cell-count.md"),
                Sample.ofResource(getClass(), "/agenda/malformed/no-delimiter-row.md"),
                Sample.ofResource(getClass(), "/agenda/malformed/no-table.md"));
    }
}
