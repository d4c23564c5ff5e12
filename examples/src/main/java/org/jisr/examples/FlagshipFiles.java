package org.jisr.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the example data are, whether an example runs in the examples module or at the repository root. */
final class FlagshipFiles {

    private FlagshipFiles() {
    }

    /** The flagship workshop document. */
    static Path workshop() {
        Path inModule = Path.of("data", "workshop-2024-12-10.json");
        return Files.exists(inModule) ? inModule : Path.of("examples").resolve(inModule);
    }
}
