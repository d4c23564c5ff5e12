package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Reference#isExternal()} is the regular expression of its documentation, read by hand. */
class ReferenceSchemeTest {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @Property(tries = 3000)
    void external_exactly_when_a_scheme_and_a_colon_start_it(@ForAll("values") String value) {
        assertThat(Reference.to(value).isExternal()).as(value).isEqualTo(URI_SCHEME.matcher(value).find());
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ09+.-:/_ é#").ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("https://www.example.org/a", "urn:jisr:x", "fr-commune-marseille", "x:1", "1x:2",
                        "a+b.c-d:e", "a_b:c", ":a", "a"));
    }
}
