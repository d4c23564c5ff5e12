package org.jisr.testkit.tck;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jisr.spi.Adapter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The contract tests (TCK) every Jisr adapter passes, built-in or third-party. An adapter's test
 * class extends this class and says which adapter to test and which sample files of its format
 * to read:
 *
 * <pre>{@code
 * class MarkdownAgendaAdapterContractTest extends AdapterContractTest {
 *
 *     @Override
 *     protected Adapter adapter() {
 *         return new MarkdownAgendaAdapter();
 *     }
 *
 *     @Override
 *     protected List<Sample> samples() {
 *         return List.of(Sample.ofResource(getClass(), "/agenda-2024.md"));
 *     }
 *
 *     @Override
 *     protected List<Sample> malformedSamples() {   // optional
 *         return List.of(Sample.of("bad-date.md", "| Date | Type | Titre (fr) | Id |\n|---|---|---|---|\n| hier | … |\n"));
 *     }
 * }
 * }</pre>
 *
 * <p>JUnit then runs one dynamic test per promise, generated from what the adapter's
 * {@link org.jisr.spi.AdapterDescriptor descriptor} declares — a test exists only for a declared
 * capability, so nothing is skipped and nothing needs excluding:
 *
 * <ul>
 *   <li><b>descriptor</b>: stable, id lower-case kebab-case, SPI version supported by this Jisr,
 *       extensions lower-case without the dot, media types well-formed, each limitation about a
 *       record type the adapter carries, with a JSON Pointer pattern and a French, Arabic (in
 *       Arabic script) and English description;
 *   <li><b>detection</b> (readers): every sample is recognised (confidence above 0), clearly
 *       foreign input ({@link #foreignInputs()}) gets {@code Detection.NO}, an empty input does not
 *       fail, and detection reads at most 1 MiB of a 4 MiB input;
 *   <li><b>reading</b> (readers): each sample yields records of declared types without error
 *       findings, and {@code locate} answers for each of them;
 *   <li><b>writing</b> (writers that do not read): {@link #recordsPerType()} jqwik-generated records
 *       of each declared type are written, every loss reported is covered by a declared
 *       limitation;
 *   <li><b>round trip</b> (adapters that read and write): generated records of each declared type
 *       are written then read back, and each sample is read, written and read again; the records
 *       must be equal up to the declared limitations — every value that differs in the canonical
 *       JSON of a record is covered by a {@link org.jisr.spi.Limitation}, every value missing was
 *       reported with {@code AdapterContext.lost}, every loss reported is declared, and no value a
 *       limitation covers comes back (conversions report every covered value as lost, so a
 *       limitation must not claim more than is lost);
 *   <li><b>naughty strings</b> (adapters that read and write): each string of the Big List of
 *       Naughty Strings (598 of them: reserved words, quotes, formula payloads, control and
 *       invisible characters, bidi overrides, emoji, Zalgo text, right-to-left scripts) is put
 *       into the French name, title or description of a record of each declared type (those no
 *       limitation covers), written and read back: it must come back unchanged, or a located
 *       warning or error finding (or a reported loss) must say why — never an exception, never a
 *       silent change. A plain name must come back without a warning, so the test means
 *       something. All strings go into one file; those that do not come back are tried one by one.
 *       Setting the system property {@code jisr.tck.naughtyStringsReport} to a file name appends
 *       a line per adapter and field to it: how many came back, which finding codes explained the
 *       others;
 *   <li><b>broken input</b> (readers): an empty input, each sample truncated at several points,
 *       each sample with bytes flipped, and each of {@link #malformedSamples()} give findings or
 *       records, never an exception, and end within 30 seconds; a malformed sample gives at least
 *       one error finding;
 *   <li><b>closing</b>: readers close every stream they open, whether read to the end, after one
 *       record or not at all; writers close their output;
 *   <li><b>concurrency</b>: four threads converting the samples with the one adapter instance get
 *       the same records, findings and output as a single thread.
 * </ul>
 *
 * <p>In every test, a finding the adapter reports must be well-formed: its parameters are exactly
 * those its type declares, its message exists in French, Arabic (in Arabic script) and English,
 * and it is located in the input read (1-based line and column unless the input is empty). And
 * nothing may be written to {@code System.out} or {@code System.err}: the tests capture both
 * streams, which is also why they run on a single thread.
 *
 * <p>Generated records come from {@link org.jisr.testkit.JisrArbitraries}, drawn with a fixed
 * {@link #seed()}: a failure is reproducible. Inputs are given to the adapter as bytes in memory
 * ({@link RecordingInput}, whose {@code path()} is empty) so that every stream it opens can be
 * tracked; findings and losses are collected by a {@link RecordingContext}.
 *
 * <p>The class needs JUnit Jupiter and, at run time, the jqwik engine (a dependency of
 * {@code jisr-testkit}).
 *
 * @since 0.1
 */
@Execution(ExecutionMode.SAME_THREAD)
public abstract class AdapterContractTest {

    /** Creates the contract tests; subclasses are instantiated by JUnit. */
    protected AdapterContractTest() {
    }

    /**
     * Returns the adapter under test. Called once per run of the contract tests; the instance
     * returned serves every test, including the concurrent ones.
     *
     * @return the adapter
     */
    protected abstract Adapter adapter();

    /**
     * Returns well-formed sample files in the adapter's format, each holding at least one record,
     * named with an extension the adapter declares. Required when the adapter reads; a writer
     * that does not read may return an empty list.
     *
     * @return the samples
     */
    protected abstract List<Sample> samples();

    /**
     * Returns malformed files in the adapter's format, each of which must give at least one error
     * finding (and no exception). None by default.
     *
     * @return the malformed samples
     */
    protected List<Sample> malformedSamples() {
        return List.of();
    }

    /**
     * Returns inputs that are clearly not in the adapter's format, for which detection must
     * answer {@link org.jisr.spi.Detection#NO}: by default a PNG image, a PDF document and random
     * bytes, named {@code photo.png}, {@code rapport.pdf} and {@code random.bin}. Override to add
     * inputs that a careless detector of this format would take for its own.
     *
     * @return the foreign inputs
     */
    protected List<Sample> foreignInputs() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        byte[] random = new byte[4096];
        new Random(seed()).nextBytes(random);
        return List.of(
                new Sample("photo.png", png),
                Sample.of("rapport.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
                        + "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
                new Sample("random.bin", random));
    }

    /**
     * Returns how many records of each declared type the round-trip and writing tests generate.
     *
     * @return 50 by default
     */
    protected int recordsPerType() {
        return 50;
    }

    /**
     * Returns the seed of the generated records and of the flipped bytes.
     *
     * @return a fixed seed by default, so that every run tests the same records
     */
    protected long seed() {
        return 20_241_210L;
    }

    /**
     * Generates the contract tests for the adapter, as far as its descriptor declares
     * capabilities.
     *
     * @return one container of dynamic tests per part of the contract
     */
    @TestFactory
    @DisplayName("adapter contract")
    public final Stream<DynamicNode> contract() {
        return new ContractTests(adapter(), samples(), malformedSamples(), foreignInputs(), recordsPerType(), seed())
                .all();
    }
}
