/**
 * The Jisr domain model: immutable records for the five record types of an exchange
 * ({@link org.jisr.model.LocalAuthority}, {@link org.jisr.model.Organization},
 * {@link org.jisr.model.Partnership}, {@link org.jisr.model.Project}, {@link org.jisr.model.Event}),
 * the document that holds them, and their value types.
 *
 * <p>Every type here is an immutable, thread-safe value: collections are copied on construction
 * and never {@code null} (an absent list is empty); optional single values are marked
 * {@code @Nullable}. Constructors check the structure that the JSON Schema guarantees (required
 * parts present, codes known, shapes of dates); the meaning of the data (check digits, scripts,
 * ordered periods, references that resolve) is checked by the validator, so that a record that
 * is well-formed but wrong can still be held and reported on.
 *
 * <p>The field-by-field contract is {@code docs/data-model.md}; the JSON names of properties are
 * the record component names.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.model;

import org.jspecify.annotations.NullMarked;
