package org.jisr.adapter.ics;

import java.util.List;
import org.jisr.spi.Adapter;
import org.jisr.testkit.tck.AdapterContractTest;
import org.jisr.testkit.tck.Sample;

/**
 * The iCalendar adapter passes the adapter contract tests of {@code jisr-testkit}, for Event
 * records: its samples are the flagship example as the adapter writes it and calendars of the
 * real-world corpus (Outlook, Google, Zimbra, RFC 5545's own examples); its malformed samples are
 * the corpus files that must give an error.
 */
class IcsAdapterContractTest extends AdapterContractTest {

    @Override
    protected Adapter adapter() {
        return new IcsAdapter();
    }

    @Override
    protected List<Sample> samples() {
        return List.of(
                new Sample("workshop-2024-12-10.ics", Flagship.ics()),
                Sample.ofResource(getClass(), "/icalendar/valid/ical4j__rfc5545-sec4.1.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/ical4j__rfc5545-sec4.2.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/ical4j__Session6.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/ical4j__EXDATE.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/ical4j__dst-only-vtimezone.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/icaljs__recur_instances.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/pyicalendar__issue_53_description_parsed_properly.ics"),
                Sample.ofResource(getClass(), "/icalendar/valid/pyicalendar__issue_722_timezone_transition_ambiguity.ics"));
    }

    @Override
    protected List<Sample> malformedSamples() {
        return List.of(
                Sample.ofResource(getClass(), "/icalendar/malformed/ical4j__1106817412_broken-utf8-fold.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/ical4j__invalid_0.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/ical4j__invalid_bhav23-2.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/ical4j__invalid_sogo-geo-escaped-semicolon.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/pyicalendar__broken_ical.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/pyicalendar__fuzz_testcase_invalid_month.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/pyicalendar__fuzz_testcase_vtimezone_lone_cr.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/pyicalendar__parsing_error_in_UTC_offset.ics"),
                Sample.ofResource(getClass(), "/icalendar/malformed/pyicalendar__small_bad_calendar.ics"));
    }
}
