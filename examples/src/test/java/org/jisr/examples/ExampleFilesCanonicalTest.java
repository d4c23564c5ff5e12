package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The example files are in canonical form, and the two forms of the flagship carry the same data. */
class ExampleFilesCanonicalTest {

    private final JisrJson json = JisrJson.create();

    static List<Path> documents() {
        return ExampleFiles.validDocuments();
    }

    static List<Path> streams() {
        return ExampleFiles.validStreams();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void each_example_document_is_byte_for_byte_canonical(Path file) throws IOException {
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(json.toBytes(json.readDocument(file))).isEqualTo(onDisk);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void json_to_ndjson_to_json_reproduces_the_canonical_bytes(Path file) throws IOException {
        byte[] onDisk = Files.readAllBytes(file);
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        json.writeStream(json.readDocument(file), ndjson);
        ExchangeDocument back = json.readStream(new ByteArrayInputStream(ndjson.toByteArray()));
        assertThat(json.toBytes(back)).isEqualTo(onDisk);
    }

    @ParameterizedTest
    @MethodSource("streams")
    void each_example_stream_is_byte_for_byte_canonical(Path file) throws IOException {
        byte[] onDisk = Files.readAllBytes(file);
        ExchangeDocument doc;
        try (var in = Files.newInputStream(file)) {
            doc = json.readStream(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeStream(doc, out);
        assertThat(out.toByteArray()).isEqualTo(onDisk);
    }

    @Test
    void the_flagship_stream_carries_the_same_document_as_the_flagship_json() throws IOException {
        ExchangeDocument fromJson = json.readDocument(ExampleFiles.WORKSHOP);
        ExchangeDocument fromStream;
        try (var in = Files.newInputStream(ExampleFiles.WORKSHOP_NDJSON)) {
            fromStream = json.readStream(in);
        }
        assertThat(fromStream).isEqualTo(fromJson);
    }
}
