package org.jisr.validation.sample;

import java.util.List;
import java.util.Map;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * A user's rule, written only against Jisr's public API as a third party would: a French
 * partner's exchange requires every event to have a French title. It has its own code prefix
 * ({@code sample.}) and its own message bundle in French, Arabic and English, and is registered in
 * this test source set's {@code META-INF/services/org.jisr.validation.Rule}.
 */
public final class EventTitleInFrenchRule implements Rule {

    /** An event's title has no French text; reported on the title. */
    public static final FindingType NO_FRENCH_TITLE = new FindingType("sample.event-title-in-french", Layer.RULE,
            Severity.WARNING, List.of("event"), "org.jisr.validation.sample.messages");

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public EventTitleInFrenchRule() {
    }

    @Override
    public String id() {
        return "sample-event-title-in-french";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(NO_FRENCH_TITLE);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        if (record instanceof Event e && e.title().languages().stream().noneMatch(t -> t.equals("fr") || t.startsWith("fr-"))) {
            context.report(NO_FRENCH_TITLE, "/title", Map.of("event", e.id()));
        }
    }
}
