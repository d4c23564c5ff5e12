/**
 * Jisr's JSON Schemas (draft 2020-12) and codelists, with a small catalog to open them from
 * the class path or module path. No runtime dependency.
 */
module org.jisr.schema {
    exports org.jisr.schema;
}
