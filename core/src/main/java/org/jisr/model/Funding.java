package org.jisr.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One funding of a partnership or project: who pays whom, how much, when and for what. A
 * funding names at least a funder or an amount.
 *
 * @param funder     who pays
 * @param recipient  who receives
 * @param amount     how much
 * @param date       when it was granted or paid
 * @param year       the budget year, when no date is known
 * @param purpose    what it pays for
 * @param instrument grant, loan, in kind …
 * @since 0.1
 */
public record Funding(
        @Nullable Reference funder,
        @Nullable Reference recipient,
        @Nullable Money amount,
        @Nullable LocalDate date,
        @Nullable Integer year,
        @Nullable MultilingualText purpose,
        @Nullable FundingInstrument instrument) {

    /**
     * Creates a funding.
     *
     * @throws IllegalArgumentException when neither funder nor amount is given
     */
    public Funding {
        if (funder == null && amount == null) {
            throw new IllegalArgumentException("a funding needs a funder or an amount");
        }
    }
}
