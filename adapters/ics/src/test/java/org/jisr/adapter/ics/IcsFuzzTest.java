package org.jisr.adapter.ics;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.Validator;

/**
 * Coverage-guided fuzzing of the iCalendar reader (its content-line reader, unfolding, escapes,
 * parameters, dates, time zones and recurrences), with the events read validated. Each input
 * must keep {@link ReaderContract}. Without {@code JAZZER_FUZZ} the saved inputs
 * ({@code IcsFuzzTestInputs/ics/} in the test resources) are replayed; docs/fuzzing.md says how
 * to fuzz.
 */
class IcsFuzzTest {

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();

    @FuzzTest
    void ics(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new IcsAdapter(), "fuzz.ics", bytes, Map.of());
    }
}
