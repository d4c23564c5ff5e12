package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/cli.md shows the usage text each command really prints, so the reference cannot drift. */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("../docs/cli.md");

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "convert", "inspect", "formats", "schema", "demo", "template", "lookup"})
    void the_reference_holds_the_help_of_every_command(String command) throws IOException {
        String reference = Files.readString(REFERENCE).replace("\r\n", "\n");
        JisrCliTest.Run help = command.isEmpty() ? JisrCliTest.run("--help", "--lang", "en")
                : JisrCliTest.run(command, "--help", "--lang", "en");

        assertThat(help.code()).isZero();
        String usage = help.out().replace(System.lineSeparator(), "\n").strip();
        assertThat(reference).as("docs/cli.md holds the output of jisr %s --help", command)
                .contains("```text\n" + usage + "\n```");
    }
}
