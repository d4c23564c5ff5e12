package org.jisr.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jisr.model.Extensions;
import org.jisr.model.JsonValue;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.model.Samples;
import org.jisr.spi.Limitation;
import org.junit.jupiter.api.Test;

/** The host finds every present value a declared limitation covers, by its canonical JSON Pointer. */
class LimitationCheckTest {

    private static Limitation limitation(RecordType type, String pointer) {
        return new Limitation(type, pointer, MultilingualText.of("en", "cannot carry " + pointer));
    }

    @Test
    void a_pattern_with_a_wildcard_finds_each_present_value_it_covers() {
        LimitationCheck check = new LimitationCheck(List.of(limitation(RecordType.EVENT, "/participants/*/description"),
                limitation(RecordType.EVENT, "/themes/1")));

        assertThat(check.covered(Samples.event())).containsExactly("/participants/0/description",
                "/participants/1/description", "/themes/1");
    }

    @Test
    void a_covered_object_is_reported_once_not_value_by_value() {
        LimitationCheck check = new LimitationCheck(List.of(
                new Limitation(null, "/extensions", MultilingualText.of("en", "no extensions")),
                limitation(RecordType.EVENT, "/venue")));

        assertThat(check.covered(Samples.event())).containsExactly("/venue", "/extensions");
        assertThat(check.covered(Samples.localAuthority())).containsExactly("/extensions");
    }

    @Test
    void absent_values_and_other_record_types_are_not_reported() {
        LimitationCheck check = new LimitationCheck(List.of(limitation(RecordType.EVENT, "/participants/*/group"),
                limitation(RecordType.EVENT, "/recurrence")));

        assertThat(check.covered(Samples.event())).containsExactly("/participants/1/group");
        assertThat(check.covered(Samples.partnership())).isEmpty();
        assertThat(new LimitationCheck(List.of()).covered(Samples.event())).isEmpty();
    }

    @Test
    void the_empty_pointer_covers_the_whole_record() {
        LimitationCheck check = new LimitationCheck(List.of(limitation(RecordType.PROJECT, "")));

        assertThat(check.covered(Samples.project())).containsExactly("");
        assertThat(check.covered(Samples.event())).isEmpty();
    }

    @Test
    void member_names_are_escaped_as_json_pointers_escape_them() {
        Extensions ext = Extensions.of(Map.of("x", JsonValue.ObjectValue.of(Map.of("a/b~c",
                new JsonValue.StringValue("v")))));
        LimitationCheck check = new LimitationCheck(List.of(limitation(RecordType.LOCAL_AUTHORITY,
                "/extensions/x/a~1b~0c")));

        assertThat(check.covered(Samples.localAuthority().toBuilder().extensions(ext).build()))
                .containsExactly("/extensions/x/a~1b~0c");
    }
}
