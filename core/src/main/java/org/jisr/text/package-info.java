/**
 * Text helpers shared by adapters and reference data: {@link org.jisr.text.TextMatching} folds the
 * spelling variants of Arabic and Latin text met in real French and Tunisian files (hamza forms,
 * ى/ي, ة/ه, Persian letters, tatweel, harakat, bidi marks, accents, case, hyphens) into keys for
 * <em>matching</em> — headers, aliases, codelist labels, names — never to change stored text.
 *
 * <p>Stateless and thread-safe. Nothing here accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.text;

import org.jspecify.annotations.NullMarked;
