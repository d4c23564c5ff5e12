package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.cli.JisrCliTest.runOnTerminal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jisr.core.Progress;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: drawn on a terminal for a large input, never otherwise. */
class ProgressBarTest {

    @TempDir
    static Path tmp;
    private static Path large;

    @BeforeAll
    static void a_large_record_stream() throws IOException {
        // Few records, each with a long description: the size makes the input large, and a few
        // hundred records keep the test quick.
        String words = "Association de coopération décentralisée franco-tunisienne. ";
        List<JisrRecord> records = IntStream.range(0, 300)
                .mapToObj(i -> (JisrRecord) Organization.builder("org-" + i)
                        .name(MultilingualText.of("fr", "Association " + i, "ar", "جمعية " + i))
                        .description(MultilingualText.of("fr", words.repeat(70)))
                        .kind(OrganizationKind.ASSOCIATION).build())
                .toList();
        large = tmp.resolve("large.ndjson");
        Files.writeString(large, JisrJson.create().toNdjson(ExchangeDocument.of(records)));
        assertThat(Files.size(large)).isGreaterThan(ProgressBar.LARGE_INPUT);
    }

    @Test
    void on_a_terminal_a_large_input_draws_a_bar_in_place_on_standard_error() {
        JisrCliTest.Run r = runOnTerminal(true, "validate", "--lang", "en", large.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Records: 300");
        assertThat(r.err()).startsWith("\r" + large).contains("records").contains("100%").contains("MB")
                .endsWith(System.lineSeparator());
        assertThat(r.err().chars().filter(c -> c == '\n').count()).as("one line, redrawn with carriage returns")
                .isEqualTo(1);
    }

    @Test
    void nothing_is_drawn_off_a_terminal_with_quiet_or_for_a_small_input() {
        assertThat(runOnTerminal(false, "validate", large.toString()).err()).isEmpty();
        assertThat(runOnTerminal(true, "validate", "--quiet", large.toString()).err()).isEmpty();
        assertThat(runOnTerminal(true, "validate", JisrCliTest.FLAGSHIP).err()).isEmpty();
    }

    @Test
    void conversion_shows_progress_too() {
        JisrCliTest.Run r = runOnTerminal(true, "convert", "--lang", "fr", "--to", "json", large.toString(),
                tmp.resolve("large.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("\r").contains("enregistrements").contains("Mo");
    }

    @Test
    void a_frame_says_records_bytes_rates_and_percentage_and_redraws_at_most_every_100_ms() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), CliMessages.of("en"),
                () -> now[0]);
        long mib = 1L << 20;

        now[0] = 2_000_000_000L;
        bar.onProgress(new Progress("big.ndjson", 1_000, mib, 4 * mib, false));
        now[0] += 50_000_000L;
        bar.onProgress(new Progress("big.ndjson", 2_000, 2 * mib, 4 * mib, false));
        now[0] += 2_000_000_000L;
        bar.onProgress(new Progress("big.ndjson", 4_000, 4 * mib, 4 * mib, true));

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).isEqualTo("\rbig.ndjson [#####---------------] 25% · 1,000 records · 1.0 MB of 4.0 MB"
                + " · 500 records/s · 0.5 MB/s"
                + "\rbig.ndjson [####################] 100% · 4,000 records · 4.0 MB of 4.0 MB"
                + " · 988 records/s · 1.0 MB/s" + System.lineSeparator());
    }

    @Test
    void an_input_of_unknown_size_shows_after_many_records() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), CliMessages.of("ar"),
                () -> 1_000_000_000L);
        bar.onProgress(new Progress("in", 1_000, 10, -1, false));
        assertThat(bytes.size()).isZero();
        bar.onProgress(new Progress("in", ProgressBar.MANY_RECORDS, 10, -1, true));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\rin · 10,000 سجلًا");
    }
}
