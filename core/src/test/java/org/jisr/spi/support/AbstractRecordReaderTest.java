package org.jisr.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.validation.Location;
import org.junit.jupiter.api.Test;

class AbstractRecordReaderTest {

    /** A reader of nothing, with what the tests need to reach the protected parts. */
    private static final class Reader extends AbstractRecordReader {
        Reader() {
            super("agenda.md");
        }

        @Override
        public Optional<JisrRecord> next() {
            return Optional.empty();
        }

        void at(int line) {
            recordAt(Location.of("agenda.md", "", line, 1));
        }

        <C extends AutoCloseable> C register(C resource) {
            return closeLater(resource);
        }
    }

    @Test
    void there_is_no_metadata() {
        assertThat(new Reader().metadata()).isSameAs(DocumentMetadata.EMPTY);
    }

    @Test
    void every_value_is_located_at_the_last_record() {
        Reader reader = new Reader();
        assertThat(reader.locate("/title")).isEqualTo(Location.of("agenda.md", "", 0, 0));

        reader.at(4);
        assertThat(reader.locate("")).isEqualTo(Location.of("agenda.md", "", 4, 1));
        reader.at(7);
        assertThat(reader.locate("/title/fr")).isEqualTo(Location.of("agenda.md", "", 7, 1));
    }

    @Test
    void close_closes_every_resource_in_reverse_order_once() {
        List<String> closed = new ArrayList<>();
        Reader reader = new Reader();
        reader.register(() -> closed.add("stream"));
        reader.register(() -> closed.add("lines"));

        reader.close();
        reader.close();

        assertThat(closed).containsExactly("lines", "stream");
    }

    @Test
    void a_failure_to_close_is_a_jisr_io_exception_and_the_others_still_close() {
        List<String> closed = new ArrayList<>();
        Reader reader = new Reader();
        reader.register(() -> closed.add("stream"));
        reader.register(() -> {
            throw new IOException("disk gone");
        });
        reader.register(() -> {
            throw new IllegalStateException("broken");
        });

        assertThatThrownBy(reader::close).isInstanceOf(IllegalStateException.class).satisfies(e -> assertThat(
                e.getSuppressed()).singleElement().isInstanceOf(JisrIOException.class)
                .satisfies(s -> assertThat(s.getCause()).hasMessage("disk gone")));
        assertThat(closed).containsExactly("stream");
    }

    @Test
    void a_checked_exception_other_than_io_is_wrapped_too() {
        Reader reader = new Reader();
        reader.register(() -> {
            throw new Exception("odd");
        });

        assertThatThrownBy(reader::close).isInstanceOf(JisrIOException.class).hasMessageContaining("agenda.md")
                .rootCause().hasMessage("odd");
    }
}
