package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The limits' names, withers and defaults agree with the record's components. */
class ReadLimitsTest {

    @Test
    void the_names_are_the_components_in_their_order() {
        assertThat(ReadLimits.NAMES).containsExactlyElementsOf(
                Arrays.stream(ReadLimits.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void each_limit_can_be_changed_by_name_and_only_it_changes() throws Exception {
        for (RecordComponent c : ReadLimits.class.getRecordComponents()) {
            ReadLimits changed = ReadLimits.DEFAULTS.with(c.getName(), 7);
            for (RecordComponent other : ReadLimits.class.getRecordComponents()) {
                Object value = ((Number) other.getAccessor().invoke(changed)).longValue();
                Object before = ((Number) other.getAccessor().invoke(ReadLimits.DEFAULTS)).longValue();
                assertThat(value).as(other.getName()).isEqualTo(other.getName().equals(c.getName()) ? 7L : before);
            }
        }
    }

    @Test
    void unknown_names_zero_and_values_too_large_for_an_int_are_refused() {
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("maxCells", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxCellLength");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("maxCellLength", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.with("maxCellLength", 1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadLimits.DEFAULTS.with("maxDocumentBytes", 1L << 40).maxDocumentBytes()).isEqualTo(1L << 40);
    }

    @Test
    void the_first_releases_constructor_keeps_the_defaults_of_the_later_limits() {
        ReadLimits d = ReadLimits.DEFAULTS;
        assertThat(new ReadLimits(d.maxDocumentBytes(), d.maxNestingDepth(), d.maxStringLength(), d.maxNumberLength(),
                d.maxNameLength(), d.maxLineLength(), d.maxRecords())).isEqualTo(d);
    }
}
