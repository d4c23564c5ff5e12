package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Jisr#convert}: adapters chosen by id, by detection and by extension. */
class JisrConvertTest {

    private static final Jisr JISR = Jisr.builder().build();

    private static Path example(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(JisrConvertTest.class.getResourceAsStream("/examples/" + name))) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void json_to_ndjson_and_back_by_detection_and_extension_reproduces_the_bytes(@TempDir Path dir) throws IOException {
        Path json = example(dir, "workshop-2024-12-10.json");
        Path ndjson = dir.resolve("out.ndjson");
        Path back = dir.resolve("back.json");

        ConversionReport there = JISR.convert(json, null, ndjson, null, true);
        ConversionReport again = JISR.convert(ndjson, null, back, null, true);

        assertThat(there.recordsWritten()).isEqualTo(18);
        assertThat(again.recordsRead()).isEqualTo(18);
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(json));
        assertThat(Files.readAllBytes(ndjson))
                .isEqualTo(Files.readAllBytes(example(Files.createDirectory(dir.resolve("reference")), "workshop-2024-12-10.ndjson")));
    }

    @Test
    void an_explicit_id_wins_over_the_extension(@TempDir Path dir) throws IOException {
        Path json = example(dir, "twinnings-fr-tn.json");
        Path out = dir.resolve("twinnings.txt");
        ConversionReport report = JISR.convert(json, "json", out, "ndjson", false);
        assertThat(report.recordsWritten()).isEqualTo(19);
        assertThat(Files.readAllLines(out)).hasSize(20);
    }

    @Test
    void an_unknown_format_names_the_known_ones(@TempDir Path dir) throws IOException {
        Path json = example(dir, "twinnings-fr-tn.json");
        assertThatThrownBy(() -> JISR.convert(json, null, dir.resolve("out.xyz"), "xlsx-martian", false))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("xlsx-martian").hasMessageContaining("ndjson");
        assertThatThrownBy(() -> JISR.convert(json, null, dir.resolve("out.xyz"), null, false))
                .isInstanceOf(UnknownFormatException.class);
        assertThat(dir.resolve("out.xyz")).doesNotExist();
    }
}
