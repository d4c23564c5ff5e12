package org.jisr.adapter.xlsx;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.testkit.fuzz.Mutations;
import org.jisr.testkit.fuzz.ReaderContract;

/**
 * Broken variants of valid workbooks keep the readers' contract: XLSX and ODS packages with one
 * entry mutated (bit flips, inserted and deleted bytes, truncation, splices, duplicated lines),
 * and whole XLS, XLSX and ODS files mutated as bytes.
 */
class XlsxMutationProperties {

    @Property(tries = 30)
    void a_workbook_with_a_broken_entry_gives_located_findings(@ForAll("packages") byte[] bytes) {
        ReaderContract.read(new XlsxFrAdapter(), "broken.xlsx", bytes, Map.of());
    }

    @Property(tries = 20)
    void a_broken_workbook_gives_located_findings(@ForAll("workbooks") byte[] bytes) {
        ReaderContract.read(new XlsxTnAdapter(), "broken.xls", bytes, Map.of());
    }

    @Provide
    Arbitrary<byte[]> packages() {
        return Mutations.insideZip(List.of(XlsxFuzzTest.seed("xlsx/flagship-xlsx-fr.xlsx"),
                XlsxFuzzTest.seed("ods/small.ods")));
    }

    @Provide
    Arbitrary<byte[]> workbooks() {
        return Mutations.of(List.of(XlsxFuzzTest.seed("xls/small.xls"), XlsxFuzzTest.seed("xlsx/flagship-xlsx-fr.xlsx"),
                XlsxFuzzTest.seed("ods/small.ods")));
    }
}
