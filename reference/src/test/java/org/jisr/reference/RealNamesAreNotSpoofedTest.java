package org.jisr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.RecordSource;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Every name of the reference lists — the 350 Tunisian municipalities in French and Arabic and
 * their other spellings, the 37,000 French communes, départements, régions and EPCI — passes the model
 * layer's text checks: no mixed-script word, no invisible character, nothing to say. Real names
 * are the false positives that matter (apostrophes, hyphens, diaereses, ligatures, Arabic with
 * its hamza and shadda).
 */
class RealNamesAreNotSpoofedTest {

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final ReferenceData DATA = ReferenceData.builtIn();

    @Test
    void no_name_of_the_reference_lists_gives_a_text_finding() throws IOException {
        List<String> french = new ArrayList<>();
        List<String> arabic = new ArrayList<>();
        for (String country : List.of("TN", "FR")) {
            for (AuthorityKind kind : AuthorityKind.values()) {
                for (Authority a : DATA.list(country, kind)) {
                    for (String name : a.names()) {
                        (ARABIC.matcher(name).find() ? arabic : french).add(name);
                    }
                }
            }
        }
        // the French communes, which list() leaves out: every name of the table
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                RealNamesAreNotSpoofedTest.class.getResourceAsStream("/org/jisr/reference/data/fr-communes.tsv.gz")),
                StandardCharsets.UTF_8))) {
            in.readLine(); // code type name …
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                french.add(line.split("\t", -1)[2]);
            }
        }
        assertThat(french.size()).as("names in Latin script").isGreaterThan(37_000);
        assertThat(arabic.size()).as("names in Arabic script").isGreaterThanOrEqualTo(350 + 24);
        // Names are checked word by word: a hundred of them, one a line, make one text, and a few
        // hundred records instead of 40,000 keep the test short (the schema layer costs per record).
        List<JisrRecord> records = new ArrayList<>();
        addChunks(records, "fr", french);
        addChunks(records, "ar", arabic);

        ValidationReport report = Validator.builder().discoverRules(false).build().validate(new Listed(records));

        List<String> textFindings = report.findings().stream().filter(f -> f.code().startsWith("model.text-"))
                .map(f -> f.code() + " " + f.parameters() + " at " + f.location().pointer()).toList();
        assertThat(textFindings).isEmpty();
    }

    private static void addChunks(List<JisrRecord> records, String tag, List<String> names) {
        for (int i = 0; i < names.size(); i += 100) {
            String text = String.join("\n", names.subList(i, Math.min(names.size(), i + 100)));
            records.add(LocalAuthority.builder("a" + records.size()).kind(AuthorityKind.COMMUNE)
                    .country(tag.equals("ar") ? "TN" : "FR").name(MultilingualText.of(tag, text)).build());
        }
    }

    /** The records, as a source for the validator. */
    private static final class Listed implements RecordSource {
        private final Iterator<JisrRecord> records;
        private int index = -1;

        Listed(List<JisrRecord> records) {
            this.records = records.iterator();
        }

        @Override
        public String name() {
            return "reference-names";
        }

        @Override
        public Optional<JisrRecord> next(Consumer<Finding> findings) {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            index++;
            return Optional.of(records.next());
        }

        @Override
        public DocumentMetadata metadata() {
            return DocumentMetadata.EMPTY;
        }

        @Override
        public Location locate(String pointerInRecord) {
            return Location.of(name(), "/records/" + index + pointerInRecord, 0, 0);
        }
    }
}
