package org.jisr.testkit.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of broken variants of valid files, for properties that check a reader's
 * contract ({@link ReaderContract}) on inputs close to real ones: each variant is one of the
 * seeds with one to three mutations — a bit flipped, a byte inserted (often one that means
 * something to a parser: a quote, a separator, a line break, a bracket, a lone UTF-8 lead byte),
 * a run of bytes deleted, the file truncated, the start of one seed joined to the end of another,
 * a line duplicated. {@link #insideZip} applies the same mutations to one entry of a zip
 * container (an XLSX or ODS workbook), then zips it again, so that they reach the XML inside
 * instead of stopping at the container's checksum.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<byte[]> broken() {
 *     return Mutations.of(List.of(valid("agenda.csv"), valid("partenariats.csv")));
 * }
 * }</pre>
 *
 * <p>The mutations are drawn as numbers, so jqwik shrinks a failing variant towards fewer and
 * smaller changes. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Mutations {

    /** Bytes that steer a parser: quotes, separators, line breaks, brackets, escapes, UTF-8 leads. */
    private static final byte[] MEANINGFUL = {'"', '\'', ',', ';', '\t', '\n', '\r', '{', '}', '[', ']', ':',
        '\\', '<', '>', '&', '=', '|', '-', '0', '9', 'e', ' ', 0, (byte) 0x7f, (byte) 0x80, (byte) 0xc3,
        (byte) 0xd8, (byte) 0xe2, (byte) 0xef, (byte) 0xf0, (byte) 0xff};

    private static final int KINDS = 7;

    private Mutations() {
    }

    /**
     * Broken variants of the seeds: each one seed with one to three mutations.
     *
     * @param seeds valid files (at least one)
     * @return the arbitrary
     */
    public static Arbitrary<byte[]> of(List<byte[]> seeds) {
        List<byte[]> copies = copies(seeds);
        return Combinators.combine(Arbitraries.integers().between(0, copies.size() - 1), mutations())
                .as((seed, ops) -> {
                    byte[] b = copies.get(seed);
                    for (Op op : ops) {
                        b = op.apply(b, copies);
                    }
                    return b;
                });
    }

    /**
     * Broken variants of zip containers: one entry of a seed mutated as {@link #of} mutates a
     * file, the container zipped again with the other entries unchanged. A seed that is not a zip
     * file is mutated as a whole.
     *
     * @param seeds valid zip containers, such as XLSX or ODS workbooks (at least one)
     * @return the arbitrary
     * @throws IllegalArgumentException when a seed is a zip file that {@link ZipInputStream} cannot
     *         read (some writers leave sizes out of the entries' headers): zip it again
     */
    public static Arbitrary<byte[]> insideZip(List<byte[]> seeds) {
        List<byte[]> copies = copies(seeds);
        for (byte[] seed : copies) {
            if (seed.length > 1 && seed[0] == 'P' && seed[1] == 'K' && entries(seed).isEmpty()) {
                throw new IllegalArgumentException("a seed is a zip file that ZipInputStream cannot read: zip it again");
            }
        }
        return Combinators.combine(Arbitraries.integers().between(0, copies.size() - 1),
                Arbitraries.integers().greaterOrEqual(0), mutations())
                .as((seed, entry, ops) -> mutateEntry(copies.get(seed), entry, ops, copies));
    }

    private static List<byte[]> copies(List<byte[]> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed is needed");
        }
        return seeds.stream().map(s -> Objects.requireNonNull(s, "seed").clone()).toList();
    }

    private static Arbitrary<List<Op>> mutations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().greaterOrEqual(0))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(3);
    }

    /** The names and contents of a zip's entries, or none when it is not a zip file ZipInputStream reads. */
    private static List<Map.Entry<String, byte[]>> entries(byte[] zip) {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.add(Map.entry(e.getName(), in.readAllBytes()));
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            entries.clear();
        }
        return entries;
    }

    private static byte[] mutateEntry(byte[] zip, int entryChoice, List<Op> ops, List<byte[]> seeds) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries(zip)) {
            names.add(e.getKey());
            contents.add(e.getValue());
        }
        if (names.isEmpty()) {
            byte[] b = zip;
            for (Op op : ops) {
                b = op.apply(b, seeds);
            }
            return b;
        }
        int chosen = entryChoice % names.size();
        byte[] b = contents.get(chosen);
        for (Op op : ops) {
            // Splice with the same entry's neighbours: whole seeds would bring zip bytes into XML.
            b = op.apply(b, contents);
        }
        contents.set(chosen, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One mutation, drawn as numbers; positions wrap around the input's length. */
    private record Op(int kind, int where, int value, int other) {

        byte[] apply(byte[] b, List<byte[]> seeds) {
            int n = b.length;
            return switch (kind) {
                case 0 -> n == 0 ? b : flip(b, where % n, value % 8);
                case 1 -> insert(b, where % (n + 1), value % 2 == 0 ? MEANINGFUL[value / 2 % MEANINGFUL.length]
                        : (byte) value);
                case 2 -> n == 0 ? b : delete(b, where % n, 1 + other % Math.max(1, Math.min(64, n / 4)));
                case 3 -> Arrays.copyOf(b, n == 0 ? 0 : where % n);
                case 4 -> splice(b, seeds.get(value % seeds.size()), where, other);
                case 5 -> duplicateLine(b, where);
                default -> n == 0 ? b : repeat(b, where % n, 1 + other % Math.max(1, Math.min(256, n)));
            };
        }

        private static byte[] flip(byte[] b, int at, int bit) {
            byte[] c = b.clone();
            c[at] ^= (byte) (1 << bit);
            return c;
        }

        private static byte[] insert(byte[] b, int at, byte value) {
            byte[] c = new byte[b.length + 1];
            System.arraycopy(b, 0, c, 0, at);
            c[at] = value;
            System.arraycopy(b, at, c, at + 1, b.length - at);
            return c;
        }

        private static byte[] delete(byte[] b, int at, int length) {
            int len = Math.min(length, b.length - at);
            byte[] c = new byte[b.length - len];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(b, at + len, c, at, b.length - at - len);
            return c;
        }

        private static byte[] splice(byte[] head, byte[] tail, int cutHead, int cutTail) {
            int h = head.length == 0 ? 0 : cutHead % (head.length + 1);
            int t = tail.length == 0 ? 0 : cutTail % (tail.length + 1);
            byte[] c = new byte[h + tail.length - t];
            System.arraycopy(head, 0, c, 0, h);
            System.arraycopy(tail, t, c, h, tail.length - t);
            return c;
        }

        /** Duplicates a line (a record, in a line-oriented format), line break included. */
        private static byte[] duplicateLine(byte[] b, int which) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    lines.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
            if (start < b.length) {
                lines.add(new int[] {start, b.length});
            }
            if (lines.isEmpty()) {
                return b;
            }
            int[] line = lines.get(which % lines.size());
            int len = line[1] - line[0];
            byte[] c = new byte[b.length + len];
            System.arraycopy(b, 0, c, 0, line[1]);
            System.arraycopy(b, line[0], c, line[1], b.length - line[0]);
            return c;
        }

        /** Repeats a run of bytes right after itself: a duplicated value, element or record. */
        private static byte[] repeat(byte[] b, int at, int length) {
            int len = Math.min(length, b.length - at);
            byte[] c = new byte[b.length + len];
            System.arraycopy(b, 0, c, 0, at + len);
            System.arraycopy(b, at, c, at + len, b.length - at);
            return c;
        }
    }
}
