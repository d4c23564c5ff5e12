package org.jisr.adapter.xlsx.internal;

import java.nio.charset.StandardCharsets;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.jisr.spi.support.Detections;

/** How the xlsx adapters recognise a workbook from its name and first bytes. Stateless. */
public final class XlsxDetection {

    /** The signature of an OLE2 compound file, the container of {@code .xls} workbooks. */
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private XlsxDetection() {
    }

    /** What the first bytes are. */
    enum Kind {
        /** An Office Open XML package (xlsx). */
        OOXML,
        /** An OLE2 compound file (xls). */
        OLE2,
        /** An OpenDocument spreadsheet (ods). */
        ODS,
        /** Something else. */
        OTHER
    }

    static Kind kind(byte[] head) {
        if (head.length >= 8 && java.util.Arrays.equals(java.util.Arrays.copyOf(head, 8), OLE2)) {
            return Kind.OLE2;
        }
        if (head.length >= 30 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            int length = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
            String first = 30 + length <= head.length ? new String(head, 30, length, StandardCharsets.UTF_8) : "";
            if (first.equals("mimetype")) {
                String rest = new String(head, 30 + length, Math.min(head.length - 30 - length, 200),
                        StandardCharsets.ISO_8859_1);
                return rest.contains("opendocument.spreadsheet") ? Kind.ODS : Kind.OTHER;
            }
            if (first.equals("[Content_Types].xml") || first.startsWith("_rels/") || first.startsWith("docProps/")
                    || first.startsWith("xl/")) {
                return Kind.OOXML;
            }
        }
        return Kind.OTHER;
    }

    /**
     * Recognises an xlsx or xls workbook, or an OpenDocument spreadsheet (read, never written:
     * its extension is not declared).
     *
     * @param input      the input
     * @param descriptor the adapter's descriptor
     * @return the detection
     */
    public static Detection detect(AdapterInput input, AdapterDescriptor descriptor) {
        Kind kind = kind(input.peek(512));
        boolean extension = Detections.hasExtension(input, descriptor);
        return switch (kind) {
            case OOXML -> Detections.of(extension, true, "an Office Open XML package");
            case OLE2 -> Detections.of(extension, true, "an OLE2 compound file (xls)");
            case ODS -> Detection.of(Detections.CONTENT_ONLY, "an OpenDocument spreadsheet");
            case OTHER -> Detection.NO;
        };
    }
}
