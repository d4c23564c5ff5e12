package org.jisr.testkit.tck;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.jisr.spi.Adapter;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Validator;

/**
 * Coverage-guided fuzzing of the exchange-file readers: the validator on a document and on a
 * record stream (all four layers, from the bytes), and the built-in {@code json} and
 * {@code ndjson} adapters' readers with the validator on the records they give. Each input must
 * keep {@link ReaderContract}. Without {@code JAZZER_FUZZ} the saved inputs
 * ({@code JsonFuzzTestInputs/<method>/} in the test resources: the example files, and what
 * fuzzing found) are replayed; docs/fuzzing.md says how to fuzz.
 */
class JsonFuzzTest {

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();
    private static final Adapter JSON = BuiltInAdapters.byId("json");
    private static final Adapter NDJSON = BuiltInAdapters.byId("ndjson");

    @FuzzTest
    void document(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, "fuzz.json", bytes, ExchangeForm.DOCUMENT);
    }

    @FuzzTest
    void stream(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, "fuzz.ndjson", bytes, ExchangeForm.STREAM);
    }

    @FuzzTest
    void jsonReader(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, JSON, "fuzz.json", bytes, Map.of());
    }

    @FuzzTest
    void ndjsonReader(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, NDJSON, "fuzz.ndjson", bytes, Map.of());
    }
}
