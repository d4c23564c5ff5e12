package org.jisr.validation.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.validation.internal.model.ConstraintValidators.Check;
import org.jisr.validation.internal.model.Constraints.CleanText;
import org.jisr.validation.internal.model.Constraints.KnownCountry;
import org.jisr.validation.internal.model.Constraints.KnownLanguageTag;

/**
 * Answers, without Hibernate Validator, whether the model layer has nothing to say about a
 * record: it walks the same cascades of {@link BeanValidationConstraints} (the same maps) and runs
 * the same checks of {@link ConstraintValidators} on the same values, stopping at the first
 * problem. Most records are clean, and for them Hibernate Validator's machinery (paths, contexts,
 * the violation set) was most of the model layer's time; a record with a problem, or one the
 * precheck cannot walk, still goes through Hibernate Validator, which makes the findings. The
 * precheck can therefore only save time, never change a finding, as long as it visits every value
 * Hibernate Validator visits: both are driven by one mapping, and {@code ModelPrecheckTest}
 * compares them on clean and broken records.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class ModelPrecheck {

    /** The checks behind the string constraints, the ones their validators run. */
    static final Map<Class<? extends Annotation>, Check<String>> STRING_CHECKS = Map.of(
            CleanText.class, ConstraintValidators::checkFreeText,
            KnownCountry.class, ConstraintValidators::checkCountry,
            KnownLanguageTag.class, ConstraintValidators::checkLanguageTag);

    /** The checks behind the value types' class-level constraints. */
    static final Map<Class<?>, Check<?>> VALUE_CHECKS = Map.of(
            MultilingualText.class, (Check<MultilingualText>) ConstraintValidators::checkTexts,
            Identifier.class, (Check<Identifier>) ConstraintValidators::checkIdentifier,
            Money.class, (Check<Money>) ConstraintValidators::checkMoney,
            TimeSpan.class, (Check<TimeSpan>) ConstraintValidators::checkPeriod);

    /** What is done on a value of one type: its own check, then each accessor's. */
    private record Plan(Check<Object> own, Step[] steps) {
    }

    /** One accessor: a string with its check, or a value (or list of values) to walk into. */
    private record Step(Function<Object, Object> accessor, Check<Object> check, boolean list) {
    }

    /** Thrown, without a stack, at the first problem. */
    private static final class Unclean extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unclean INSTANCE = new Unclean();

        private Unclean() {
            super(null, null, false, false);
        }
    }

    private static final Check<Object> NONE = (value, out) -> { };
    private static final ConstraintValidators.Found STOP = (node, problem) -> {
        throw Unclean.INSTANCE;
    };

    private final Map<Class<?>, Plan> plans = new HashMap<>();

    @SuppressWarnings("unchecked")
    ModelPrecheck() {
        for (Class<?> type : BeanValidationConstraints.validatedTypes()) {
            List<Step> steps = new ArrayList<>();
            for (String name : BeanValidationConstraints.CASCADES.getOrDefault(type, List.of())) {
                Method m = accessor(type, name);
                steps.add(new Step(function(m), NONE, List.class.isAssignableFrom(m.getReturnType())));
            }
            BeanValidationConstraints.STRING_CONSTRAINTS.getOrDefault(type, Map.of()).forEach((name, constraint) -> {
                Check<String> check = STRING_CHECKS.get(constraint);
                if (check == null) {
                    throw new IllegalStateException("no precheck for " + constraint.getSimpleName());
                }
                steps.add(new Step(function(accessor(type, name)), (Check<Object>) (Check<?>) check, false));
            });
            Class<? extends Annotation> own = BeanValidationConstraints.VALUE_CONSTRAINTS.get(type);
            Check<?> ownCheck = own == null ? NONE : VALUE_CHECKS.get(type);
            if (ownCheck == null) {
                throw new IllegalStateException("no precheck for " + type.getSimpleName());
            }
            plans.put(type, new Plan((Check<Object>) ownCheck, steps.toArray(Step[]::new)));
        }
    }

    /**
     * Whether the model layer would report nothing on a record.
     *
     * @param record the record
     * @return true when every check passes; false at the first problem, or when a value could
     *         not be walked (Hibernate Validator then decides)
     */
    boolean clean(JisrRecord record) {
        try {
            walk(record);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void walk(Object value) {
        Plan plan = plans.get(value.getClass());
        if (plan == null) {
            return; // a type with no constraint and no cascade: nothing for Hibernate Validator either
        }
        plan.own.check(value, STOP);
        for (Step step : plan.steps) {
            Object v = step.accessor.apply(value);
            if (v == null) {
                continue;
            }
            if (step.check != NONE) {
                step.check.check(v, STOP);
            } else if (step.list) {
                for (Object element : (List<?>) v) {
                    if (element != null) {
                        walk(element);
                    }
                }
            } else {
                walk(v);
            }
        }
    }

    /**
     * An accessor as a function. Through {@link Method#invoke}, which the JDK turns into generated
     * code for the accessors called often: a function made with {@code LambdaMetafactory} per
     * accessor cost some 45 ms when a validator was built (a class spun for each), for no gain
     * that could be measured per record.
     */
    private static Function<Object, Object> function(Method accessor) {
        return value -> {
            try {
                return accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot call " + accessor, e); // clean() then says false
            }
        };
    }

    private static Method accessor(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no accessor " + name + "()", e);
        }
    }
}
