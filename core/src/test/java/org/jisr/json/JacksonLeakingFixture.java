package org.jisr.json;

import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Breaks the rule that no third-party type appears in a public signature, in every way that
 * ArchitectureTest must catch, so that the rule is shown to fail. Never used at run time; it lives
 * in org.jisr.json so that it is in scope of the rule exactly like JisrJson would be. (javac's
 * "exports" lint sees the leak too, when tests compile inside the module; it is silenced here only.)
 */
@SuppressWarnings("exports")
public class JacksonLeakingFixture {

    /** A public field of a Jackson type. */
    public final JsonFactory factory = JsonFactory.builder().build();

    /** Not API: must not be reported. */
    final JsonFactory packagePrivateFactory = factory;

    /**
     * A public constructor with a Jackson parameter.
     *
     * @param generator unused
     */
    public JacksonLeakingFixture(JsonGenerator generator) {
        Objects.requireNonNull(generator);
    }

    /**
     * A public method returning a Jackson type, as if JisrJson handed out its parser.
     *
     * @return never returns
     */
    public JsonParser parser() {
        throw new UnsupportedOperationException();
    }

    /**
     * A Jackson type as a type argument of a parameter.
     *
     * @param tokens unused
     * @return the count
     */
    public int tokens(List<JsonToken> tokens) {
        return tokens.size();
    }

    /**
     * A protected method, API for subclasses.
     *
     * @return never returns
     */
    protected ObjectReadContext reader() {
        throw new UnsupportedOperationException();
    }

    /**
     * A Jackson exception in the throws clause.
     *
     * @throws StreamReadException always
     */
    public void fail() throws StreamReadException {
        throw new UnsupportedOperationException();
    }

    /** Not API: must not be reported. */
    @SuppressWarnings("unused")
    private JsonParser hidden() {
        throw new UnsupportedOperationException();
    }

    /** Not API: must not be reported. */
    JsonParser packagePrivate() {
        return hidden();
    }
}
