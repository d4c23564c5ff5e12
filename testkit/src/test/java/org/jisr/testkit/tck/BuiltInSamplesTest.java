package org.jisr.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The samples of the built-in adapters' contract tests are still the example files they were copied from. */
class BuiltInSamplesTest {

    private static final Path EXAMPLES = Path.of("../examples/data");

    @ParameterizedTest
    @ValueSource(strings = {"workshop-2024-12-10.json", "workshop-2024-12-10.ndjson", "twinnings-fr-tn.json",
            "invalid/03-record-without-id.json", "invalid/05-unknown-record-type.json",
            "invalid/06-unknown-property.json", "invalid/11-null-value.json"})
    void each_sample_is_a_copy_of_its_example_file(String example) throws IOException {
        String name = example.substring(example.lastIndexOf('/') + 1);

        assertThat(BuiltInAdapters.sample(name).bytes()).isEqualTo(Files.readAllBytes(EXAMPLES.resolve(example)));
    }
}
