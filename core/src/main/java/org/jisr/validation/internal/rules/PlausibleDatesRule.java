package org.jisr.validation.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.jisr.model.DocumentLink;
import org.jisr.model.Event;
import org.jisr.model.EventStatus;
import org.jisr.model.Funding;
import org.jisr.model.JisrRecord;
import org.jisr.model.Organization;
import org.jisr.model.Partnership;
import org.jisr.model.Project;
import org.jisr.model.Source;
import org.jisr.model.TimeSpan;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Rule {@code plausible-dates}: dates that are well-formed (the schema checks that) but unlikely
 * to be true, which is how a mistyped year ({@code 1024} for {@code 2024}) or a swapped field
 * shows.
 *
 * <ul>
 * <li>Every date of a record — periods, funding dates and years, documents' dates, sources'
 *     publication and access dates — lies between 1900-01-01 and 30 years after today.</li>
 * <li>A partnership's signature date and an organisation's founding date are not after today.
 *     A founding date has no lower bound: ministries and associations may be old.</li>
 * <li>An event {@code held} has started; an event still {@code scheduled} did not end more than a
 *     year ago.</li>
 * </ul>
 *
 * <p>"Today" is the UTC date when the validation reaches its first record, the same for the whole
 * validation; an event's own day is taken in its time zone when it has one. Date-times count by
 * their local date. All findings are warnings: the dates may be true, and nothing else in the data
 * is wrong because of them.
 *
 * <p>Keeps no state but today's date. Stateless and thread-safe.
 */
public final class PlausibleDatesRule implements Rule {

    /** The earliest plausible date of cooperation data. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** How far ahead planned dates plausibly go. */
    static final int YEARS_AHEAD = 30;

    /**
     * A date lies outside the plausible range {@code earliest … latest} (1900-01-01 to 30 years
     * after today); reported on the date. A warning: old or far-off dates happen, but are more
     * often a mistyped year.
     */
    public static final FindingType IMPLAUSIBLE_DATE = FindingType.jisr("rule.implausible-date", Layer.RULE,
            Severity.WARNING, "date", "earliest", "latest");

    /**
     * A date that cannot be in the future is after today: a partnership's signature date, an
     * organisation's founding year or date; reported on the date. A warning: it may be a planned
     * signature recorded as signed, or a mistyped year.
     */
    public static final FindingType DATE_IN_FUTURE = FindingType.jisr("rule.date-in-future", Layer.RULE,
            Severity.WARNING, "date", "today");

    /**
     * An event's status contradicts its dates: {@code held} but it starts after today, or
     * {@code scheduled} but it ended more than a year ago; reported on {@code /status}, with the
     * start (for {@code held}) or the end (for {@code scheduled}) as {@code date}. A warning: the
     * status was probably not updated, which misleads readers but breaks nothing.
     */
    public static final FindingType STATUS_DATE_MISMATCH = FindingType.jisr("rule.status-date-mismatch",
            Layer.RULE, Severity.WARNING, "status", "date", "today");

    /** Per-validation state: the day the validation runs. */
    private static final class Today {
        final Instant now = Instant.now();
        final LocalDate date = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public PlausibleDatesRule() {
    }

    @Override
    public String id() {
        return "plausible-dates";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(IMPLAUSIBLE_DATE, DATE_IN_FUTURE, STATUS_DATE_MISMATCH);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        Today today = context.state(Today.class, Today::new);
        Check check = new Check(context, today.date);
        if (record instanceof Event e) {
            check.period("/period", e.period());
            check.documents(e.documents());
            statusAgainstDates(e, today, context);
        } else if (record instanceof Project p) {
            check.period("/period", p.period());
            check.funding(p.funding());
            check.documents(p.documents());
        } else if (record instanceof Partnership p) {
            if (!check.notInFuture("/signed", p.signed())) {
                check.date("/signed", p.signed());
            }
            check.period("/period", p.period());
            check.funding(p.funding());
            check.documents(p.documents());
        } else if (record instanceof Organization o) {
            check.notInFuture("/founded", o.founded());
        }
        List<Source> sources = record.sources();
        for (int i = 0; i < sources.size(); i++) {
            check.date("/sources/" + i + "/published", sources.get(i).published());
            check.date("/sources/" + i + "/accessed", sources.get(i).accessed());
        }
    }

    private static void statusAgainstDates(Event e, Today today, RuleContext context) {
        EventStatus status = e.status();
        if (status == null) {
            return;
        }
        TimeSpan period = e.period();
        Spans.Days days = Spans.days(period);
        LocalDate localToday = period.zone().map(z -> LocalDate.ofInstant(today.now, z)).orElse(today.date);
        if (status == EventStatus.HELD) {
            boolean future = period.isAllDay() ? days.first().isAfter(localToday)
                    : ((OffsetDateTime) period.start()).toInstant().isAfter(today.now);
            if (future) {
                context.report(STATUS_DATE_MISMATCH, "/status", Map.of("status", status.code(),
                        "date", period.start().toString(), "today", localToday.toString()));
            }
        } else if (status == EventStatus.SCHEDULED) {
            Temporal end = period.end() != null ? period.end() : period.start();
            LocalDate last = days.last() != null ? days.last() : days.first();
            if (last.plusYears(1).isBefore(localToday)) {
                context.report(STATUS_DATE_MISMATCH, "/status", Map.of("status", status.code(),
                        "date", end.toString(), "today", localToday.toString()));
            }
        }
    }

    /** The checks of one record. */
    private static final class Check {
        private final RuleContext context;
        private final LocalDate today;
        private final LocalDate latest;

        Check(RuleContext context, LocalDate today) {
            this.context = context;
            this.today = today;
            this.latest = today.plusYears(YEARS_AHEAD);
        }

        void period(String pointer, @Nullable TimeSpan period) {
            if (period != null) {
                date(pointer + "/start", period.start());
                date(pointer + "/end", period.end());
            }
        }

        void funding(List<Funding> funding) {
            for (int i = 0; i < funding.size(); i++) {
                Funding f = funding.get(i);
                date("/funding/" + i + "/date", f.date());
                Integer year = f.year();
                if (year != null) {
                    date("/funding/" + i + "/year", Year.of(year));
                }
            }
        }

        void documents(List<DocumentLink> documents) {
            for (int i = 0; i < documents.size(); i++) {
                date("/documents/" + i + "/date", documents.get(i).date());
            }
        }

        void date(String pointer, @Nullable Temporal value) {
            if (value == null) {
                return;
            }
            boolean tooEarly;
            boolean tooLate;
            if (value instanceof Year y) {
                tooEarly = y.getValue() < EARLIEST.getYear();
                tooLate = y.getValue() > latest.getYear();
            } else {
                LocalDate day = day(value);
                tooEarly = day.isBefore(EARLIEST);
                tooLate = day.isAfter(latest);
            }
            if (tooEarly || tooLate) {
                context.report(IMPLAUSIBLE_DATE, pointer, Map.of("date", value.toString(),
                        "earliest", EARLIEST.toString(), "latest", latest.toString()));
            }
        }

        /** Reports a date after today; returns whether it did. */
        boolean notInFuture(String pointer, @Nullable Temporal value) {
            if (value == null) {
                return false;
            }
            boolean future = value instanceof Year y ? y.getValue() > today.getYear() : day(value).isAfter(today);
            if (future) {
                context.report(DATE_IN_FUTURE, pointer, Map.of("date", value.toString(), "today", today.toString()));
            }
            return future;
        }

        private static LocalDate day(Temporal value) {
            if (value instanceof OffsetDateTime t) {
                return t.toLocalDate();
            }
            return (LocalDate) value;
        }
    }
}
