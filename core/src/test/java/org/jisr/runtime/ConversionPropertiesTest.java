package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jisr.spi.AdapterInput;
import org.jisr.json.JisrJson;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Samples;
import org.jisr.runtime.internal.adapters.JsonDocumentAdapter;
import org.jisr.runtime.internal.adapters.NdjsonAdapter;
import org.jisr.spi.Adapter;
import org.jisr.validation.Validator;

/** For generated documents, json → ndjson → json through the adapters is the identity, byte for byte. */
class ConversionPropertiesTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final Adapter JSON_ADAPTER = new JsonDocumentAdapter();
    private static final Adapter NDJSON_ADAPTER = new NdjsonAdapter();
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("jisr-conversion-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 40)
    void json_to_ndjson_to_json_is_the_identity(@ForAll("documents") ExchangeDocument doc) throws IOException {
        byte[] canonical = JSON.toBytes(doc);
        Path stream = dir.resolve("via.ndjson");
        Path back = dir.resolve("back.json");

        ConversionReport there = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(AdapterInput.of("in.json", canonical),
                stream);
        ConversionReport again = Conversion.of(NDJSON_ADAPTER, JSON_ADAPTER).run(stream, back);

        assertThat(there.findings().findings()).isEmpty();
        assertThat(again.findings().findings()).isEmpty();
        assertThat(there.recordsRead()).isEqualTo(doc.records().size());
        assertThat(Files.readString(stream)).isEqualTo(JSON.toNdjson(doc));
        assertThat(Files.readAllBytes(back)).isEqualTo(canonical);
        assertThat(JSON.readDocument(back)).isEqualTo(doc);
    }

    /**
     * The records of a document validated through a {@link org.jisr.validation.RecordSource} give
     * the findings their canonical record stream gives from its bytes: same codes, same records,
     * same pointers — the schema, model and rule layers see the same records either way.
     */
    @Property(tries = 40)
    void validating_records_from_a_source_finds_what_validating_their_stream_finds(
            @ForAll("documents") ExchangeDocument doc) {
        Validator validator = VALIDATOR;
        int firstLine = doc.metadata().isEmpty() ? 1 : 2;
        org.jisr.validation.ValidationReport bytes = validator.validateText(JSON.toNdjson(doc), "in.ndjson");
        org.jisr.validation.ValidationReport records = validator.validate(new org.jisr.validation.RecordSource() {
            private int next;

            @Override
            public String name() {
                return "in.ndjson";
            }

            @Override
            public java.util.Optional<JisrRecord> next(java.util.function.Consumer<org.jisr.validation.Finding> f) {
                return next < doc.records().size() ? java.util.Optional.of(doc.records().get(next++))
                        : java.util.Optional.empty();
            }

            @Override
            public DocumentMetadata metadata() {
                return doc.metadata();
            }

            @Override
            public org.jisr.validation.Location locate(String pointerInRecord) {
                return org.jisr.validation.Location.of("in.ndjson", pointerInRecord, firstLine + next - 1, 1);
            }
        });

        assertThat(records.records()).isEqualTo(bytes.records()).isEqualTo(doc.records().size());
        assertThat(records.findings()).extracting(f -> f.code() + " " + f.location().line() + " "
                + f.location().pointer())
                .containsExactlyInAnyOrderElementsOf(bytes.findings().stream()
                        // Records have no bytes: an empty stream is a syntax finding only there.
                        .filter(f -> f.layer() != org.jisr.validation.Layer.SYNTAX)
                        .map(f -> f.code() + " " + f.location().line() + " " + f.location().pointer()).toList());
    }

    private static final Validator VALIDATOR = Validator.builder().build();

    // ---- generators: the samples' records under new ids, and small records with any text

    @Provide
    Arbitrary<ExchangeDocument> documents() {
        Arbitrary<JisrRecord> record = Arbitraries.oneOf(sampleRecords(), smallAuthorities());
        return Combinators.combine(metadata(), record.list().ofMaxSize(8))
                .as((meta, records) -> new ExchangeDocument(meta, uniqueIds(records)));
    }

    private static List<JisrRecord> uniqueIds(List<JisrRecord> records) {
        List<JisrRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JisrRecord r = records.get(i);
            out.add(withId(r, r.id() + "-" + i));
        }
        return out;
    }

    private static JisrRecord withId(JisrRecord r, String id) {
        if (r instanceof LocalAuthority a) {
            return a.toBuilder().id(id).build();
        } else if (r instanceof org.jisr.model.Organization o) {
            return o.toBuilder().id(id).build();
        } else if (r instanceof org.jisr.model.Partnership p) {
            return p.toBuilder().id(id).build();
        } else if (r instanceof org.jisr.model.Project p) {
            return p.toBuilder().id(id).build();
        }
        return ((org.jisr.model.Event) r).toBuilder().id(id).build();
    }

    private Arbitrary<JisrRecord> sampleRecords() {
        return Arbitraries.of(Samples.localAuthority(), Samples.organization(), Samples.organizationFoundedOnADay(),
                Samples.partnership(), Samples.project(), Samples.event());
    }

    private Arbitrary<JisrRecord> smallAuthorities() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(AuthorityKind.class), Arbitraries.of("FR", "TN"),
                extensions()).as((fr, ar, kind, country, ext) -> LocalAuthority.builder("la")
                        .name(MultilingualText.of("fr", fr, "ar", ar)).kind(kind).country(country).extensions(ext)
                        .build());
    }

    private Arbitrary<DocumentMetadata> metadata() {
        Arbitrary<DocumentMetadata> titled = Combinators.combine(texts(), extensions()).as((title, ext) ->
                new DocumentMetadata(null, null, null, "ar", MultilingualText.of("ar", title), null, ext));
        return Arbitraries.oneOf(Arbitraries.just(DocumentMetadata.EMPTY), Arbitraries.just(Samples.metadata()), titled);
    }

    private Arbitrary<Extensions> extensions() {
        Arbitrary<Extensions> some = Combinators.combine(texts(), texts()).as((name, value) -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put(name, new JsonValue.StringValue(value));
            return Extensions.of(Map.of("org.example", JsonValue.ObjectValue.of(members)));
        });
        return Arbitraries.oneOf(Arbitraries.just(Extensions.NONE), some);
    }

    /** Texts with Arabic, emoji, quotes, controls and separators: what canonical writing must escape or keep. */
    private Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x0621, 0x064A)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x2028, 0x0A, 0x09, 0x7F)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x21, 0x7E)));
        return codePoint.list().ofMinSize(1).ofMaxSize(12).map(points -> {
            StringBuilder s = new StringBuilder();
            points.forEach(s::appendCodePoint);
            return s.toString();
        });
    }
}
