package org.jisr.testkit.tck;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.Detection;
import org.jisr.spi.Limitation;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.spi.SpiVersion;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/** The dynamic tests of one run of the {@link AdapterContractTest}, for one adapter instance. */
final class ContractTests {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9.+-]*");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(?:\\s*;.*)?");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final int LARGE_INPUT = 4 << 20;
    private static final int DETECTION_BUDGET = 1 << 20;
    private static final int MAX_RECORDS = 1_000_000;
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;
    private static final int MAX_PROBLEMS_SHOWN = 15;

    private final Adapter adapter;
    private final AdapterDescriptor descriptor;
    private final String id;
    private final List<Sample> samples;
    private final List<Sample> malformed;
    private final List<Sample> foreign;
    private final int recordsPerType;
    private final long seed;

    ContractTests(Adapter adapter, List<Sample> samples, List<Sample> malformed, List<Sample> foreign,
            int recordsPerType, long seed) {
        this.adapter = adapter;
        this.descriptor = adapter.descriptor();
        this.id = descriptor.id();
        this.samples = List.copyOf(samples);
        this.malformed = List.copyOf(malformed);
        this.foreign = List.copyOf(foreign);
        this.recordsPerType = recordsPerType;
        this.seed = seed;
    }

    Stream<DynamicNode> all() {
        List<DynamicNode> parts = new ArrayList<>();
        parts.add(dynamicContainer("descriptor", descriptorTests()));
        if (descriptor.reads()) {
            parts.add(dynamicContainer("detection", detectionTests()));
            parts.add(dynamicContainer("reading", readingTests()));
            parts.add(dynamicContainer("broken input", brokenInputTests()));
        }
        if (descriptor.writes() && !descriptor.reads()) {
            parts.add(dynamicContainer("writing", writingTests()));
        }
        if (descriptor.reads() && descriptor.writes()) {
            parts.add(dynamicContainer("round trip", roundTripTests()));
            parts.add(dynamicContainer("naughty strings", naughtyStringTests()));
        }
        parts.add(dynamicContainer("closing", closingTests()));
        parts.add(dynamicContainer("concurrency", Stream.of(test(
                THREADS + " threads converting at once get the same results as one",
                () -> descriptor.reads() ? List.<JisrRecord>of() : generated(declaredTypes().iterator().next(), 10),
                this::concurrentUse))));
        return parts.stream();
    }

    // ---- descriptor

    private Stream<DynamicNode> descriptorTests() {
        AdapterDescriptor d = descriptor;
        return Stream.of(
                test("answers the same descriptor each time", () -> {
                    AdapterDescriptor again = call("returning its descriptor a second time", adapter::descriptor);
                    check(again.equals(d), "descriptor() answered differently the second time: " + d + " then " + again);
                }),
                test("is valid: id «" + d.id() + "», SPI version " + d.spiVersion() + ", version, extensions, "
                        + "media types", () -> {
                            check(ID.matcher(d.id()).matches(), "the id is not lower-case kebab-case: " + d.id());
                            check(SpiVersion.isSupported(d.spiVersion()), "SPI version " + d.spiVersion()
                                    + " is not supported by this Jisr (SPI " + SpiVersion.CURRENT + ")");
                            check(!d.name().isBlank() && !d.version().isBlank(), "a blank name or version");
                            for (String e : d.extensions()) {
                                check(EXTENSION.matcher(e).matches() && e.equals(e.toLowerCase(Locale.ROOT)),
                                        "extension «" + e + "» is not lower-case without a dot");
                            }
                            for (String m : d.mediaTypes()) {
                                check(MEDIA_TYPE.matcher(m).matches(), "media type «" + m + "» is not type/subtype");
                            }
                        }),
                test("limitations concern record types it carries, by JSON Pointer pattern", () -> {
                    Set<Limitation> seen = new HashSet<>();
                    for (Limitation l : d.limitations()) {
                        check(l.recordType() == null || d.recordTypes().contains(l.recordType()),
                                "limitation " + l.pointer() + " is about " + l.recordType()
                                        + ", a record type the adapter does not declare");
                        check(l.pointer().startsWith("/"), "a limitation of the whole record (pointer \"\") says "
                                + "the adapter carries nothing: declare the parts it cannot carry");
                        check(seen.add(l), "limitation " + l.pointer() + " is declared twice");
                    }
                }),
                test("limitations are described in French, Arabic and English", () -> {
                    for (Limitation l : d.limitations()) {
                        describedInAllLanguages(l.description(), "limitation " + l.pointer());
                    }
                }));
    }

    private void describedInAllLanguages(MultilingualText text, String what) {
        for (String language : LANGUAGES) {
            check(text.get(language).isPresent(), what + " has no description in «" + language + "»: " + text.texts());
        }
        check(ARABIC_LETTER.matcher(text.get("ar").orElse("")).find(),
                what + ": the Arabic description is not in Arabic script: " + text.get("ar").orElse(""));
    }

    // ---- detection

    private Stream<DynamicNode> detectionTests() {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(samplesGiven());
        for (Sample s : samples) {
            tests.add(test("recognises " + s.name(), () -> {
                RecordingInput in = s.input();
                Detection detection = detect(in);
                check(detection.canRead(), "did not recognise the sample " + s.name() + ": " + detection);
                closedEverything(in, "detecting " + s.name());
            }));
        }
        for (Sample s : foreign) {
            tests.add(test("answers NO for " + s.name(), () -> {
                RecordingInput in = s.input();
                Detection detection = detect(in);
                check(!detection.canRead(), "took " + s.name() + ", which is not in its format, for its own: "
                        + detection);
                closedEverything(in, "detecting " + s.name());
            }));
        }
        tests.add(test("does not fail on an empty input", () -> {
            RecordingInput in = RecordingInput.of(fileName("empty"), new byte[0]);
            detect(in);
            closedEverything(in, "detecting an empty input");
        }));
        tests.add(test("reads at most 1 MiB of a 4 MiB input", () -> {
            Sample first = samples.isEmpty() ? Sample.of(fileName("large"), "x") : samples.get(0);
            RecordingInput in = RecordingInput.of(first.name(), repeat(first.bytes(), LARGE_INPUT));
            detect(in);
            check(in.bytesRead() <= DETECTION_BUDGET, "detection read " + in.bytesRead()
                    + " bytes of a 4 MiB input: it must look at the start only (AdapterInput.peek)");
            closedEverything(in, "detecting a large input");
        }));
        return tests.stream();
    }

    private Detection detect(RecordingInput in) {
        return call("detecting " + in.name(), () -> adapter.detect(in));
    }

    // ---- reading

    private Stream<DynamicNode> readingTests() {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(samplesGiven());
        for (Sample s : samples) {
            tests.add(test("reads " + s.name() + " without error findings", () -> {
                RecordingContext context = new RecordingContext();
                RecordingInput in = s.input();
                Reading reading = read(in, context);
                noErrors(context, "reading " + s.name());
                check(!reading.records().isEmpty(), "read no record from the sample " + s.name());
                for (JisrRecord r : reading.records()) {
                    check(descriptor.recordTypes().contains(r.type()), "read a " + r.type().jsonName()
                            + " record («" + r.id() + "»), a type its descriptor does not declare");
                }
                wellFormedFindings(context, in.name(), false);
                closedEverything(in, "reading " + s.name());
            }));
        }
        return tests.stream();
    }

    private DynamicNode samplesGiven() {
        return test("is given samples to read", () -> check(!samples.isEmpty(),
                "the adapter reads, so the test class must give samples() of its format"));
    }

    /** What a reader gave, read to the end. */
    private record Reading(List<JisrRecord> records, List<Location> locations, DocumentMetadata metadata) {
    }

    private Reading read(RecordingInput in, RecordingContext context) {
        String doing = "reading " + in.name();
        RecordReader reader = call("opening a reader of " + in.name(), () -> adapter.openReader(in, context));
        List<JisrRecord> records = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        DocumentMetadata metadata;
        try {
            Optional<JisrRecord> next;
            while ((next = call(doing, reader::next)).isPresent()) {
                records.add(next.get());
                check(records.size() <= MAX_RECORDS, "read more than " + MAX_RECORDS + " records from "
                        + in.name() + " (" + in.bytes().length + " bytes): the reader does not end");
                locations.add(locate(reader, "", in.name()));
                locate(reader, "/id", in.name());
            }
            check(call(doing, reader::next).isEmpty(), "next() gave a record after it had given empty");
            metadata = call("returning the metadata of " + in.name(), reader::metadata);
        } finally {
            call("closing the reader of " + in.name(), () -> {
                reader.close();
                return null;
            });
        }
        return new Reading(List.copyOf(records), List.copyOf(locations), metadata);
    }

    private Location locate(RecordReader reader, String pointer, String file) {
        Location at = call("locating «" + pointer + "» in " + file, () -> reader.locate(pointer));
        check(at != null && at.file().startsWith(file), "locate(\"" + pointer + "\") answered " + at
                + ", which is not in " + file);
        return at;
    }

    // ---- writing

    private Stream<DynamicNode> writingTests() {
        List<DynamicNode> tests = new ArrayList<>();
        for (RecordType type : declaredTypes()) {
            tests.add(test("writes " + recordsPerType + " generated " + type.jsonName()
                    + " records, reporting only declared losses", () -> generated(type, recordsPerType), records -> {
                        RecordingContext context = new RecordingContext();
                        RecordingOutput out = RecordingOutput.named(fileName("generated"));
                        write(records, DocumentMetadata.EMPTY, out, context);
                        noErrors(context, "writing generated " + type.jsonName() + " records");
                        check(out.bytes().length > 0, "wrote nothing for " + records.size() + " records");
                        declaredLosses(context);
                        wellFormedFindings(context, out.name(), true);
                    }));
        }
        return tests.stream();
    }

    private void write(List<JisrRecord> records, DocumentMetadata metadata, RecordingOutput out,
            RecordingContext context) {
        RecordWriter writer = call("opening a writer of " + out.name(), () -> adapter.openWriter(out, context));
        try {
            call("beginning " + out.name(), () -> {
                writer.begin(metadata);
                return null;
            });
            for (JisrRecord r : records) {
                call("writing the " + r.type().jsonName() + " «" + r.id() + "» to " + out.name(), () -> {
                    writer.write(r);
                    return null;
                });
            }
        } finally {
            call("closing the writer of " + out.name(), () -> {
                writer.close();
                return null;
            });
        }
        check(out.closed(), "the writer did not close its output " + out.name());
    }

    private void declaredLosses(RecordingContext context) {
        List<String> undeclared = new ArrayList<>();
        for (RecordingContext.Loss loss : context.losses()) {
            if (!covered(loss.record().type(), loss.pointer())) {
                undeclared.add(loss.record().type().jsonName() + " «" + loss.record().id() + "» " + loss.pointer());
            }
        }
        check(undeclared.isEmpty(), "reported losses that no declared limitation covers (declare them in the "
                + "descriptor):\n  " + shown(undeclared));
    }

    // ---- round trip

    private Stream<DynamicNode> roundTripTests() {
        List<DynamicNode> tests = new ArrayList<>();
        for (RecordType type : declaredTypes()) {
            tests.add(test(recordsPerType + " generated " + type.jsonName()
                    + " records: write, read back, equal up to the declared limitations",
                    () -> generated(type, recordsPerType),
                    records -> roundTrip(records, DocumentMetadata.EMPTY, "generated " + type.jsonName() + " records")));
        }
        for (Sample s : samples) {
            tests.add(test(s.name() + ": read, write, read again, equal up to the declared limitations", () -> {
                RecordingContext context = new RecordingContext();
                Reading first = read(s.input(), context);
                roundTrip(first.records(), first.metadata(), "the records of " + s.name());
            }));
        }
        return tests.stream();
    }

    private void roundTrip(List<JisrRecord> records, DocumentMetadata metadata, String what) {
        RecordingContext writing = new RecordingContext();
        RecordingOutput out = RecordingOutput.named(fileName("round-trip"));
        write(records, metadata, out, writing);
        noErrors(writing, "writing " + what);
        wellFormedFindings(writing, out.name(), true);
        declaredLosses(writing);

        RecordingInput in = RecordingInput.of(out.name(), out.bytes());
        check(detect(in).canRead(), "does not recognise what it wrote itself (" + what + ")");
        RecordingContext reading = new RecordingContext();
        List<JisrRecord> back = read(in, reading).records();
        noErrors(reading, "reading back " + what);
        wellFormedFindings(reading, in.name(), in.bytes().length == 0);
        closedEverything(in, "reading back " + what);

        check(back.size() == records.size(), "wrote " + records.size() + " records (" + what + ") and read back "
                + back.size() + "\n--- written:\n" + out.text());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JisrRecord before = records.get(i);
            List<String> lost = writing.lostPointers(before);
            String record = "record " + i + " (" + before.type().jsonName() + " «" + before.id() + "») ";
            for (RecordTrees.Difference d : RecordTrees.differences(before, back.get(i))) {
                if (!covered(before.type(), d.pointer())) {
                    problems.add(record + d + "\n    no declared limitation covers " + d.pointer());
                } else if (d.lostBefore() && !reported(lost, d.pointer())) {
                    problems.add(record + d + "\n    lost without being reported (AdapterContext.lost)");
                }
            }
            Map<String, String> after = RecordTrees.leaves(back.get(i));
            RecordTrees.leaves(before).forEach((pointer, value) -> {
                if (covered(before.type(), pointer) && value.equals(after.get(pointer))) {
                    problems.add(record + pointer + ": " + value + " came back unchanged, though a declared "
                            + "limitation says it cannot be carried (a conversion would report it lost)");
                }
            });
        }
        check(problems.isEmpty(), "the records changed in the round trip (" + what + "):\n  " + shown(problems)
                + "\n--- written:\n" + abbreviated(out.text()));
    }

    private boolean covered(RecordType type, String pointer) {
        return descriptor.limitations().stream().anyMatch(l -> l.covers(type, pointer));
    }

    private static boolean reported(List<String> lost, String pointer) {
        return lost.stream().anyMatch(p -> p.equals(pointer) || pointer.startsWith(p + "/") || p.isEmpty());
    }

    // ---- naughty strings

    /** A plain name, which must go through untouched for the naughty strings to mean anything. */
    private static final String PLAIN = "Sousse";

    private Stream<DynamicNode> naughtyStringTests() {
        List<DynamicNode> tests = new ArrayList<>();
        for (RecordType type : declaredTypes()) {
            for (NaughtyStrings.Field field : NaughtyStrings.fields(type)) {
                if (covered(type, field.pointer())) {
                    continue;
                }
                tests.add(test("the naughty strings in the " + field.name() + " of a " + type.jsonName()
                        + ": each comes back unchanged, or a finding says why", () -> generated(type, 1).get(0),
                        base -> naughtyStrings(field, base)));
            }
        }
        return tests.stream();
    }

    private void naughtyStrings(NaughtyStrings.Field field, JisrRecord base) {
        List<String> strings = new ArrayList<>();
        strings.add(PLAIN);
        strings.addAll(NaughtyStrings.all());
        List<JisrRecord> records = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            records.add(field.with(base, "naughty-" + i, strings.get(i)));
        }
        Carried plain = carry(field, records.get(0));
        check(plain.same() && plain.findings().isEmpty(), "a plain " + field.name() + " «" + PLAIN + "» did not "
                + "come back unchanged and without warnings: came back as «" + plain.back() + "», "
                + plain.findings().stream().map(ContractTests::describe).toList());

        // All strings in one file first; only those that do not come back are tried one by one.
        List<Integer> suspects = new ArrayList<>();
        try {
            RecordingContext writing = new RecordingContext();
            RecordingOutput out = RecordingOutput.named(fileName("naughty"));
            write(records, DocumentMetadata.EMPTY, out, writing);
            RecordingContext reading = new RecordingContext();
            Map<String, JisrRecord> back = new java.util.HashMap<>();
            for (JisrRecord r : read(RecordingInput.of(out.name(), out.bytes()), reading).records()) {
                back.putIfAbsent(r.id(), r);
            }
            for (int i = 0; i < records.size(); i++) {
                JisrRecord r = back.get(records.get(i).id());
                if (r == null || !field.get(r).equals(Optional.of(strings.get(i)))) {
                    suspects.add(i);
                }
            }
        } catch (AssertionFailedError failed) {
            for (int i = 1; i < records.size(); i++) {
                suspects.add(i);
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> codes = new java.util.TreeMap<>();
        for (int i : suspects) {
            String s = strings.get(i);
            try {
                Carried c = carry(field, records.get(i));
                if (!c.same() && c.findings().isEmpty() && c.losses().isEmpty()) {
                    problems.add("«" + escaped(s) + "» came back as «" + (c.back() == null ? "(nothing)"
                            : escaped(c.back())) + "» without a finding");
                }
                c.findings().forEach(f -> codes.merge(f.code(), 1, Integer::sum));
                if (!c.losses().isEmpty()) {
                    codes.merge("(reported lost)", 1, Integer::sum);
                }
            } catch (AssertionFailedError failed) {
                problems.add("«" + escaped(s) + "»: " + failed.getMessage());
            }
        }
        NaughtyStringsReport.add(id, field.type().jsonName() + field.pointer(), strings.size() - 1, suspects.size(),
                codes, problems.size());
        check(problems.isEmpty(), problems.size() + " of " + (strings.size() - 1) + " naughty strings in the "
                + field.name() + " crashed the adapter or changed silently:\n  " + shown(problems));
    }

    /** What came back of one record written alone and read back, and the warnings and errors on the way. */
    private record Carried(boolean same, String back, List<Finding> findings, List<RecordingContext.Loss> losses) {
    }

    private Carried carry(NaughtyStrings.Field field, JisrRecord record) {
        RecordingContext writing = new RecordingContext();
        RecordingOutput out = RecordingOutput.named(fileName("naughty"));
        write(List.of(record), DocumentMetadata.EMPTY, out, writing);
        wellFormedFindings(writing, out.name(), true);
        RecordingInput in = RecordingInput.of(out.name(), out.bytes());
        RecordingContext reading = new RecordingContext();
        List<JisrRecord> back = read(in, reading).records();
        wellFormedFindings(reading, in.name(), in.bytes().length == 0);
        closedEverything(in, "reading back a naughty string");
        String value = back.size() == 1 ? field.get(back.get(0)).orElse(null) : null;
        // Information findings (the encoding or separator a reader recognised) explain no change.
        List<Finding> findings = new ArrayList<>();
        Stream.concat(writing.findings().stream(), reading.findings().stream())
                .filter(f -> f.severity() != Severity.INFO).forEach(findings::add);
        return new Carried(value != null && value.equals(field.get(record).orElse(null)), value, findings,
                writing.losses());
    }

    /** A string with its control, format and non-ASCII space characters as {@code \\uXXXX}, to be read in a report. */
    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && cp != ' ')
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return abbreviated(b.toString(), 200);
    }

    // ---- broken input

    private Stream<DynamicNode> brokenInputTests() {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(test("an empty input gives findings or no records", () -> {
            RecordingContext context = new RecordingContext();
            RecordingInput in = RecordingInput.of(fileName("empty"), new byte[0]);
            Reading reading = readInTime(in, context);
            check(reading.records().isEmpty() || !context.findings().isEmpty(),
                    "read " + reading.records().size() + " records from an empty input, without a finding");
            wellFormedFindings(context, in.name(), true);
            closedEverything(in, "reading an empty input");
        }));
        for (Sample s : malformed) {
            tests.add(test("malformed " + s.name() + " gives an error finding", () -> {
                RecordingContext context = new RecordingContext();
                RecordingInput in = s.input();
                readInTime(in, context);
                check(!context.errors().isEmpty(), "reported no error finding for the malformed sample " + s.name());
                wellFormedFindings(context, in.name(), in.bytes().length == 0);
                closedEverything(in, "reading " + s.name());
            }));
        }
        for (int n = 0; n < samples.size(); n++) {
            Sample s = samples.get(n);
            byte[] bytes = s.bytes();
            List<DynamicNode> variants = new ArrayList<>();
            for (int at : truncationPoints(bytes.length)) {
                variants.add(survives(s.name(), Arrays.copyOf(bytes, at),
                        "truncated after " + at + " of " + bytes.length + " bytes"));
            }
            Random random = new Random(seed + n);
            for (int v = 0; v < 8 && bytes.length > 0; v++) {
                byte[] flipped = bytes.clone();
                List<Integer> positions = new ArrayList<>();
                for (int k = 0; k <= v % 3; k++) {
                    int at = random.nextInt(flipped.length);
                    flipped[at] = v % 2 == 0 ? (byte) ~flipped[at] : (byte) random.nextInt(256);
                    positions.add(at);
                }
                variants.add(survives(s.name(), flipped, "with bytes changed at " + positions));
            }
            tests.add(dynamicContainer(s.name() + " broken", variants.stream()));
        }
        return tests.stream();
    }

    private DynamicNode survives(String name, byte[] bytes, String how) {
        return test(how + ": findings, no exception", () -> {
            RecordingContext context = new RecordingContext();
            RecordingInput in = RecordingInput.of(name, bytes);
            readInTime(in, context);
            wellFormedFindings(context, in.name(), bytes.length == 0);
            closedEverything(in, "reading " + name + " " + how);
        });
    }

    private static Collection<Integer> truncationPoints(int length) {
        TreeSet<Integer> points = new TreeSet<>();
        points.add(1);
        for (int k = 1; k < 8; k++) {
            points.add(length * k / 8);
        }
        points.add(length - 1);
        points.removeIf(p -> p <= 0 || p >= length);
        return points;
    }

    private Reading readInTime(RecordingInput in, RecordingContext context) {
        return Assertions.assertTimeoutPreemptively(TIME_LIMIT, () -> read(in, context),
                () -> id + " did not finish reading " + in.name() + " within " + TIME_LIMIT.toSeconds() + " s");
    }

    // ---- closing

    private Stream<DynamicNode> closingTests() {
        List<DynamicNode> tests = new ArrayList<>();
        if (descriptor.reads()) {
            for (Sample s : samples) {
                tests.add(test("closes what it opened after reading all of " + s.name(), () -> {
                    RecordingInput in = s.input();
                    read(in, new RecordingContext());
                    closedEverything(in, "reading all of " + s.name());
                }));
                tests.add(test("closes what it opened after reading one record of " + s.name(), () -> {
                    RecordingInput in = s.input();
                    RecordReader reader = call("opening a reader", () -> adapter.openReader(in, new RecordingContext()));
                    try {
                        call("reading " + s.name(), reader::next);
                    } finally {
                        call("closing the reader", () -> {
                            reader.close();
                            return null;
                        });
                    }
                    closedEverything(in, "reading one record of " + s.name());
                }));
                tests.add(test("closes what it opened when closed before reading " + s.name(), () -> {
                    RecordingInput in = s.input();
                    RecordReader reader = call("opening a reader", () -> adapter.openReader(in, new RecordingContext()));
                    call("closing the reader", () -> {
                        reader.close();
                        return null;
                    });
                    closedEverything(in, "closing a reader of " + s.name() + " before reading");
                }));
            }
        }
        if (descriptor.writes()) {
            tests.add(test("closes its output when no record is written", () -> {
                RecordingContext context = new RecordingContext();
                write(List.of(), DocumentMetadata.EMPTY, RecordingOutput.named(fileName("empty")), context);
                noErrors(context, "writing no record");
            }));
            RecordType type = declaredTypes().iterator().next();
            tests.add(test("closes its output after writing a record", () -> generated(type, 1),
                    records -> write(records, DocumentMetadata.EMPTY, RecordingOutput.named(fileName("one")),
                            new RecordingContext())));
        }
        return tests.stream();
    }

    private void closedEverything(RecordingInput in, String doing) {
        check(in.unclosedStreams() == 0, "left " + in.unclosedStreams() + " of the " + in.openedStreams()
                + " streams it opened unclosed after " + doing);
    }

    // ---- concurrency

    private void concurrentUse(List<JisrRecord> generated) throws Exception {
        List<String> expected = conversions(generated);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<List<String>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<List<String>> rounds = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        rounds.add(conversions(generated));
                    }
                    return rounds;
                }));
            }
            for (Future<List<List<String>>> future : futures) {
                List<List<String>> rounds;
                try {
                    rounds = future.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionFailedError(id + ": concurrent conversions did not finish within "
                            + TIME_LIMIT.toSeconds() + " s (a deadlock?)", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionFailedError(id + " failed when used by " + THREADS + " threads at once: "
                            + e.getCause(), e.getCause());
                }
                for (List<String> round : rounds) {
                    for (int i = 0; i < expected.size(); i++) {
                        sameResult(expected.get(i), round.get(i));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sameResult(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        throw new AssertionFailedError(id + " gave another result when used by " + THREADS + " threads at once; "
                + "first difference on line " + (line + 1) + " of the result:\n  alone:      "
                + abbreviated(line < a.size() ? a.get(line) : "(nothing)", 300) + "\n  concurrent: "
                + abbreviated(line < b.size() ? b.get(line) : "(nothing)", 300));
    }

    /** Converts each sample (read, then write back when it writes) or the generated records, as text. */
    private List<String> conversions(List<JisrRecord> generated) {
        List<String> results = new ArrayList<>();
        if (descriptor.reads()) {
            for (Sample s : samples) {
                RecordingContext context = new RecordingContext();
                RecordingInput in = s.input();
                StringBuilder result = new StringBuilder("detection: ").append(detect(in)).append('\n');
                Reading reading = read(in, context);
                for (int i = 0; i < reading.records().size(); i++) {
                    result.append(RecordTrees.json(reading.records().get(i))).append(" @ ")
                            .append(reading.locations().get(i)).append('\n');
                }
                if (descriptor.writes()) {
                    RecordingOutput out = RecordingOutput.named(fileName("concurrent"));
                    write(reading.records(), reading.metadata(), out, context);
                    result.append("output:\n").append(out.text());
                }
                results.add(result.append(summary(context)).toString());
            }
        } else {
            RecordingContext context = new RecordingContext();
            RecordingOutput out = RecordingOutput.named(fileName("concurrent"));
            write(generated, DocumentMetadata.EMPTY, out, context);
            results.add(out.text() + summary(context));
        }
        return results;
    }

    private static String summary(RecordingContext context) {
        StringBuilder s = new StringBuilder();
        for (Finding f : context.findings()) {
            s.append("finding ").append(f.code()).append(' ').append(f.parameters()).append(" @ ")
                    .append(f.location()).append('\n');
        }
        for (RecordingContext.Loss l : context.losses()) {
            s.append("lost ").append(l.record().id()).append(l.pointer()).append('\n');
        }
        return s.toString();
    }

    // ---- findings

    private void noErrors(RecordingContext context, String doing) {
        List<Finding> errors = context.errors();
        check(errors.isEmpty(), "reported " + errors.size() + " error finding(s) while " + doing + ":\n  "
                + shown(errors.stream().map(ContractTests::describe).toList()));
    }

    private void wellFormedFindings(RecordingContext context, String file, boolean emptyInput) {
        Set<FindingType> messagesChecked = new HashSet<>();
        for (Finding f : context.findings()) {
            FindingType type = f.type();
            check(f.parameters().keySet().equals(Set.copyOf(type.parameters())), "finding " + f.code()
                    + " has parameters " + f.parameters().keySet() + ", its type declares " + type.parameters());
            if (messagesChecked.add(type)) {
                for (String language : LANGUAGES) {
                    Optional<String> template = FindingMessages.of(language).template(type);
                    check(template.isPresent(), "finding " + f.code() + " has no message in «" + language
                            + "» in its bundle " + type.messageBundle());
                    if (language.equals("ar")) {
                        check(ARABIC_LETTER.matcher(template.get()).find(),
                                "the Arabic message of " + f.code() + " is not in Arabic script: " + template.get());
                    }
                }
            }
            Location at = f.location();
            check(at.file().startsWith(file), "finding " + describe(f) + " is not located in " + file);
            check(emptyInput || at.line() >= 1 && at.column() >= 1,
                    "finding " + describe(f) + " has no line and column (they are 1-based)");
        }
    }

    private static String describe(Finding f) {
        return f.code() + " (" + f.severity().code() + ") at " + f.location() + ": "
                + FindingMessages.of("en").render(f);
    }

    // ---- plumbing

    private List<JisrRecord> generated(RecordType type, int count) {
        return GeneratedRecords.of(type, seed, count);
    }

    private Set<RecordType> declaredTypes() {
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        types.addAll(descriptor.recordTypes());
        return types;
    }

    private String fileName(String base) {
        return descriptor.extensions().isEmpty() ? base : base + "." + descriptor.extensions().get(0);
    }

    /** A test whose body runs with System.out and System.err captured. */
    private DynamicNode test(String name, Executable body) {
        return dynamicTest(name, () -> quietly(body));
    }

    /** A test that prepares data (generates records) before capturing the standard streams. */
    private <T> DynamicNode test(String name, ThrowingSupplier<T> prepare, ThrowingConsumer<T> body) {
        return dynamicTest(name, () -> {
            T data = prepare.get();
            quietly(() -> body.accept(data));
        });
    }

    /** Runs adapter code with the standard streams captured, and fails when it wrote to them. */
    private void quietly(Executable body) throws Throwable {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            body.execute();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        check(capturedOut.size() == 0, "wrote to System.out (only the CLI writes to standard streams):\n"
                + abbreviated(capturedOut.toString(StandardCharsets.UTF_8)));
        check(capturedErr.size() == 0, "wrote to System.err (only the CLI writes to standard streams):\n"
                + abbreviated(capturedErr.toString(StandardCharsets.UTF_8)));
    }

    /** Calls adapter code; an exception it throws fails the test with what was being done. */
    private <T> T call(String doing, ThrowingSupplier<T> code) {
        try {
            return code.get();
        } catch (AssertionFailedError | VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionFailedError(id + " threw " + e + " while " + doing
                    + " (problems in the data are findings, never exceptions)", e);
        }
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionFailedError(id + ": " + failure);
        }
    }

    private static String shown(List<String> problems) {
        String shown = problems.stream().limit(MAX_PROBLEMS_SHOWN).collect(Collectors.joining("\n  "));
        return problems.size() > MAX_PROBLEMS_SHOWN
                ? shown + "\n  … and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more"
                : shown;
    }

    private static String abbreviated(String text) {
        return abbreviated(text, 4000);
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " …";
    }

    private static byte[] repeat(byte[] unit, int atLeast) {
        byte[] one = unit.length == 0 ? new byte[] {' '} : unit;
        byte[] bytes = new byte[atLeast];
        for (int i = 0; i < atLeast; i += one.length) {
            System.arraycopy(one, 0, bytes, i, Math.min(one.length, atLeast - i));
        }
        return bytes;
    }
}
