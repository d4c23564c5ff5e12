package org.example.jisr.agenda;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.testkit.fuzz.Mutations;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.Validator;

/**
 * The plugin's reader on hostile input, as a third-party adapter tests it with the testkit:
 * coverage-guided fuzzing (Jazzer; without {@code JAZZER_FUZZ} the saved inputs of
 * {@code MarkdownAgendaFuzzTestInputs/agenda/} are replayed), and broken variants of valid
 * agendas (jqwik). Each input must keep {@link ReaderContract}: findings, never an exception.
 */
class MarkdownAgendaFuzzTest {

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();

    @FuzzTest
    void agenda(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new MarkdownAgendaAdapter(), "fuzz.md", bytes, Map.of());
    }

    @Property(tries = 60)
    void a_broken_agenda_gives_located_findings(@ForAll("agendas") byte[] bytes) {
        ReaderContract.read(new MarkdownAgendaAdapter(), "broken.md", bytes, Map.of());
    }

    @Provide
    Arbitrary<byte[]> agendas() {
        return Mutations.of(List.of(seed("agenda-2024.md"), seed("agenda-by-year.md")));
    }

    private static byte[] seed(String name) {
        try (InputStream in = MarkdownAgendaFuzzTest.class.getResourceAsStream(
                "MarkdownAgendaFuzzTestInputs/agenda/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
