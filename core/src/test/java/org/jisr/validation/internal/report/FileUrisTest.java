package org.jisr.validation.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** File names become URI references that any URI parser reads back as the same name. */
class FileUrisTest {

    @Test
    void relative_names_stay_relative_and_are_percent_encoded() {
        assertThat(FileUris.reference("examples/data/workshop-2024-12-10.json", '/'))
                .isEqualTo("examples/data/workshop-2024-12-10.json");
        assertThat(FileUris.reference("données/a b+c.json", '/')).isEqualTo("donn%C3%A9es/a%20b%2Bc.json");
        assertThat(FileUris.reference("بلدية صفاقس.json", '/'))
                .isEqualTo("%D8%A8%D9%84%D8%AF%D9%8A%D8%A9%20%D8%B5%D9%81%D8%A7%D9%82%D8%B3.json");
        assertThat(FileUris.reference("a:b.json", '/')).as("not the scheme a").isEqualTo("a%3Ab.json");
        assertThat(FileUris.reference("x#1?.json", '/')).isEqualTo("x%231%3F.json");
        assertThat(FileUris.reference("100%.json", '/')).isEqualTo("100%25.json");
        assertThat(FileUris.reference("../in\\out.json", '/')).as("a backslash is part of a name here")
                .isEqualTo("../in%5Cout.json");
        assertThat(FileUris.reference("\uD800.json", '/')).as("an unpaired surrogate").isEqualTo("%EF%BF%BD.json");
        assertThat(FileUris.reference("😀.json", '/')).isEqualTo("%F0%9F%98%80.json");
    }

    @Test
    void absolute_names_become_file_uris() {
        assertThat(FileUris.reference("/srv/jisr/a b.json", '/')).isEqualTo("file:///srv/jisr/a%20b.json");
        assertThat(FileUris.reference("//srv/x.json", '/')).as("POSIX: two slashes are one")
                .isEqualTo("file:////srv/x.json");
        assertThat(FileUris.reference("C:\\Users\\Amel\\Échanges\\x.json", '\\'))
                .isEqualTo("file:///C:/Users/Amel/%C3%89changes/x.json");
        assertThat(FileUris.reference("\\\\serveur\\partage\\x y.json", '\\')).isEqualTo("file://serveur/partage/x%20y.json");
        assertThat(FileUris.reference("data\\x.json", '\\')).isEqualTo("data/x.json");
        assertThat(FileUris.reference("C:x.json", '\\')).as("relative to the current folder of drive C")
                .isEqualTo("C%3Ax.json");
    }

    @Property(tries = 500)
    void a_relative_name_reads_back_as_itself(@ForAll("names") String name) throws URISyntaxException {
        // Every leading slash goes: "//x" is as absolute as "/x" on a POSIX system.
        String relative = name.replaceFirst("^/+", "");
        Assume.that(!relative.isEmpty());

        String reference = FileUris.reference(relative, '/');

        URI uri = new URI(reference);
        assertThat(reference).matches("[\\x21-\\x7E]*");
        assertThat(uri.getScheme()).isNull();
        assertThat(uri.getPath()).isEqualTo(ReportsText.withoutLoneSurrogates(relative));
    }

    @Property(tries = 500)
    void an_absolute_name_reads_back_as_itself(@ForAll("names") String name) throws URISyntaxException {
        String absolute = "/" + name;

        URI uri = new URI(FileUris.reference(absolute, '/'));

        assertThat(uri.getScheme()).isEqualTo("file");
        assertThat(uri.getPath()).isEqualTo(ReportsText.withoutLoneSurrogates(absolute));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u0621', '\u064A')
                        .withChars("/\\ .:#?%+@;=~'\"<>[]{}|^`\u00e9\u00c9\u0000\u007F")
                        .ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12));
    }
}
