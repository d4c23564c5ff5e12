package org.jisr.adapter.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.testkit.fuzz.Mutations;
import org.jisr.testkit.fuzz.ReaderContract;

/**
 * Broken variants of valid calendars (bit flips, inserted and deleted bytes, truncation, splices
 * of two calendars, duplicated content lines) keep the reader's contract.
 */
class IcsMutationProperties {

    @Property(tries = 60)
    void a_broken_calendar_gives_located_findings(@ForAll("calendars") byte[] bytes) {
        ReaderContract.read(new IcsAdapter(), "broken.ics", bytes, Map.of());
    }

    @Provide
    Arbitrary<byte[]> calendars() {
        return Mutations.of(List.of(seed("flagship.ics"), seed("ical4j__rfc5545-sec4.1.ics"),
                seed("pyicalendar__multiple_timezones.ics"), seed("icaljs__recur_instances.ics")));
    }

    private static byte[] seed(String name) {
        try (InputStream in = IcsMutationProperties.class.getResourceAsStream("IcsFuzzTestInputs/ics/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
