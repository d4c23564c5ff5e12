package org.jisr;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jisr.json.JacksonLeakingFixture;
import org.jisr.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of STYLE.md that the compiler does not enforce, checked on core's main classes. */
class ArchitectureTest {

    private static final String[] EXPORTED = {"org.jisr.core", "org.jisr.model", "org.jisr.json", "org.jisr.validation", "org.jisr.spi",
        "org.jisr.spi.support",
        "org.jisr.runtime", "org.jisr.text"};
    private static final String[] THIRD_PARTY = {"tools.jackson..", "com.fasterxml..", "com.networknt..", "org.hibernate..", "jakarta.validation.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.jisr");
    }

    // ---- third-party types stay out of public signatures

    /** Public types of the exported packages, whose public and protected members are API. */
    static ArchRule noThirdPartyTypeInPublicSignatures() {
        return classes()
                .that().resideInAnyPackage(EXPORTED)
                .and(effectivelyPublic())
                .should(exposeNoTypeFrom(THIRD_PARTY));
    }

    @Test
    void exported_packages_expose_no_third_party_type() {
        noThirdPartyTypeInPublicSignatures().check(main);
    }

    @Test
    void the_signature_rule_reports_a_leaking_class() {
        JavaClasses fixture = new ClassFileImporter().importClasses(JacksonLeakingFixture.class);

        EvaluationResult result = noThirdPartyTypeInPublicSignatures().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        String fixtureName = JacksonLeakingFixture.class.getName();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(fixtureName + ".parser()") && d.contains("tools.jackson.core.JsonParser"))
                .anyMatch(d -> d.contains(fixtureName + ".tokens(java.util.List)")
                        && d.contains("tools.jackson.core.JsonToken"))
                .anyMatch(d -> d.contains(fixtureName + ".factory") && d.contains("tools.jackson.core.json.JsonFactory"))
                .anyMatch(d -> d.contains(fixtureName + ".<init>(tools.jackson.core.JsonGenerator)"))
                .anyMatch(d -> d.contains(fixtureName + ".reader()") && d.contains("tools.jackson.core.ObjectReadContext"))
                .anyMatch(d -> d.contains(fixtureName + ".fail()")
                        && d.contains("tools.jackson.core.exc.StreamReadException"))
                .noneMatch(d -> d.contains(fixtureName + ".hidden") || d.contains(fixtureName + ".packagePrivate"));
    }

    // ---- packages

    @Test
    void packages_are_free_of_cycles() {
        // A feature's API package and its own .internal packages form one slice: the API's
        // facade calls its implementation, which produces the API's types.
        slices().matching("org.jisr.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void the_module_exports_exactly_the_api_packages() throws Exception {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.name()).isEqualTo("org.jisr.core");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(EXPORTED)
                .noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(descriptor.opens()).isEmpty();
    }

    // ---- immutability

    @Test
    void model_types_are_immutable() {
        // Builders are the one mutable part of the model, by design (their Javadoc says so).
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.jisr.model")
                .and().areDeclaredInClassesThat(not(simpleName("Builder")))
                .should().beFinal()
                .check(main);
    }

    // ---- helpers

    private static DescribedPredicate<JavaClass> effectivelyPublic() {
        return DescribedPredicate.describe("are public (as are their enclosing classes)", c -> {
            for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
                if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static ArchCondition<JavaClass> exposeNoTypeFrom(String... packages) {
        DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(packages);
        return new ArchCondition<>("expose no type from " + String.join(", ", packages)
                + " in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<JavaClass> supertypes = new LinkedHashSet<>();
                type.getSuperclass().ifPresent(s -> supertypes.addAll(s.getAllInvolvedRawTypes()));
                type.getInterfaces().forEach(i -> supertypes.addAll(i.getAllInvolvedRawTypes()));
                type.getTypeParameters().forEach(t -> supertypes.addAll(t.getAllInvolvedRawTypes()));
                report(type, type.getName() + " (its supertypes and type parameters)", supertypes, forbidden, events);

                for (JavaField field : type.getFields()) {
                    if (isApi(field)) {
                        report(field, field.getFullName(), field.getType().getAllInvolvedRawTypes(), forbidden, events);
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (isApi(unit)) {
                        Set<JavaClass> used = new LinkedHashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
                        for (JavaType parameter : unit.getParameterTypes()) {
                            used.addAll(parameter.getAllInvolvedRawTypes());
                        }
                        for (JavaTypeVariable<?> variable : unit.getTypeParameters()) {
                            used.addAll(variable.getAllInvolvedRawTypes());
                        }
                        used.addAll(unit.getExceptionTypes());
                        report(unit, unit.getFullName(), used, forbidden, events);
                    }
                }
            }
        };
    }

    private static boolean isApi(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static void report(Object subject, String where, Set<JavaClass> used, DescribedPredicate<JavaClass> forbidden,
            ConditionEvents events) {
        Set<String> leaked = used.stream().filter(forbidden).map(HasName::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!leaked.isEmpty()) {
            events.add(SimpleConditionEvent.violated(subject, where + " exposes " + String.join(", ", leaked)));
        }
    }
}
