/**
 * Reference lists of local authorities and what is done with them.
 *
 * <ul>
 *   <li>{@link org.jisr.reference.ReferenceData}: the dated lists — France: communes,
 *       départements, régions and EPCI of the Code officiel géographique; Tunisia: the 24
 *       governorates and the 350 municipalities of the 2018 municipal elections — loaded lazily,
 *       replaceable by a newer vintage;</li>
 *   <li>{@link org.jisr.reference.Authority}: one entry of a list, with its identifiers;</li>
 *   <li>{@link org.jisr.reference.NameMatcher}: the authorities a name may mean, with a score;</li>
 *   <li>{@link org.jisr.reference.ReferenceIdentifiersRule}: the validation rule that checks
 *       identifiers against the lists, with the findings of {@link org.jisr.reference.ReferenceFindings}.</li>
 * </ul>
 *
 * <p>Nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.reference;

import org.jspecify.annotations.NullMarked;
