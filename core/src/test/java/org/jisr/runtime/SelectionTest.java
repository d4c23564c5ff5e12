package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jisr.model.JisrRecord;
import org.jisr.runtime.fixtures.NamesAdapter;
import org.jisr.runtime.fixtures.RecordingContext;
import org.jisr.runtime.fixtures.TabsAdapter;
import org.jisr.runtime.fixtures.internal.CoreNamesAdapter;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing an adapter by declarations and detection. Three real adapters of the names format:
 * {@code names} (third-party, reads and writes {@code .names}), {@code names-core} (built-in,
 * the same) and {@code tabs} (third-party, reads {@code .tabs} and recognises a names file by its
 * first line).
 */
class SelectionTest {

    private static final byte[] WITH_HEADER = (NamesAdapter.HEADER + "\nasso-1;Cités Unies France\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] WITHOUT_HEADER = "asso-1;Cités Unies France\n".getBytes(StandardCharsets.UTF_8);

    private static Jisr.Builder three() {
        return Jisr.builder().discoverAdapters(false).adapter(new CoreNamesAdapter()).adapter(new NamesAdapter())
                .adapter(new TabsAdapter());
    }

    private static Optional<String> chosen(Jisr jisr, String name, byte[] bytes, Direction direction) {
        return jisr.select(AdapterInput.of(name, bytes), direction).map(AdapterInfo::id);
    }

    @Test
    void on_a_tie_a_third_party_adapter_wins_over_a_built_in_one() {
        Selection selection = three().build().selection(AdapterInput.of("export.names", WITH_HEADER), Direction.READ);

        assertThat(selection.chosen()).get().extracting(AdapterInfo::id).isEqualTo("names");
        assertThat(selection.candidates()).extracting(c -> c.adapter().id()).containsExactly("names", "names-core",
                "tabs");
        assertThat(selection.candidates().get(1).detection().confidence()).isEqualTo(0.9);
        assertThat(selection.candidates().get(1).adapter().isBuiltIn()).isTrue();
        assertThat(selection.findings()).isEmpty();
    }

    @Test
    void on_equal_confidence_the_adapter_declaring_the_extension_wins() {
        Selection selection = three().build().selection(AdapterInput.of("export.tabs", WITH_HEADER), Direction.READ);

        assertThat(selection.chosen()).get().extracting(AdapterInfo::id).isEqualTo("tabs");
        assertThat(selection.candidates().get(0).declaresExtension()).isTrue();
        assertThat(selection.candidates().get(1).declaresExtension()).isFalse();
    }

    @Test
    void detection_finds_an_input_whose_name_says_nothing() {
        Selection selection = three().build().selection(AdapterInput.of("export", WITH_HEADER), Direction.READ);

        // All three are equally sure and none declares the name's extension: third-party first, then by id.
        assertThat(selection.candidates()).extracting(c -> c.adapter().id()).containsExactly("names", "tabs",
                "names-core");
    }

    @Test
    void an_adapter_that_answers_no_is_not_chosen_even_for_its_own_extension() {
        Selection selection = three().build().selection(AdapterInput.of("export.tabs", WITHOUT_HEADER),
                Direction.READ);

        // tabs declares .tabs but does not recognise the content; the names adapters say no as well.
        assertThat(selection.chosen()).isEmpty();
        assertThat(selection.candidates()).noneMatch(Selection.Candidate::eligible);
        // Without its first line a names file is still recognised by its extension, less surely.
        Selection byName = three().build().selection(AdapterInput.of("export.names", WITHOUT_HEADER), Direction.READ);
        assertThat(byName.chosen()).get().extracting(AdapterInfo::id).isEqualTo("names");
        assertThat(byName.candidates().get(0).detection().confidence()).isEqualTo(0.5);
    }

    @Test
    void no_adapter_is_chosen_when_none_can_read_the_input() {
        assertThat(chosen(three().build(), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), Direction.READ))
                .isEmpty();
    }

    @Test
    void a_pinned_adapter_wins_whenever_it_can_read_the_input() {
        assertThat(chosen(three().pin("names-core").build(), "export.names", WITH_HEADER, Direction.READ))
                .contains("names-core");
        assertThat(chosen(three().pin("tabs").build(), "export.names", WITH_HEADER, Direction.READ))
                .contains("tabs");
        assertThat(chosen(three().pin("tabs").pin("names-core").build(), "export.names", WITH_HEADER,
                Direction.READ)).contains("tabs");
    }

    @Test
    void a_pinned_adapter_that_cannot_read_the_input_is_not_forced() {
        assertThat(chosen(three().pin("tabs").build(), "export.names", WITHOUT_HEADER, Direction.READ))
                .contains("names");
    }

    @Test
    void an_excluded_adapter_is_never_chosen() {
        Jisr jisr = three().exclude("names").build();

        assertThat(chosen(jisr, "export.names", WITH_HEADER, Direction.READ)).contains("names-core");
        assertThat(jisr.selection(AdapterInput.of("export.names", WITH_HEADER), Direction.READ).candidates())
                .noneMatch(c -> c.adapter().id().equals("names"));
    }

    @Test
    void a_writer_is_chosen_by_the_extension_of_the_output_among_adapters_that_write() {
        Jisr jisr = three().build();

        assertThat(chosen(jisr, "out/partners.names", new byte[0], Direction.WRITE)).contains("names");
        assertThat(chosen(jisr, "out/partners.NAMES", new byte[0], Direction.WRITE)).contains("names");
        assertThat(chosen(three().pin("names-core").build(), "partners.names", new byte[0], Direction.WRITE))
                .contains("names-core");
        // tabs only reads.
        assertThat(chosen(jisr, "partners.tabs", new byte[0], Direction.WRITE)).isEmpty();
        assertThat(jisr.selection(AdapterInput.of("partners.tabs", new byte[0]), Direction.WRITE).candidates())
                .extracting(c -> c.adapter().id()).containsExactly("names", "names-core");
    }

    @Test
    void an_adapter_whose_detect_throws_is_reported_and_passed_over() {
        NamesAdapter exploding = new NamesAdapter() {
            @Override
            public Detection detect(AdapterInput input) {
                throw new IllegalStateException("cannot look");
            }
        };
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(exploding).adapter(new CoreNamesAdapter()).build();

        Selection selection = jisr.selection(AdapterInput.of("export.names", WITH_HEADER), Direction.READ);

        assertThat(selection.chosen()).get().extracting(AdapterInfo::id).isEqualTo("names-core");
        assertThat(selection.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.failed");
            assertThat(f.parameters()).containsEntry("adapter", "names").containsEntry("operation", "detect")
                    .containsEntry("error", "java.lang.IllegalStateException: cannot look");
            assertThat(f.location().file()).isEqualTo("export.names");
        });
        assertThat(selection.candidates()).filteredOn(c -> c.adapter().id().equals("names")).singleElement()
                .satisfies(c -> assertThat(c.detection().reason())
                        .isEqualTo("detect() failed: java.lang.IllegalStateException: cannot look"));
    }

    @Test
    void a_file_is_detected_then_read_by_the_adapter_chosen(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("partenaires");
        Files.write(file, (NamesAdapter.HEADER + "\nasso-1;Cités Unies France\n\nasso-2;CFAD Sousse\n")
                .getBytes(StandardCharsets.UTF_8));
        Jisr jisr = Jisr.builder().build();
        AdapterInput input = AdapterInput.of(file);

        AdapterInfo adapter = jisr.select(input, Direction.READ).orElseThrow();
        RecordingContext context = new RecordingContext();
        List<String> ids = new ArrayList<>();
        try (RecordReader reader = adapter.adapter().openReader(input, context)) {
            for (Optional<JisrRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                ids.add(r.get().id());
            }
        }

        assertThat(adapter.id()).isEqualTo("names");
        assertThat(ids).containsExactly("asso-1", "asso-2");
        assertThat(context.findings()).extracting(Finding::code).isEmpty();
    }
}
