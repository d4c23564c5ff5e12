package org.jisr.adapter.csv;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.testkit.fuzz.Mutations;
import org.jisr.testkit.fuzz.ReaderContract;

/**
 * Broken variants of valid CSV files and zips (bit flips, inserted and deleted bytes, truncation,
 * splices, duplicated lines; inside the zip's entries too) keep the readers' contract.
 */
class CsvMutationProperties {

    @Property(tries = 30)
    void a_broken_csv_file_gives_located_findings(@ForAll("csvFiles") byte[] bytes) {
        ReaderContract.read(new CsvFrAdapter(), "broken.csv", bytes, Map.of());
        ReaderContract.read(new CsvTnAdapter(), "broken.csv", bytes, Map.of());
    }

    @Property(tries = 25)
    void a_broken_csv_file_read_through_a_mapping_gives_located_findings(@ForAll("tunisianFiles") byte[] bytes) {
        ReaderContract.read(new CsvTnAdapter(), "broken.csv", bytes, Map.of("mapping", CsvFuzzTest.MAPPING.toString()));
    }

    @Property(tries = 25)
    void a_broken_zip_of_csv_files_gives_located_findings(@ForAll("zips") byte[] bytes) {
        ReaderContract.read(new CsvFrAdapter(), "broken.zip", bytes, Map.of());
    }

    @Provide
    Arbitrary<byte[]> csvFiles() {
        return Mutations.of(List.of(Bundles.resource("/samples/evenements.csv"),
                Bundles.resource("/scdl/DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv"),
                Bundles.resource("/tunisia/agenda.csv")));
    }

    @Provide
    Arbitrary<byte[]> tunisianFiles() {
        return Mutations.of(List.of(Bundles.resource("/tunisia/municipalities.csv"),
                Bundles.resource("/tunisia/names-only.csv")));
    }

    @Provide
    Arbitrary<byte[]> zips() {
        return Mutations.insideZip(List.of(Bundles.resource("/org/jisr/adapter/csv/CsvFuzzTestInputs/zip/flagship-csv-fr.zip")));
    }
}
