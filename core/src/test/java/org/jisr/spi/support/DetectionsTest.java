package org.jisr.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionsTest {

    private static final AdapterDescriptor ICS = AdapterDescriptor.builder("ics", "iCalendar")
            .extensions("ics", "ical").build();

    @Test
    void the_extension_is_one_of_the_descriptors_whatever_its_case() {
        assertThat(Detections.hasExtension(AdapterInput.of("agenda.ICS", new byte[0]), ICS)).isTrue();
        assertThat(Detections.hasExtension(AdapterInput.of("dir/agenda.Ical", new byte[0]), ICS)).isTrue();
        assertThat(Detections.hasExtension(AdapterInput.of("agenda.ics.txt", new byte[0]), ICS)).isFalse();
        assertThat(Detections.hasExtension(AdapterInput.of("ics", new byte[0]), ICS)).isFalse();
        assertThat(Detections.hasExtension(AdapterInput.of("agendaics", new byte[0]), ICS)).isFalse();
    }

    @Test
    void the_extension_of_a_file_is_its_file_names(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Agenda.ICS"), "BEGIN:VCALENDAR");

        assertThat(Detections.hasExtension(AdapterInput.of(file), ICS)).isTrue();
    }

    @Test
    void confidences_weigh_content_above_extension() {
        Detection both = Detections.of(true, true, "BEGIN:VCALENDAR");
        Detection content = Detections.of(false, true, "BEGIN:VCALENDAR");
        Detection extension = Detections.of(true, false, "BEGIN:VCALENDAR");

        assertThat(both.confidence()).isEqualTo(Detections.EXTENSION_AND_CONTENT).isEqualTo(0.9);
        assertThat(content.confidence()).isEqualTo(Detections.CONTENT_ONLY).isEqualTo(0.6);
        assertThat(extension.confidence()).isEqualTo(Detections.EXTENSION_ONLY).isEqualTo(0.2);
        assertThat(Detections.of(false, false, "BEGIN:VCALENDAR")).isEqualTo(Detection.NO);
        assertThat(both.reason()).isEqualTo("its extension and BEGIN:VCALENDAR");
        assertThat(content.reason()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(extension.reason()).isEqualTo("its extension, but not BEGIN:VCALENDAR");
    }

    @Test
    void peeked_text_has_no_byte_order_mark_and_stops_at_the_limit() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "| Id | Date |\n|---|---|\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(Detections.peekText(AdapterInput.of("a.md", bytes), 1024)).isEqualTo("| Id | Date |\n|---|---|\n");
        assertThat(Detections.peekText(AdapterInput.of("a.md", bytes), 7)).isEqualTo("| Id");
        assertThat(Detections.peekText(AdapterInput.of("a.md", text), 4)).isEqualTo("| Id");
        assertThat(Detections.peekText(AdapterInput.of("a.md", new byte[0]), 4)).isEmpty();
    }
}
