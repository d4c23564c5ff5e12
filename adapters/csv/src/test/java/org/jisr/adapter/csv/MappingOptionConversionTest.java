package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Project;
import org.jisr.runtime.Conversion;
import org.jisr.runtime.ConversionOptions;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion gives its adapters the option «mapping»: a French subsidy file becomes an exchange document. */
class MappingOptionConversionTest {

    @Test
    void the_mapping_option_reaches_the_adapter_through_a_conversion(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("subventions.csv");
        Files.write(csv, Bundles.resource("/scdl/SCDL_DEP_Haute_Garonne_datalocale-subvention.csv"));
        Path json = dir.resolve("subventions.json");
        Jisr jisr = Jisr.builder().build();

        ConversionReport report = Conversion.of(jisr.adapter("csv-fr").orElseThrow().adapter(),
                        jisr.adapter("json").orElseThrow().adapter())
                .options(ConversionOptions.DEFAULTS.withAdapterOption("mapping", ScdlSubventionsTest.MAPPING.toString()))
                .run(csv, json);

        assertThat(report.written()).isTrue();
        ExchangeDocument doc = JisrJson.create().readDocument(json);
        assertThat(doc.recordsOf(Project.class).count()).isGreaterThan(10);
        assertThat(jisr.validator().validate(json).findings()).noneMatch(f -> f.code().startsWith("rule.reference"));
    }

    @Test
    void without_the_option_the_profile_finds_no_table_in_it(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("subventions.csv");
        Files.write(csv, Bundles.resource("/scdl/SCDL_DEP_Haute_Garonne_datalocale-subvention.csv"));

        ConversionReport report = Conversion.of(new CsvFrAdapter(), FlagshipRoundTripTest.jsonAdapter())
                .run(csv, dir.resolve("out.json"));

        assertThat(report.written()).isFalse();
        assertThat(report.findings().findings()).anySatisfy(f -> assertThat(f.code())
                .isEqualTo("adapter.spreadsheet-no-table"));
    }
}
