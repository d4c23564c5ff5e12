package org.jisr.runtime.modular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Location;

/**
 * A small adapter that lives in a module of its own in {@code ModulePathDiscoveryTest}: it is
 * registered only with {@code provides org.jisr.spi.Adapter with …} (no service file names it),
 * and depends on nothing but {@code org.jisr.core}. It reads a text file, one association per
 * non-empty line.
 */
public final class ModularAdapter implements Adapter {

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.builder("modular-lines", "Lines (module)")
            .version("1").extensions("lines").directions(Direction.READ).recordTypes(RecordType.ORGANIZATION).build();

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Detection detect(AdapterInput input) {
        return input.name().endsWith(".lines") ? Detection.of(0.5, "extension .lines") : Detection.NO;
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(input.openStream(), StandardCharsets.UTF_8));
        return new RecordReader() {
            private int line;

            @Override
            public Optional<JisrRecord> next() {
                try {
                    for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                        line++;
                        if (!text.isBlank()) {
                            return Optional.of(Organization.builder("line-" + line).name(MultilingualText.of("fr", text))
                                    .kind(OrganizationKind.ASSOCIATION).build());
                        }
                    }
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public DocumentMetadata metadata() {
                return DocumentMetadata.EMPTY;
            }

            @Override
            public Location locate(String pointerInRecord) {
                return Location.of(input.name(), "", line, 1);
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        throw new UnsupportedOperationException("reads only");
    }
}
