package org.jisr.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Validator;

/**
 * Runs the rules a default {@link Validator} runs (its {@link Validator#rules()}) over bound
 * records, through the public {@link Rule} interface, counting what they report. Locations are
 * approximate (the record's index as pointer): the stage benchmark measures the rules' own work,
 * not the engine's bookkeeping of lines and columns.
 */
public final class RuleRunner implements RuleContext {

    private final List<Rule> rules;
    private final Map<Class<?>, Object> state = new HashMap<>();
    private String file = "";
    private long index;
    private long findings;

    /**
     * @param rules the rules to run
     */
    public RuleRunner(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Starts a new validation: forgets the rules' state and the count.
     *
     * @param fileName the file name the rules see
     */
    public void start(String fileName) {
        state.clear();
        file = fileName;
        index = 0;
        findings = 0;
    }

    /**
     * Gives one record to every rule.
     *
     * @param record the record
     */
    public void onRecord(JisrRecord record) {
        for (Rule rule : rules) {
            rule.onRecord(record, this);
        }
        index++;
    }

    /**
     * Ends the validation.
     *
     * @return how many findings the rules reported
     */
    public long end() {
        for (Rule rule : rules) {
            rule.onEnd(this);
        }
        return findings;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public DocumentMetadata metadata() {
        return DocumentMetadata.EMPTY;
    }

    @Override
    public Location locate(String pointerInRecord) {
        return Location.of(file, "/records/" + index + pointerInRecord, (int) Math.min(index + 2, Integer.MAX_VALUE), 1);
    }

    @Override
    public Location locateMetadata(String pointer) {
        return Location.of(file, pointer, 1, 1);
    }

    @Override
    public void report(FindingType type, Location at, Map<String, String> parameters) {
        findings++;
    }

    @Override
    public <T> T state(Class<T> type, Supplier<T> initial) {
        return type.cast(state.computeIfAbsent(type, t -> initial.get()));
    }
}
