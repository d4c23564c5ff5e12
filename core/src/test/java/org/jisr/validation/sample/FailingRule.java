package org.jisr.validation.sample;

import java.util.List;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;

/**
 * A broken user's rule: it throws on every event, as a rule with a bug would. Not registered in
 * {@code META-INF/services}; tests add it with {@code Validator.Builder.addRule}.
 */
public final class FailingRule implements Rule {

    @Override
    public String id() {
        return "sample-failing";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of();
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        if (record instanceof Event e) {
            throw new IllegalStateException("cannot check " + e.id());
        }
    }
}
