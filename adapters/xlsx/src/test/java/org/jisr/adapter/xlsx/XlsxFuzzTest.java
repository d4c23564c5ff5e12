package org.jisr.adapter.xlsx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.Validator;

/**
 * Coverage-guided fuzzing of the spreadsheet readers: whole workbooks ({@code .xlsx}, {@code .xls},
 * {@code .ods} bytes), and — since a mutated zip mostly stops at its checksum — the XML inside
 * one: the fuzzer's bytes become the first worksheet of an XLSX workbook, or the
 * {@code content.xml} of an ODS one, the rest of the package kept valid (the XLSX template is
 * zipped without data descriptors, which {@code ZipInputStream} cannot always read). The records read are
 * validated. Each input must keep {@link ReaderContract}. Without {@code JAZZER_FUZZ} the saved
 * inputs ({@code XlsxFuzzTestInputs/<method>/} in the test resources) are replayed;
 * docs/fuzzing.md says how to fuzz.
 */
class XlsxFuzzTest {

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();
    private static final byte[] XLSX = seed("xlsx/flagship-xlsx-fr.xlsx");
    private static final byte[] ODS = seed("ods/small.ods");

    @FuzzTest
    void xlsx(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new XlsxFrAdapter(), "fuzz.xlsx", bytes, Map.of());
    }

    @FuzzTest
    void xls(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new XlsxTnAdapter(), "fuzz.xls", bytes, Map.of());
    }

    @FuzzTest
    void ods(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new XlsxFrAdapter(), "fuzz.ods", bytes, Map.of());
    }

    @FuzzTest
    void xlsxSheetXml(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new XlsxFrAdapter(), "fuzz.xlsx",
                replaceEntry(XLSX, "xl/worksheets/sheet1.xml", bytes), Map.of());
    }

    @FuzzTest
    void odsContentXml(byte[] bytes) {
        ReaderContract.validate(VALIDATOR, new XlsxTnAdapter(), "fuzz.ods", replaceEntry(ODS, "content.xml", bytes),
                Map.of());
    }

    /** The package with one entry's bytes replaced, the other entries as they were. */
    static byte[] replaceEntry(byte[] zip, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? content : in.readAllBytes());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] seed(String name) {
        try (InputStream in = XlsxFuzzTest.class.getResourceAsStream("XlsxFuzzTestInputs/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
