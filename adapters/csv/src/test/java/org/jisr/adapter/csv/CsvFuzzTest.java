package org.jisr.adapter.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Map;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.Validator;

/**
 * Coverage-guided fuzzing of the CSV readers: one CSV file read by {@code csv-fr} and by
 * {@code csv-tn}, a zip of CSV files, and a CSV file read through a mapping (the tabular mapping
 * engine); the records read are validated. Each input must keep {@link ReaderContract}. Without
 * {@code JAZZER_FUZZ} the saved inputs ({@code CsvFuzzTestInputs/<method>/} in the test
 * resources) are replayed; docs/fuzzing.md says how to fuzz.
 */
class CsvFuzzTest {

    /** The Tunisian municipality-list mapping of the examples: header matching, Arabic digits, splitting. */
    static final Path MAPPING = Path.of(System.getProperty("basedir", "."), "..", "..", "examples", "mappings",
            "tn-municipalities.json").normalize();

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();

    @FuzzTest
    void csvFr(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new CsvFrAdapter(), "fuzz.csv", bytes, Map.of());
    }

    @FuzzTest
    void csvTn(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new CsvTnAdapter(), "fuzz.csv", bytes, Map.of());
    }

    @FuzzTest
    void zip(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new CsvFrAdapter(), "fuzz.zip", bytes, Map.of());
    }

    @FuzzTest
    void withMapping(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new CsvTnAdapter(), "fuzz.csv", bytes, Map.of("mapping", MAPPING.toString()));
    }
}
