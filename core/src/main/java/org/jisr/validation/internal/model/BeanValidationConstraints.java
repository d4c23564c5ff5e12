package org.jisr.validation.internal.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.jisr.model.DocumentLink;
import org.jisr.model.Event;
import org.jisr.model.Funding;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.Outcome;
import org.jisr.model.ParticipantGroup;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.Source;
import org.jisr.model.TimeSpan;
import org.jisr.validation.FindingType;
import org.jisr.validation.internal.FindingSink;
import org.jisr.validation.internal.ModelConstraints;
import org.jisr.validation.internal.model.Constraints.CleanText;
import org.jisr.validation.internal.model.Constraints.KnownCountry;
import org.jisr.validation.internal.model.Constraints.KnownLanguageTag;
import org.jisr.validation.internal.model.Constraints.OrderedPeriod;
import org.jisr.validation.internal.model.Constraints.PayableMoney;
import org.jisr.validation.internal.model.Constraints.PossibleIdentifier;
import org.jisr.validation.internal.model.ConstraintValidators.CountryValidator;
import org.jisr.validation.internal.model.ConstraintValidators.FreeTextValidator;
import org.jisr.validation.internal.model.ConstraintValidators.IdentifierValidator;
import org.jisr.validation.internal.model.ConstraintValidators.LanguageTagValidator;
import org.jisr.validation.internal.model.ConstraintValidators.MoneyValidator;
import org.jisr.validation.internal.model.ConstraintValidators.MultilingualTextValidator;
import org.jisr.validation.internal.model.ConstraintValidators.PeriodValidator;

/**
 * The model layer, with Jakarta Bean Validation (Hibernate Validator). The model records carry
 * no annotation: the constraints are put on them here, with Hibernate Validator's programmatic
 * mapping, as class-level constraints on the value types ({@link MultilingualText},
 * {@link Identifier}, {@link Money}, {@link TimeSpan}), constraints on a few string accessors
 * (countries, language tags, free texts), and cascades from each record into every value that
 * holds one of them.
 *
 * <p>Record accessors ({@code name()}) are no JavaBean getters ({@code getName()}), and the
 * records' fields are private to a package that core does not open: a
 * {@link GetterPropertySelectionStrategy} makes Hibernate Validator read the public accessors,
 * which works on the class path and the module path alike. Messages are interpolated without
 * Expression Language ({@link ParameterMessageInterpolator}) and never used: each violation
 * carries a {@link Problem} that becomes the finding.
 *
 * <p>One {@link Validator} is built with the instance and shared: thread-safe.
 */
public final class BeanValidationConstraints implements ModelConstraints {

    /** For each type, the accessors whose values are validated in turn (elements, for a list). */
    static final Map<Class<?>, List<String>> CASCADES = Map.ofEntries(
            Map.entry(LocalAuthority.class, List.of("name", "place", "identifiers", "sources")),
            Map.entry(Organization.class, List.of("name", "description", "place", "identifiers", "sources")),
            Map.entry(Partnership.class, List.of("name", "period", "description", "documents", "funding",
                    "identifiers", "sources")),
            Map.entry(Project.class, List.of("title", "description", "goals", "period", "participants", "budget",
                    "funding", "documents", "identifiers", "sources")),
            Map.entry(Event.class, List.of("title", "description", "period", "venue", "participants", "outcomes",
                    "documents", "identifiers", "sources")),
            Map.entry(Place.class, List.of("name", "address", "locality")),
            Map.entry(Source.class, List.of("title", "publisher")),
            Map.entry(DocumentLink.class, List.of("title")),
            Map.entry(Participation.class, List.of("group", "description")),
            Map.entry(ParticipantGroup.class, List.of("name")),
            Map.entry(Outcome.class, List.of("description")),
            Map.entry(Funding.class, List.of("amount", "purpose")));

    /** For each type, its string accessors and the constraint each one has. */
    static final Map<Class<?>, Map<String, Class<? extends Annotation>>> STRING_CONSTRAINTS = Map.of(
            LocalAuthority.class, Map.of("country", KnownCountry.class),
            Organization.class, Map.of("country", KnownCountry.class, "acronym", CleanText.class),
            Place.class, Map.of("country", KnownCountry.class),
            ParticipantGroup.class, Map.of("country", KnownCountry.class),
            Source.class, Map.of("language", KnownLanguageTag.class, "license", CleanText.class),
            DocumentLink.class, Map.of("language", KnownLanguageTag.class));

    /** The value types and their class-level constraint. */
    static final Map<Class<?>, Class<? extends Annotation>> VALUE_CONSTRAINTS = Map.of(
            MultilingualText.class, CleanText.class,
            Identifier.class, PossibleIdentifier.class,
            Money.class, PayableMoney.class,
            TimeSpan.class, OrderedPeriod.class);

    private static final Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> VALIDATORS = Map.of(
            MultilingualTextValidator.class, MultilingualTextValidator::new,
            FreeTextValidator.class, FreeTextValidator::new,
            LanguageTagValidator.class, LanguageTagValidator::new,
            CountryValidator.class, CountryValidator::new,
            IdentifierValidator.class, IdentifierValidator::new,
            MoneyValidator.class, MoneyValidator::new,
            PeriodValidator.class, PeriodValidator::new);

    private final Validator validator;
    private final ModelPrecheck precheck = new ModelPrecheck();

    /** Builds the validator; {@code ServiceLoader} calls this once per engine. */
    public BeanValidationConstraints() {
        // The provider is named, not looked up: the context class loader of a host application may not see it.
        // Its predefined-scope flavour is told every type it will meet and that none of Bean
        // Validation's built-in constraints (@NotNull …) is used: it then neither loads nor
        // introspects the two hundred built-in validators, which was most of its start-up.
        PredefinedScopeHibernateValidatorConfiguration configuration = Validation
                .byProvider(PredefinedScopeHibernateValidator.class)
                .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                .configure();
        configuration
                .builtinConstraints(Set.of())
                .initializeBeanMetaData(validatedTypes())
                .ignoreXmlConfiguration() // an application's META-INF/validation.xml is not ours
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new EverythingTraversable())
                .enableTraversableResolverResultCache(false)
                .constraintValidatorFactory(new OwnValidators(configuration.getDefaultConstraintValidatorFactory()))
                .getterPropertySelectionStrategy(new RecordAccessors())
                .addMapping(mapping(configuration));
        this.validator = configuration.buildValidatorFactory().getValidator();
    }

    @Override
    public List<FindingType> findingTypes() {
        return ModelFindings.ALL;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Answered by {@link ModelPrecheck}, which runs the same checks on the same values without
     * Hibernate Validator.
     */
    @Override
    public boolean clean(JisrRecord record) {
        return precheck.clean(record);
    }

    @Override
    public void check(JisrRecord record, FindingSink sink) {
        List<Found> found = new ArrayList<>();
        for (ConstraintViolation<JisrRecord> v : validator.validate(record)) {
            found.add(new Found(JsonPointers.of(v.getPropertyPath()), problemOf(v)));
        }
        // Hibernate Validator returns a set: report in a stable order, near enough to the document's.
        found.sort(Comparator.comparing(Found::pointer, BeanValidationConstraints::comparePointers)
                .thenComparing(f -> ModelFindings.ALL.indexOf(f.problem().type())));
        for (Found f : found) {
            sink.report(f.problem().type(), f.pointer(), f.problem().parameters());
        }
    }

    private static Problem problemOf(ConstraintViolation<JisrRecord> v) {
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        Problem problem = hibernate.getDynamicPayload(Problem.class);
        if (problem == null) {
            throw new IllegalStateException("a model constraint reported no problem at " + v.getPropertyPath());
        }
        return problem;
    }

    /** Every type validated, as a record or through a cascade: the mapping names them all. */
    static Set<Class<?>> validatedTypes() {
        Set<Class<?>> types = new java.util.HashSet<>(CASCADES.keySet());
        types.addAll(STRING_CONSTRAINTS.keySet());
        types.addAll(VALUE_CONSTRAINTS.keySet());
        return types;
    }

    private static ConstraintMapping mapping(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(CleanText.class).includeExistingValidators(false)
                .validatedBy(MultilingualTextValidator.class).validatedBy(FreeTextValidator.class);
        mapping.constraintDefinition(PossibleIdentifier.class).includeExistingValidators(false)
                .validatedBy(IdentifierValidator.class);
        mapping.constraintDefinition(PayableMoney.class).includeExistingValidators(false)
                .validatedBy(MoneyValidator.class);
        mapping.constraintDefinition(OrderedPeriod.class).includeExistingValidators(false)
                .validatedBy(PeriodValidator.class);
        mapping.constraintDefinition(KnownCountry.class).includeExistingValidators(false)
                .validatedBy(CountryValidator.class);
        mapping.constraintDefinition(KnownLanguageTag.class).includeExistingValidators(false)
                .validatedBy(LanguageTagValidator.class);

        VALUE_CONSTRAINTS.forEach((type, constraint) -> mapping.type(type).constraint(definition(constraint)));
        Set<Class<?>> types = new java.util.HashSet<>(CASCADES.keySet());
        types.addAll(STRING_CONSTRAINTS.keySet());
        for (Class<?> type : types) {
            TypeConstraintMappingContext<?> context = mapping.type(type);
            for (String accessor : CASCADES.getOrDefault(type, List.of())) {
                if (List.class.isAssignableFrom(returnType(type, accessor))) {
                    context.getter(accessor).containerElementType().valid();
                } else {
                    context.getter(accessor).valid();
                }
            }
            STRING_CONSTRAINTS.getOrDefault(type, Map.of())
                    .forEach((accessor, constraint) -> context.getter(accessor).constraint(definition(constraint)));
        }
        return mapping;
    }

    private static Class<?> returnType(Class<?> type, String accessor) {
        try {
            return type.getMethod(accessor).getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no accessor " + accessor + "()", e);
        }
    }

    private static <A extends Annotation> GenericConstraintDef<A> definition(Class<A> constraint) {
        return new GenericConstraintDef<>(constraint);
    }

    /** Orders JSON Pointers token by token, array indexes by number. */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareTokens(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareTokens(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    private record Found(String pointer, Problem problem) {
    }

    /**
     * Makes the accessors of the model's records the properties Hibernate Validator reads:
     * {@code name()} is the property {@code name}. Only the accessors the mapping names are ever
     * read; the model carries no constraint annotation for others to be found.
     */
    private static final class RecordAccessors implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class
                    && !NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.of(executable.getName());
            }
            return Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    /**
     * Every property is traversed. The default resolver asks JPA, when it is on the class path,
     * whether entities are loaded: nothing to do with Jisr's records.
     */
    private static final class EverythingTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }

    /** Creates Jisr's validators directly: no reflection into a package core does not export. */
    private static final class OwnValidators implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory others;

        OwnValidators(ConstraintValidatorFactory others) {
            this.others = others;
        }

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            Supplier<ConstraintValidator<?, ?>> own = VALIDATORS.get(key);
            return own != null ? key.cast(own.get()) : others.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            if (!VALIDATORS.containsKey(instance.getClass())) {
                others.releaseInstance(instance);
            }
        }
    }
}
