package org.jisr.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip-bomb workbook (issue 10): a file of a few megabytes whose sheet inflates to 2 GiB of
 * spaces, read in a JVM with a 256 MB heap (surefire execution "bounded-heap"), from a file and
 * from a stream, stops with {@code adapter.spreadsheet-limit-exceeded} ({@code maxExpansionRatio}),
 * never an exception. The bomb is built here: deflating 2 GiB would take a minute, so the deflated
 * form of 1 MiB of spaces, flushed to a byte boundary, is repeated 2,048 times — a valid deflate
 * stream, since each copy starts from an empty dictionary — and the zip is written by hand.
 */
@Tag("bounded-heap")
class HostileWorkbookTest {

    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS = 2048;

    @Test
    void the_heap_is_the_bounded_one() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    @Test
    void a_workbook_whose_sheet_inflates_to_gigabytes_stops_at_the_expansion_ratio(@TempDir Path dir)
            throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        writeBomb(bomb);
        assertThat(Files.size(bomb)).isLessThan(10L << 20);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml").getSize()).isGreaterThan((long) CHUNK * CHUNKS);
        }

        RecordingContext fromFile = new RecordingContext();
        Bundles.read(new XlsxFrAdapter(), AdapterInput.of(bomb), fromFile);
        assertExpansionStopped(fromFile);

        RecordingContext fromStream = new RecordingContext();
        Bundles.read(new XlsxFrAdapter(), AdapterInput.of("bomb.xlsx", Files.readAllBytes(bomb)), fromStream);
        assertExpansionStopped(fromStream);
    }

    /**
     * XML external entities: a DOCTYPE that points an entity at a local file, in the shared
     * strings (parsed by POI) and in a sheet (parsed by Jisr's StAX reader). The file's content
     * never reaches a record or a finding; reading stops with a finding, or goes on without it.
     */
    @Test
    void an_external_entity_in_a_workbook_is_never_resolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "jisr-secret-4711");
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xlsx = Bundles.write(new XlsxFrAdapter(), Bundles.flagship(), "atelier.xlsx", new RecordingContext());
        for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet2.xml")) {
            byte[] hostile = rewrite(dir, xlsx, part, xml -> {
                String withDoctype = xml.replaceFirst("\\?>", "?>" + doctype);
                // Jisr writes inline strings: the table of shared strings, which POI parses whole, is
                // given one string, the entity.
                return part.endsWith("sharedStrings.xml") ? withDoctype.replaceFirst("<sst [^>]*/>",
                        "<sst count=\"1\" uniqueCount=\"1\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + "<si><t>&amp;xxe;</t></si></sst>").replace("&amp;xxe;", "&xxe;")
                        : withDoctype.replace("</sheetData>",
                                "<row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>");
            });
            RecordingContext context = new RecordingContext();
            org.jisr.model.ExchangeDocument doc = Bundles.read(new XlsxFrAdapter(),
                    AdapterInput.of("xxe.xlsx", hostile), context);
            assertThat(String.valueOf(doc.records()) + doc.metadata()).as(part).doesNotContain("jisr-secret");
            assertThat(context.findings()).as(part).allSatisfy(f -> assertThat(f.parameters().toString())
                    .doesNotContain("jisr-secret"));
            assertThat(context.findings()).extracting(Finding::code).as(part).doesNotContain("adapter.failed");
        }
    }

    /** The workbook with one part's XML changed (read with ZipFile: POI's local headers leave sizes out). */
    private static byte[] rewrite(Path dir, byte[] xlsx, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path plain = Files.createTempFile(dir, "plain", ".xlsx");
        Files.write(plain, xlsx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipFile in = new ZipFile(plain.toFile());
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    found = true;
                    String changed = change.apply(new String(content, StandardCharsets.UTF_8));
                    assertThat(changed).contains("&xxe;");
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        Files.delete(plain);
        assertThat(found).as("the workbook has %s", part).isTrue();
        return out.toByteArray();
    }

    private static void assertExpansionStopped(RecordingContext context) {
        List<Finding> limits = context.findings().stream()
                .filter(f -> f.code().equals("adapter.spreadsheet-limit-exceeded")).toList();
        assertThat(limits).hasSize(1);
        assertThat(limits.get(0).parameters()).isEqualTo(Map.of("limit", "maxExpansionRatio", "maximum", "100"));
        assertThat(limits.get(0).location().cell()).isEqualTo("A1");
        assertThat(context.findings()).extracting(Finding::code).doesNotContain("adapter.failed",
                "adapter.spreadsheet-unreadable");
    }

    /** The flagship workbook, with 2 GiB of spaces inside the second sheet's {@code sheetData}. */
    private static void writeBomb(Path file) throws IOException {
        byte[] xlsx = Bundles.write(new XlsxFrAdapter(), Bundles.flagship(), "atelier.xlsx", new RecordingContext());
        Path plain = Files.createTempFile(file.getParent(), "plain", ".xlsx");
        Files.write(plain, xlsx);
        List<Entry> entries = new ArrayList<>();
        try (ZipFile in = new ZipFile(plain.toFile())) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (!e.getName().equals("xl/worksheets/sheet2.xml")) {
                    entries.add(Entry.of(e.getName(), content));
                    continue;
                }
                String xml = new String(content, StandardCharsets.UTF_8);
                int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
                byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
                byte[] spaces = new byte[CHUNK];
                Arrays.fill(spaces, (byte) ' ');
                byte[] spacesDeflated = deflate(spaces, false);
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                data.write(deflate(head, false));
                for (int i = 0; i < CHUNKS; i++) {
                    data.write(spacesDeflated);
                }
                data.write(deflate(tail, true));
                CRC32 crc = new CRC32();
                crc.update(head);
                for (int i = 0; i < CHUNKS; i++) {
                    crc.update(spaces);
                }
                crc.update(tail);
                entries.add(new Entry(e.getName(), data.toByteArray(), crc.getValue(),
                        head.length + (long) CHUNK * CHUNKS + tail.length));
            }
        }
        Files.delete(plain);
        try (OutputStream out = Files.newOutputStream(file)) {
            writeZip(entries, out);
        }
    }

    /** Raw deflate; a part that is not the last ends with a full flush, on a byte boundary. */
    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
        }
        deflater.end();
        return out.toByteArray();
    }

    /** One entry: its name, its deflated bytes, their CRC-32 and inflated size. */
    private record Entry(String name, byte[] deflated, long crc, long size) {
        static Entry of(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name, deflate(content, true), crc.getValue(), content.length);
        }
    }

    /** A zip file (APPNOTE 4.3): local headers with their data, the central directory, its end. */
    private static void writeZip(List<Entry> entries, OutputStream out) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc()).putInt(e.deflated().length)
                    .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).put(name);
            out.write(local.array());
            out.write(e.deflated());
            ByteBuffer dir = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            dir.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
                    .putInt(e.deflated().length).putInt((int) e.size()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) offset).put(name);
            central.write(dir.array());
            offset += local.capacity() + e.deflated().length;
        }
        out.write(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt((int) offset).putShort((short) 0);
        out.write(end.array());
    }
}
