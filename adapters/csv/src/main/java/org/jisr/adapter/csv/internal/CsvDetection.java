package org.jisr.adapter.csv.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jisr.adapter.tabular.internal.HeaderScore;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.jisr.spi.support.Detections;

/** How the CSV adapters recognise their input from its name and first bytes. Stateless. */
public final class CsvDetection {

    private static final int PEEK = 64 * 1024;

    private CsvDetection() {
    }

    /**
     * Tells whether bytes start like a zip archive.
     *
     * @param head the first bytes
     * @return {@code true} for {@code PK\3\4}
     */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Recognises a CSV file, a zip of CSV files or a folder of them, whose header names a table of
     * the mapping; headers in the mapping's language weigh more.
     *
     * @param input      the input
     * @param descriptor the adapter's descriptor
     * @param mapping    its mapping
     * @return the detection
     */
    public static Detection detect(AdapterInput input, AdapterDescriptor descriptor, Mapping mapping) {
        if (input.path().isPresent() && Files.isDirectory(input.path().get())) {
            try (Stream<Path> list = Files.list(input.path().get())) {
                boolean csv = list.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
                return csv ? Detection.of(Detections.CONTENT_ONLY, "a folder of CSV files") : Detection.NO;
            } catch (IOException e) {
                return Detection.NO;
            }
        }
        byte[] head = input.peek(PEEK);
        boolean extension = Detections.hasExtension(input, descriptor);
        if (isZip(head)) {
            String first = firstEntry(head);
            if (first == null || !first.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return Detection.NO;
            }
            return Detections.of(extension, true, "a zip of CSV files");
        }
        if (!text(head)) {
            return Detection.NO;
        }
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        boolean utf8 = CsvRows.validUtf8(head, from, head.length - from, head.length == PEEK);
        Charset charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(head, from, head.length - from, charset);
        char separator = (char) CsvRows.separator(head, from);
        List<String> lines = text.lines().limit(30).toList();
        HeaderScore best = HeaderScore.NONE;
        for (String line : lines) {
            HeaderScore s = HeaderScore.of(mapping, List.of(line.split(java.util.regex.Pattern.quote(
                    String.valueOf(separator)), -1)));
            if (s.columns() > best.columns()) {
                best = s;
            }
        }
        boolean content = best.columns() >= 2;
        boolean csvName = extension || input.name().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (content && !best.ownLanguage()) {
            // A table of the mapping, with headers in another of its languages: readable, less likely ours.
            return Detection.of(csvName ? 0.7 : 0.5, "a table with headers in another language");
        }
        return Detections.of(csvName, content, "a header row of one of its tables");
    }

    /** No NUL byte and few control characters: text. */
    private static boolean text(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    /** The name of the first entry of a zip, from its local header. */
    private static String firstEntry(byte[] head) {
        if (head.length < 30) {
            return null;
        }
        int length = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        if (30 + length > head.length) {
            return null;
        }
        return new String(head, 30, length, StandardCharsets.UTF_8);
    }
}
