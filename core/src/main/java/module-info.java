/**
 * Jisr core: the domain model of the exchange format ({@code org.jisr.model}), its canonical
 * JSON and NDJSON codec ({@code org.jisr.json}) and the exception root ({@code org.jisr.core}).
 *
 * <p>Only those packages are exported; {@code org.jisr.internal.*} holds the implementation and
 * may change at any time. No Jackson type appears in an exported signature.
 */
module org.jisr.core {
    requires transitive org.jspecify;
    requires tools.jackson.core;

    exports org.jisr.core;
    exports org.jisr.model;
    exports org.jisr.json;
}
