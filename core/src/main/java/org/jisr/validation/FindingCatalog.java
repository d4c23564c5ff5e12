package org.jisr.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.validation.internal.AdapterFindings;
import org.jisr.validation.internal.Engine;
import org.jisr.validation.internal.EngineFindings;
import org.jisr.validation.internal.schema.SchemaFindings;
import org.jisr.validation.internal.syntax.SyntaxFindings;

/**
 * Every kind of finding Jisr itself can report, layer by layer: the source of the findings
 * catalog ({@code docs/findings.md}). Users' rules declare theirs in
 * {@link Rule#findingTypes()}.
 *
 * @since 0.1
 */
public final class FindingCatalog {

    private FindingCatalog() {
    }

    /**
     * Returns Jisr's own finding types, in the order syntax, schema, model, rule, adapter; each code
     * once.
     *
     * @return the finding types
     */
    public static List<FindingType> builtIn() {
        return Holder.BUILT_IN;
    }

    /** Computed once: listing the model layer's types builds a Bean Validation validator. */
    private static final class Holder {
        static final List<FindingType> BUILT_IN = compute();
    }

    private static List<FindingType> compute() {
        Map<String, FindingType> byCode = new LinkedHashMap<>();
        List<FindingType> all = new ArrayList<>(SyntaxFindings.ALL);
        all.addAll(SchemaFindings.ALL);
        all.addAll(Engine.modelFindingTypes());
        for (FindingType t : EngineFindings.ALL) {
            all.add(t);
        }
        for (Rule rule : Engine.builtInRules()) {
            all.addAll(rule.findingTypes());
        }
        all.addAll(AdapterFindings.ALL);
        all.addAll(org.jisr.validation.internal.JsonAdapterFindings.ALL);
        all.addAll(org.jisr.validation.internal.ConversionFindings.ALL);
        all.sort(java.util.Comparator.comparing(FindingType::layer));
        for (FindingType t : all) {
            byCode.putIfAbsent(t.code(), t);
        }
        return List.copyOf(byCode.values());
    }

    /**
     * Finds one of Jisr's finding types by code.
     *
     * @param code the code
     * @return the type, or empty when Jisr has no such code
     */
    public static Optional<FindingType> find(String code) {
        return builtIn().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
