/**
 * The Markdown agenda adapter ({@code markdown-agenda}): a municipality's cooperation agenda as
 * a Markdown table, one event a row, with the columns
 * {@code | Date | Fin | Type | Titre (fr) | العنوان (ar) | Lieu | Id |}. See
 * {@link org.example.jisr.agenda.MarkdownAgendaAdapter} for the format and what it cannot carry,
 * and {@link org.example.jisr.agenda.AgendaFindings} for the problems it reports.
 */
@NullMarked
package org.example.jisr.agenda;

import org.jspecify.annotations.NullMarked;
