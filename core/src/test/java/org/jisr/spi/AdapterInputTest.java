package org.jisr.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jisr.core.JisrIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's inputs: a file or bytes, peeked at for detection and opened from the start. */
class AdapterInputTest {

    @Test
    void a_file_is_named_by_its_path_peeked_at_and_opened_from_the_start(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("partenaires.csv"), "id;nom\nasso-1;Cités Unies France\n");
        AdapterInput input = AdapterInput.of(file);

        assertThat(input.name()).isEqualTo(file.toString());
        assertThat(input.path()).contains(file);
        assertThat(new String(input.peek(6), StandardCharsets.UTF_8)).isEqualTo("id;nom");
        assertThat(input.peek(1000)).hasSize((int) Files.size(file));
        assertThat(input.peek(0)).isEmpty();
        try (InputStream first = input.openStream(); InputStream second = input.openStream()) {
            first.readNBytes(3);
            assertThat(new String(second.readAllBytes(), StandardCharsets.UTF_8)).startsWith("id;nom");
        }
    }

    @Test
    void a_peek_beyond_what_is_kept_reads_the_file_again(@TempDir Path folder) throws IOException {
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'a');
        big[150_000] = 'b';
        AdapterInput input = AdapterInput.of(Files.write(folder.resolve("big.txt"), big));

        assertThat(input.peek(10)).hasSize(10);
        assertThat(input.peek(160_000)).hasSize(160_000).contains((byte) 'b');
    }

    @Test
    void a_folder_peeks_as_empty_and_a_missing_file_too_until_it_is_opened(@TempDir Path folder) {
        AdapterInput missing = AdapterInput.of(folder.resolve("missing.json"));

        assertThat(AdapterInput.of(folder).peek(10)).isEmpty();
        assertThat(missing.peek(10)).isEmpty();
        assertThatThrownBy(missing::openStream).isInstanceOf(JisrIOException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void bytes_are_copied_and_have_no_path() throws IOException {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        AdapterInput input = AdapterInput.of("memory.json", bytes);
        bytes[0] = 'x';

        assertThat(input.name()).isEqualTo("memory.json");
        assertThat(input.path()).isEmpty();
        assertThat(input.peek(1)).containsExactly('{');
        assertThat(input.peek(10)).hasSize(2);
        try (InputStream in = input.openStream()) {
            assertThat(in.readAllBytes()).containsExactly('{', '}');
        }
        assertThatThrownBy(() -> input.peek(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
