package org.jisr.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's copy of the flagship example is the repository's example, byte for byte. */
class FlagshipCopyTest {

    @Test
    void the_copy_is_the_example() throws Exception {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path original = base.resolve("../../examples/data/workshop-2024-12-10.json").normalize();
        Path copy = base.resolve("src/test/resources/flagship/workshop-2024-12-10.json");

        assertThat(Files.readAllBytes(copy)).as("%s is a copy of %s: copy it again", copy, original)
                .isEqualTo(Files.readAllBytes(original));
    }
}
