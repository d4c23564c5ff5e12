package org.jisr.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.runtime.Jisr;
import org.jisr.runtime.fixtures.RecordingContext;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.Location;
import org.junit.jupiter.api.Test;

/**
 * The guard around adapter code, through the guarded adapters a runtime gives out. The adapter
 * here is a small real one that fails where it is told to.
 */
class GuardTest {

    /** Where {@link FaultyAdapter} fails. */
    enum Fault {
        NONE, DETECT, OPEN_READER, NEXT, METADATA, LOCATE, CLOSE_READER, OPEN_WRITER, BEGIN, WRITE, CLOSE_WRITER
    }

    /**
     * Reads {@code records} associations (or forever when negative) and writes into nothing,
     * throwing what {@code failure} gives at {@code fault}.
     */
    static class FaultyAdapter implements Adapter {
        final Fault fault;
        final Supplier<? extends Throwable> failure;
        final int records;
        final AtomicInteger nextCalls = new AtomicInteger();
        final AtomicInteger writeCalls = new AtomicInteger();
        final AtomicInteger closeCalls = new AtomicInteger();

        FaultyAdapter(Fault fault, Supplier<? extends Throwable> failure, int records) {
            this.fault = fault;
            this.failure = failure;
            this.records = records;
        }

        FaultyAdapter(Fault fault) {
            this(fault, () -> new IllegalStateException("broken on purpose"), 2);
        }

        private void failAt(Fault here) {
            if (fault == here) {
                sneakyThrow(failure.get());
            }
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
            throw (T) t;
        }

        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("faulty", "Faulty").extensions("faulty").build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            failAt(Fault.DETECT);
            return Detection.of(0.7, "always");
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            failAt(Fault.OPEN_READER);
            return new RecordReader() {
                int read;

                @Override
                public Optional<JisrRecord> next() {
                    nextCalls.incrementAndGet();
                    failAt(Fault.NEXT);
                    if (records >= 0 && read >= records) {
                        return Optional.empty();
                    }
                    read++;
                    return Optional.of(Organization.builder("o-" + read).name(MultilingualText.of("fr", "O " + read))
                            .kind(OrganizationKind.NGO).build());
                }

                @Override
                public DocumentMetadata metadata() {
                    failAt(Fault.METADATA);
                    return DocumentMetadata.EMPTY;
                }

                @Override
                public Location locate(String pointerInRecord) {
                    failAt(Fault.LOCATE);
                    return Location.of(input.name(), pointerInRecord, read, 1);
                }

                @Override
                public void close() {
                    closeCalls.incrementAndGet();
                    failAt(Fault.CLOSE_READER);
                }
            };
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            failAt(Fault.OPEN_WRITER);
            return new RecordWriter() {
                @Override
                public void begin(DocumentMetadata metadata) {
                    failAt(Fault.BEGIN);
                }

                @Override
                public void write(JisrRecord record) {
                    writeCalls.incrementAndGet();
                    failAt(Fault.WRITE);
                }

                @Override
                public void close() {
                    closeCalls.incrementAndGet();
                    failAt(Fault.CLOSE_WRITER);
                }
            };
        }
    }

    /** An adapter whose reader returns {@code null} from {@code next()}. */
    static final class NullReturningAdapter implements Adapter {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("nulls", "Nulls").build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            return new RecordReader() {
                @Override
                public Optional<JisrRecord> next() {
                    return nothing();
                }

                @Override
                public DocumentMetadata metadata() {
                    return DocumentMetadata.EMPTY;
                }

                @Override
                public Location locate(String pointerInRecord) {
                    return Location.of(input.name(), "", 1, 1);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            throw new UnsupportedOperationException();
        }

        private static <T> T nothing() {
            return null;
        }
    }

    private static final AdapterInput INPUT = AdapterInput.of("partners.faulty", "x".getBytes(StandardCharsets.UTF_8));
    private static final AdapterOutput OUTPUT = new AdapterOutput() {
        @Override
        public String name() {
            return "out.faulty";
        }

        @Override
        public Optional<java.nio.file.Path> path() {
            return Optional.empty();
        }

        @Override
        public java.io.OutputStream openStream() {
            return java.io.OutputStream.nullOutputStream();
        }
    };

    private static GuardedAdapter guarded(Adapter adapter) {
        Jisr jisr = Jisr.builder().discoverAdapters(false).adapter(adapter).build();
        assertThat(jisr.problems()).isEmpty();
        return GuardedAdapter.of(jisr.adapters().get(0).adapter());
    }

    private static long drain(RecordReader reader) {
        long n = 0;
        while (reader.next().isPresent()) {
            n++;
        }
        return n;
    }

    private static void assertFailed(List<Finding> findings, String operation, String file) {
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.failed");
            assertThat(f.parameters()).containsExactlyEntriesOf(Map.of("adapter", "faulty", "operation", operation,
                    "error", "java.lang.IllegalStateException: broken on purpose"));
            assertThat(f.location()).isEqualTo(Location.of(file, "", 0, 0));
        });
    }

    @Test
    void a_reader_that_fails_stops_after_the_records_it_returned_and_is_still_closed() {
        FaultyAdapter adapter = new FaultyAdapter(Fault.NEXT);
        RecordingContext context = new RecordingContext();

        GuardedReader reader = guarded(adapter).openReader(INPUT, context);
        assertThat(reader.next()).isEmpty();
        assertThat(reader.next()).isEmpty();
        reader.close();
        reader.close();

        assertThat(reader.failed()).isTrue();
        assertThat(adapter.nextCalls).hasValue(1);
        assertThat(adapter.closeCalls).hasValue(1);
        assertFailed(context.findings(), "next", "partners.faulty");
    }

    @Test
    void a_reader_that_works_reads_everything_and_is_not_failed() {
        RecordingContext context = new RecordingContext();

        GuardedReader reader = guarded(new FaultyAdapter(Fault.NONE)).openReader(INPUT, context);

        assertThat(drain(reader)).isEqualTo(2);
        assertThat(reader.recordsRead()).isEqualTo(2);
        assertThat(reader.failed()).isFalse();
        assertThat(reader.locate("/name")).isEqualTo(Location.of("partners.faulty", "/name", 2, 1));
        assertThat(context.findings()).isEmpty();
    }

    @Test
    void a_reader_that_cannot_be_opened_is_an_empty_failed_reader() {
        RecordingContext context = new RecordingContext();

        GuardedReader reader = guarded(new FaultyAdapter(Fault.OPEN_READER)).openReader(INPUT, context);

        assertThat(reader.next()).isEmpty();
        assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
        assertThat(reader.locate("/id")).isEqualTo(Location.of("partners.faulty", "", 0, 0));
        reader.close();
        assertThat(reader.failed()).isTrue();
        assertFailed(context.findings(), "openReader", "partners.faulty");
    }

    @Test
    void metadata_locate_and_close_fall_back_to_safe_values() {
        for (Fault fault : List.of(Fault.METADATA, Fault.LOCATE, Fault.CLOSE_READER)) {
            RecordingContext context = new RecordingContext();
            GuardedReader reader = guarded(new FaultyAdapter(fault)).openReader(INPUT, context);

            assertThat(drain(reader)).isEqualTo(2);
            assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
            assertThat(reader.locate("/name").file()).isEqualTo("partners.faulty");
            reader.close();

            String operation = switch (fault) {
                case METADATA -> "metadata";
                case LOCATE -> "locate";
                default -> "close";
            };
            assertFailed(context.findings(), operation, "partners.faulty");
        }
    }

    @Test
    void the_host_stops_a_reader_that_never_ends_at_the_record_limit() {
        FaultyAdapter endless = new FaultyAdapter(Fault.NONE, IllegalStateException::new, -1);
        RecordingContext context = RecordingContext.withMaxRecords(5);

        GuardedReader reader = guarded(endless).openReader(INPUT, context);

        assertThat(drain(reader)).isEqualTo(5);
        assertThat(reader.next()).isEmpty();
        assertThat(endless.nextCalls).hasValue(6);
        assertThat(context.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
            assertThat(f.parameters()).containsEntry("limit", "maxRecords").containsEntry("maximum", "5");
        });
    }

    @Test
    void a_reader_with_exactly_the_record_limit_is_not_stopped() {
        RecordingContext context = RecordingContext.withMaxRecords(2);

        GuardedReader reader = guarded(new FaultyAdapter(Fault.NONE)).openReader(INPUT, context);

        assertThat(drain(reader)).isEqualTo(2);
        assertThat(context.findings()).isEmpty();
    }

    @Test
    void a_writer_that_fails_writes_nothing_more_but_is_still_closed() {
        FaultyAdapter adapter = new FaultyAdapter(Fault.WRITE);
        RecordingContext context = new RecordingContext();
        JisrRecord record = Organization.builder("o").name(MultilingualText.of("fr", "O")).kind(OrganizationKind.NGO)
                .build();

        GuardedWriter writer = guarded(adapter).openWriter(OUTPUT, context);
        writer.begin(DocumentMetadata.EMPTY);
        writer.write(record);
        writer.write(record);
        writer.close();
        writer.close();

        assertThat(writer.failed()).isTrue();
        assertThat(writer.recordsWritten()).isZero();
        assertThat(adapter.writeCalls).hasValue(1);
        assertThat(adapter.closeCalls).hasValue(1);
        assertFailed(context.findings(), "write", "out.faulty");
    }

    @Test
    void every_step_of_writing_is_guarded() {
        for (Fault fault : List.of(Fault.OPEN_WRITER, Fault.BEGIN, Fault.CLOSE_WRITER)) {
            RecordingContext context = new RecordingContext();
            GuardedWriter writer = guarded(new FaultyAdapter(fault)).openWriter(OUTPUT, context);
            writer.begin(DocumentMetadata.EMPTY);
            writer.close();

            assertThat(writer.failed()).as(fault.name()).isTrue();
            String operation = switch (fault) {
                case OPEN_WRITER -> "openWriter";
                case BEGIN -> "begin";
                default -> "close";
            };
            assertFailed(context.findings(), operation, "out.faulty");
        }
    }

    @Test
    void a_writer_that_works_is_not_failed() {
        RecordingContext context = new RecordingContext();
        GuardedWriter writer = guarded(new FaultyAdapter(Fault.NONE)).openWriter(OUTPUT, context);

        writer.begin(DocumentMetadata.EMPTY);
        writer.write(Organization.builder("o").name(MultilingualText.of("fr", "O")).kind(OrganizationKind.NGO).build());
        writer.close();

        assertThat(writer.failed()).isFalse();
        assertThat(writer.recordsWritten()).isEqualTo(1);
        assertThat(context.findings()).isEmpty();
    }

    @Test
    void a_virtual_machine_error_goes_through_the_guard() {
        GuardedAdapter oom = guarded(new FaultyAdapter(Fault.NEXT, () -> new OutOfMemoryError("simulated"), 2));
        GuardedAdapter deep = guarded(new FaultyAdapter(Fault.DETECT, () -> new StackOverflowError("simulated"), 2));

        GuardedReader reader = oom.openReader(INPUT, new RecordingContext());
        assertThatThrownBy(reader::next).isInstanceOf(OutOfMemoryError.class);
        assertThatThrownBy(() -> deep.detect(INPUT)).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void linkage_errors_and_checked_exceptions_are_caught() {
        GuardedAdapter linkage = guarded(new FaultyAdapter(Fault.DETECT,
                () -> new NoClassDefFoundError("com/example/Missing"), 2));
        GuardedAdapter checked = guarded(new FaultyAdapter(Fault.DETECT,
                () -> new java.io.IOException("disk gone"), 2));
        List<Finding> findings = new java.util.ArrayList<>();

        assertThat(linkage.detect(INPUT, findings::add).canRead()).isFalse();
        assertThat(checked.detect(INPUT, findings::add).canRead()).isFalse();

        assertThat(findings).extracting(f -> f.parameters().get("error")).containsExactly(
                "java.lang.NoClassDefFoundError: com/example/Missing", "java.io.IOException: disk gone");
    }

    @Test
    void an_interrupted_exception_keeps_the_interrupt_status() {
        GuardedAdapter adapter = guarded(new FaultyAdapter(Fault.DETECT, () -> new InterruptedException("stop"), 2));

        Detection detection = adapter.detect(INPUT);

        assertThat(Thread.interrupted()).isTrue(); // also clears it for the next tests
        assertThat(detection.canRead()).isFalse();
        assertThat(detection.reason()).isEqualTo("detect() failed: java.lang.InterruptedException: stop");
    }

    @Test
    void a_null_where_the_spi_promises_a_value_is_a_failure() {
        RecordingContext context = new RecordingContext();

        GuardedReader reader = guarded(new NullReturningAdapter()).openReader(INPUT, context);

        assertThat(reader.next()).isEmpty();
        assertThat(reader.failed()).isTrue();
        assertThat(context.findings()).singleElement().extracting(f -> f.parameters().get("error"))
                .isEqualTo("java.lang.NullPointerException: next() returned null");
    }

    @Test
    void the_failure_is_described_on_one_bounded_line() {
        assertThat(Guard.describe(new IllegalStateException("first line\nsecond line")))
                .isEqualTo("java.lang.IllegalStateException: first line");
        assertThat(Guard.describe(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
        assertThat(Guard.describe(new IllegalStateException("x".repeat(1000)))).hasSize(300).endsWith("…");
    }

    @Test
    void the_failure_finding_names_the_adapter_in_three_languages() {
        Finding finding = Guard.failure("csv-fr", "next", new IllegalStateException("boom"), Location.of("a.csv", "", 0, 0));

        assertThat(FindingMessages.of("en").render(finding)).isEqualTo(
                "The adapter “csv-fr” failed in next() (java.lang.IllegalStateException: boom); what it read or wrote"
                        + " may be incomplete.");
        assertThat(FindingMessages.of("fr").render(finding)).startsWith("L’adaptateur « csv-fr » a échoué dans next()");
        assertThat(FindingMessages.of("ar").render(finding)).startsWith("أخفق المحوّل «csv-fr» في next()");
    }

    @Test
    void a_host_cannot_open_a_reader_on_an_adapter_that_only_writes() {
        Adapter writeOnly = new FaultyAdapter(Fault.NONE) {
            @Override
            public AdapterDescriptor descriptor() {
                return AdapterDescriptor.builder("faulty", "Faulty").directions(org.jisr.spi.Direction.WRITE).build();
            }
        };

        assertThatThrownBy(() -> guarded(writeOnly).openReader(INPUT, new RecordingContext()))
                .isInstanceOf(IllegalStateException.class).hasMessage("the adapter faulty does not read");
    }
}
