package org.jisr.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jisr.runtime.ConversionReport;
import org.jisr.runtime.Jisr;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One whole-process throughput measurement, started by run.sh in a fresh JVM:
 * {@code Throughput <measurement> <warm-up file> <file> <passes> [<warm-up seconds>]}. It builds what the measurement
 * needs (validator, schemas, adapters) untimed, makes untimed warm-up passes (one, and more until
 * the warm-up seconds have passed) over the warm-up
 * file, then times {@code passes} passes over the file and prints, one {@code key=value} a line,
 * {@code <measurement>_mb_s} (file bytes ÷ 10^6 ÷ median seconds of a pass),
 * {@code <measurement>_records_s}, {@code <measurement>_seconds} and
 * {@code <measurement>_problems} (what the pass found: errors, findings or tokens).
 *
 * <p>The measurements: {@code token_walk} (Jackson's parser over the bytes, every token, nothing
 * else: the physical limit), {@code pipeline_1t} and {@code pipeline_2t} (the real
 * {@link Validator} on the file, with 1 or 2 threads), {@code naive} ({@link NaiveBaseline}),
 * {@code convert_csv} ({@link Jisr#convert} from ndjson to csv-fr, into
 * {@code throughput-convert.zip}, one CSV file per table, next to the file).
 */
public final class Throughput {

    private Throughput() {
    }

    /** One pass: returns what it found, so that no work can be optimised away. */
    @FunctionalInterface
    interface Pass {
        long run(Path file);
    }

    /**
     * @param args the measurement, the warm-up file, the file, the number of timed passes, and
     *             optionally the least warm-up time in seconds (default 0: one warm-up pass)
     */
    public static void main(String[] args) {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: Throughput <measurement> <warm-up file> <file> <passes> [<warm-up seconds>]");
            System.exit(2);
        }
        String name = args[0];
        Path warmUp = Path.of(args[1]);
        Path file = Path.of(args[2]);
        int passes = Integer.parseInt(args[3]);
        double warmUpSeconds = args.length == 5 ? Double.parseDouble(args[4]) : 0;
        if (name.equals("paired_1t")) {
            paired("token_walk", "pipeline_1t", warmUp, file, passes, warmUpSeconds);
            return;
        }
        if (name.equals("paired_2t")) {
            paired("pipeline_2t", "pipeline_1t", warmUp, file, passes, warmUpSeconds);
            return;
        }
        long[] records = {0};
        Pass pass = pass(name, records);
        // One warm-up pass at least, then more until the warm-up time has passed: the JIT compiles
        // the hot paths during the first seconds, on the other core, and timing a pass while it
        // still competes for the cores measures the compiler, not Jisr.
        long warmUpStart = System.nanoTime();
        do {
            pass.run(warmUp);
        } while ((System.nanoTime() - warmUpStart) / 1e9 < warmUpSeconds);
        double[] seconds = new double[passes];
        long problems = 0;
        for (int p = 0; p < passes; p++) {
            long start = System.nanoTime();
            problems = pass.run(file);
            seconds[p] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[passes / 2];
        long bytes = size(file);
        print(name + "_mb_s", bytes / 1e6 / median);
        print(name + "_records_s", records[0] / median);
        print(name + "_seconds", median);
        System.out.println(name + "_records=" + records[0]);
        System.out.println(name + "_problems=" + problems);
    }

    /**
     * Two measurements in one JVM, pass after pass in turn, each pass of the second between two
     * passes of the first: the ratio of a pass of the second to the mean of the passes of the
     * first around it compares two measurements made on the machine as it was at that moment.
     * {@code paired_1t} pairs the token walk (first) with the single-thread pipeline;
     * {@code paired_2t} pairs the two-thread pipeline (first) with the single-thread one. Prints
     * {@code paired_<name>_mb_s} for each (the median of its passes), {@code paired_ratio} (the
     * median of the ratios: how many times faster the first is) and {@code paired_ratios}.
     */
    private static void paired(String first, String second, Path warmUp, Path file, int passes, double warmUpSeconds) {
        long[] records = {0};
        Pass a = first.equals("token_walk") ? isolatedTokenWalk() : pass(first, records);
        Pass b = pass(second, records);
        long warmUpStart = System.nanoTime();
        do {
            a.run(warmUp);
            b.run(warmUp);
        } while ((System.nanoTime() - warmUpStart) / 1e9 < warmUpSeconds);
        double[] as = new double[passes + 1];
        double[] bs = new double[passes];
        double[] ratios = new double[passes];
        as[0] = timed(a, file);
        for (int p = 0; p < passes; p++) {
            bs[p] = timed(b, file);
            as[p + 1] = timed(a, file);
            ratios[p] = bs[p] / ((as[p] + as[p + 1]) / 2);
        }
        long bytes = size(file);
        print("paired_" + first + "_mb_s", bytes / 1e6 / median(as));
        print("paired_" + second + "_mb_s", bytes / 1e6 / median(bs));
        print("paired_ratio", median(ratios));
        StringBuilder each = new StringBuilder();
        for (double r : ratios) {
            each.append(each.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.2f", r));
        }
        System.out.println("paired_ratios=" + each);
    }

    /**
     * The token walk, from classes of its own: this class and Jackson loaded again by a class
     * loader of their own, so that the JIT compiles the walk's parser apart from the pipeline's.
     * Loaded by the same class loader, the walk ran on code compiled for the pipeline's use of the
     * parser, some 25 to 30 % slower than in a JVM of its own (280 to 330 against 413 MB/s in the
     * same run), which made the pipeline look closer to it than it is.
     */
    private static Pass isolatedTokenWalk() {
        try {
            String[] path = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
            java.net.URL[] urls = new java.net.URL[path.length];
            for (int i = 0; i < path.length; i++) {
                urls[i] = Path.of(path[i]).toUri().toURL();
            }
            ClassLoader own = new java.net.URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            java.lang.reflect.Method walk = Class.forName(Throughput.class.getName(), true, own)
                    .getDeclaredMethod("tokenWalk", Path.class, long[].class);
            walk.setAccessible(true);
            if (walk.getDeclaringClass() == Throughput.class) {
                throw new IllegalStateException("the token walk's class loader gave this class again");
            }
            long[] records = {0};
            return file -> {
                try {
                    return (long) walk.invoke(null, file, records);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (java.io.IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the token walk apart", e);
        }
    }

    private static double timed(Pass pass, Path file) {
        long start = System.nanoTime();
        pass.run(file);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.2f", value));
    }

    /**
     * The pass of a measurement.
     *
     * @param name    the measurement
     * @param records where the pass writes how many records it went through
     * @return the pass
     */
    static Pass pass(String name, long[] records) {
        return switch (name) {
            case "token_walk" -> file -> tokenWalk(file, records);
            case "pipeline_1t", "pipeline_doc_1t" -> validate(validator(1), records);
            case "pipeline_2t" -> validate(validator(2), records);
            case "naive" -> {
                NaiveBaseline naive = new NaiveBaseline();
                yield file -> {
                    NaiveBaseline.Result r = naive.validate(file);
                    records[0] = r.records();
                    return r.problems();
                };
            }
            case "convert_csv" -> {
                Jisr jisr = Jisr.builder().build();
                yield file -> {
                    Path out = file.resolveSibling("throughput-convert.zip");
                    ConversionReport r = jisr.convert(file, "ndjson", out, "csv-fr", false);
                    records[0] = r.recordsRead();
                    return r.findings().errors();
                };
            }
            default -> throw new IllegalArgumentException("unknown measurement: " + name);
        };
    }

    private static Pass validate(Validator validator, long[] records) {
        return file -> {
            ValidationReport r = validator.validate(file);
            records[0] = r.records();
            return r.errors();
        };
    }

    private static long tokenWalk(Path file, long[] records) {
        JsonFactory factory = new JsonFactory();
        // A record is an object at the top level of a stream (after the header line), or an
        // object at depth 2 of a document (inside the records array; the header's own members
        // are strings and text objects at depth 1).
        boolean stream = file.getFileName().toString().endsWith(".ndjson");
        int recordDepth = stream ? 0 : 2;
        long tokens = 0;
        long found = 0;
        int depth = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                tokens++;
                if (t.isStructStart()) {
                    if (t == JsonToken.START_OBJECT && depth == recordDepth) {
                        found++;
                    }
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records[0] = stream ? found - 1 : found;
        return tokens;
    }

    /** A validator with the given number of threads ({@code Validator.Builder#parallelism}). */
    static Validator validator(int threads) {
        return Validator.builder().parallelism(threads).build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
