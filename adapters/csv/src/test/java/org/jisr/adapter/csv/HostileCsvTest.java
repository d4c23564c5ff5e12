package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile CSV files streamed in, a gigabyte each, never stored (issue 10), in a JVM with a 256 MB
 * heap (surefire execution "bounded-heap"): a row of a billion separators and a cell of a billion
 * spaces stop at their limit, where they exceed it, without holding the row.
 */
@Tag("bounded-heap")
class HostileCsvTest {

    private static final String HEADER = "Identifiant;Type;Titre (fr);Début\n";
    private static final long GIGABYTE = 1L << 30;

    /** An input made while it is read: a head, then {@code count} times one byte. */
    private record Generated(String name, String head, byte fill, long count) implements AdapterInput {
        @Override
        public Optional<Path> path() {
            return Optional.empty();
        }

        @Override
        public InputStream openStream() {
            return new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new InputStream() {
                        private long left = count;

                        @Override
                        public int read() {
                            return left-- > 0 ? fill : -1;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            if (left <= 0) {
                                return -1;
                            }
                            int n = (int) Math.min(len, left);
                            Arrays.fill(b, off, off + n, fill);
                            left -= n;
                            return n;
                        }
                    })));
        }

        @Override
        public byte[] peek(int max) {
            try (InputStream in = openStream()) {
                return in.readNBytes(max);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static Finding limit(RecordingContext context) {
        List<Finding> found = context.findings().stream()
                .filter(f -> f.code().equals("adapter.spreadsheet-limit-exceeded")).toList();
        assertThat(found).as("%s", context.findings()).hasSize(1);
        return found.get(0);
    }

    @Test
    void the_heap_is_the_bounded_one() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    }

    @Test
    void a_row_of_a_billion_separators_stops_at_max_columns() {
        RecordingContext context = new RecordingContext();
        Bundles.read(new CsvFrAdapter(), new Generated("wide.csv", HEADER + "event-1;Atelier", (byte) ';', GIGABYTE),
                context);
        Finding f = limit(context);
        assertThat(f.parameters()).isEqualTo(Map.of("limit", "maxColumns",
                "maximum", String.valueOf(ReadLimits.DEFAULTS.maxColumns())));
        assertThat(f.location().cell()).isEqualTo("XFE2");
    }

    @Test
    void a_cell_of_a_billion_spaces_stops_at_max_cell_length() {
        RecordingContext context = new RecordingContext();
        Bundles.read(new CsvFrAdapter(), new Generated("long.csv", HEADER + "event-1;Atelier;", (byte) ' ', GIGABYTE),
                context);
        Finding f = limit(context);
        assertThat(f.parameters()).isEqualTo(Map.of("limit", "maxCellLength",
                "maximum", String.valueOf(ReadLimits.DEFAULTS.maxCellLength())));
        assertThat(f.location().line()).isEqualTo(2);
    }
}
