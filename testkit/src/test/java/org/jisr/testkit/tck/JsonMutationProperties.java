package org.jisr.testkit.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.spi.Adapter;
import org.jisr.testkit.fuzz.Mutations;
import org.jisr.testkit.fuzz.ReaderContract;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Validator;

/**
 * Broken variants of the example exchange files (bit flips, inserted and deleted bytes,
 * truncation, splices of two files, duplicated lines) keep the readers' contract: the validator
 * on the bytes, and the built-in adapters' readers.
 */
class JsonMutationProperties {

    private static final Validator VALIDATOR = Validator.builder().limits(ReaderContract.LIMITS).build();
    private static final Adapter JSON = BuiltInAdapters.byId("json");
    private static final Adapter NDJSON = BuiltInAdapters.byId("ndjson");

    @Property(tries = 60)
    void a_broken_document_gives_located_findings(@ForAll("documents") byte[] bytes) {
        ReaderContract.validate(VALIDATOR, "broken.json", bytes, ExchangeForm.DOCUMENT);
        ReaderContract.read(JSON, "broken.json", bytes, Map.of());
    }

    @Property(tries = 60)
    void a_broken_stream_gives_located_findings(@ForAll("streams") byte[] bytes) {
        ReaderContract.validate(VALIDATOR, "broken.ndjson", bytes, ExchangeForm.STREAM);
        ReaderContract.read(NDJSON, "broken.ndjson", bytes, Map.of());
    }

    @Provide
    Arbitrary<byte[]> documents() {
        return Mutations.of(List.of(seed("document/workshop-one-of-each.json"), seed("document/twinnings-fr-tn.json"),
                seed("document/06-unknown-property.json")));
    }

    @Provide
    Arbitrary<byte[]> streams() {
        return Mutations.of(List.of(seed("stream/workshop-one-of-each.ndjson")));
    }

    private static byte[] seed(String name) {
        try (InputStream in = JsonMutationProperties.class.getResourceAsStream("JsonFuzzTestInputs/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
