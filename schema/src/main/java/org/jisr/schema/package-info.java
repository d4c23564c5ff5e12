/**
 * Jisr's exchange format as JSON Schema (draft 2020-12) files and codelists, and
 * {@link org.jisr.schema.SchemaCatalog}, which names them and opens them from the class path
 * or module path.
 *
 * <p>The files are plain resources under {@code org/jisr/schema/1.0/} in this module's jar,
 * usable from any language and with any JSON Schema validator; the schemas' {@code $id}s
 * ({@code https://jisr.org/schema/1.0/…}) are identifiers, not download locations.
 *
 * <p>Nullness: no method of this package accepts or returns {@code null}; passing
 * {@code null} throws {@link java.lang.NullPointerException}. "Not found" is an empty
 * {@link java.util.Optional} where it is an ordinary answer, and an
 * {@link java.lang.IllegalArgumentException} where it means the caller used a wrong name.
 *
 * @since 0.1
 */
package org.jisr.schema;
