package org.jisr.adapter.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jisr.adapter.tabular.internal.Archives;
import org.jisr.validation.ReadLimits;

/**
 * Checks an xlsx package against the archive limits before POI opens it: the number of entries
 * ({@code maxArchiveEntries}), and what the entries really inflate to — not what their headers
 * declare, which a hostile file can fake — all together ({@code maxExpandedBytes}) and as a
 * multiple of the file's size ({@code maxExpansionRatio}, checked past 1 MiB, since small files
 * compress very well). The entries are the central directory's, the ones POI reads. Inflating
 * stops at the first limit exceeded, so a bomb costs at most {@code maxExpansionRatio} times
 * the file's size in time and a buffer in memory.
 */
final class ArchiveScan {

    private ArchiveScan() {
    }

    /**
     * Returns the parameters of a limit finding when the package exceeds a limit, empty when it
     * does not, or when it is no zip at all (POI says so, in its own words).
     */
    static Optional<Map<String, String>> check(Path file, ReadLimits limits) throws IOException {
        long compressed = Files.size(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxArchiveEntries()) {
                return Optional.of(finding("maxArchiveEntries", limits));
            }
            byte[] buffer = new byte[65536];
            long expanded = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        String exceeded = Archives.unsafe(compressed, expanded, limits);
                        if (exceeded != null) {
                            return Optional.of(finding(exceeded, limits));
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The parameters of {@code adapter.spreadsheet-limit-exceeded} for an archive limit. */
    static Map<String, String> finding(String limit, ReadLimits limits) {
        long maximum = switch (limit) {
            case "maxArchiveEntries" -> limits.maxArchiveEntries();
            case "maxExpandedBytes" -> limits.maxExpandedBytes();
            default -> limits.maxExpansionRatio();
        };
        return Map.of("limit", limit, "maximum", String.valueOf(maximum));
    }
}
