package org.jisr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jisr.benchmarks.CorpusGenerator.Form;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The smoke run CI makes of the harness: every measurement class once, in process, on a corpus of
 * 100 records. It checks that each prints well-formed {@code key=value} lines about the records
 * it was given, and that each stage benchmark does its work; it asserts nothing about time.
 */
class HarnessSmokeTest {

    private static final int RECORDS = 100;

    @TempDir
    static Path dir;
    static Path stream;
    static Path document;

    @BeforeAll
    static void corpus() {
        stream = dir.resolve(CorpusGenerator.fileName(RECORDS, 0, Form.NDJSON));
        document = dir.resolve(CorpusGenerator.fileName(RECORDS, 0, Form.DOCUMENT));
        new CorpusGenerator(RECORDS, 0).writeTo(stream, Form.NDJSON);
        new CorpusGenerator(RECORDS, 0).writeTo(document, Form.DOCUMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token_walk", "pipeline_1t", "pipeline_2t", "convert_csv"})
    void each_stream_measurement_prints_its_figures(String name) {
        Map<String, String> figures = run(name, stream);

        assertThat(figures).containsKeys(name + "_mb_s", name + "_records_s", name + "_seconds");
        assertThat(figures.get(name + "_records")).isEqualTo(Integer.toString(RECORDS));
        assertThat(Double.parseDouble(figures.get(name + "_mb_s"))).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paired_1t", "paired_2t"})
    void the_paired_measurements_print_both_speeds_and_their_ratios(String name) {
        String out = captured(() -> Throughput.main(new String[] {name, stream.toString(), stream.toString(), "2", "0"}));
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] kv = line.split("=", 2);
            figures.put(kv[0], kv[1]);
        }

        assertThat(figures).containsKeys("paired_pipeline_1t_mb_s", "paired_ratio", "paired_ratios");
        assertThat(figures).containsKey(name.equals("paired_1t") ? "paired_token_walk_mb_s" : "paired_pipeline_2t_mb_s");
        assertThat(figures.get("paired_ratios").split(",")).hasSize(2)
                .allSatisfy(r -> assertThat(Double.parseDouble(r)).isPositive());
        assertThat(Double.parseDouble(figures.get("paired_ratio"))).isPositive();
    }

    @Test
    void the_document_measurements_print_their_figures_and_find_nothing_wrong() {
        for (String name : List.of("naive", "pipeline_doc_1t", "token_walk")) {
            Map<String, String> figures = run(name, document);

            assertThat(figures.get(name + "_records")).as(name).isEqualTo(Integer.toString(RECORDS));
        }
        assertThat(run("naive", document).get("naive_problems")).isEqualTo("0");
        assertThat(run("pipeline_doc_1t", document).get("pipeline_doc_1t_problems")).isEqualTo("0");
    }

    @Test
    void the_conversion_writes_every_record_to_a_zip_of_csv_files() throws IOException {
        Map<String, String> figures = run("convert_csv", stream);

        assertThat(figures.get("convert_csv_problems")).isEqualTo("0");
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(stream.resolveSibling("throughput-convert.zip")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).hasSizeGreaterThan(1).allMatch(n -> n.endsWith(".csv"));
    }

    @Test
    void the_bare_jackson_parse_prints_the_count_of_top_level_members() {
        String out = captured(() -> BareJacksonParse.main(new String[] {document.toString()}));

        assertThat(out.strip()).isEqualTo("6"); // jisr, id, language, title, description, records
    }

    @Test
    void every_stage_benchmark_does_its_work_once() throws IOException {
        StageBenchmarks stages = new StageBenchmarks();
        stages.setUp(RECORDS);

        assertThat(stages.ids()).hasSize(RECORDS).doesNotHaveDuplicates();
        assertThat(stages.tokenWalk()).isGreaterThan(RECORDS * 10L);
        assertThat(stages.tree()).isGreaterThan(RECORDS * 3L);
        assertThat(stages.schema()).isZero();
        assertThat(stages.bind()).isEqualTo(stages.bindStream()).isPositive();
        assertThat(stages.model()).isZero();
        assertThat(stages.rules()).isZero();
        assertThat(stages.writeJson()).isGreaterThan(RECORDS * 500L);
        assertThat(stages.writeNdjson()).isGreaterThan(RECORDS * 500L);
        assertThat(stages.validate()).isZero();
    }

    /** Runs one measurement (warm-up and one pass on the same file) and reads what it prints. */
    private static Map<String, String> run(String name, Path file) {
        String out = captured(() -> Throughput.main(new String[] {name, file.toString(), file.toString(), "1", "0"}));
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            assertThat(line).as("output of %s", name).matches("[a-z0-9_]+=[0-9]+(\\.[0-9]+)?");
            String[] kv = line.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    private static String captured(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
