/**
 * Jisr's canonical JSON: reading and writing exchange documents and NDJSON record streams.
 *
 * <p>The entry point is {@link org.jisr.json.JisrJson}. Output is deterministic — the same model
 * always gives the same bytes (UTF-8 without BOM, properties in the documented order, texts and
 * extension members sorted by key, ISO 8601 dates, amounts with the currency's minor units,
 * {@code \n} line ends) — so files can be compared and digested. Reading follows I-JSON
 * (RFC 7493): duplicate member names, unpaired surrogates and trailing content are refused.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.json;

import org.jspecify.annotations.NullMarked;
