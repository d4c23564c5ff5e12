package org.jisr.adapter.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No Jackson type in the public signatures of the exported packages; the container does not reach back. */
class CsvArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.jisr.adapter");

    @Test
    void exported_api_exposes_no_jackson_type() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.jisr.adapter.tabular", "org.jisr.adapter.csv")
                .and().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a Jackson type",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("tools.jackson")))
                .check(MAIN);
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.jisr.adapter.tabular", "org.jisr.adapter.csv")
                .and().arePublic()
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.not(
                        com.tngtech.archunit.lang.conditions.ArchConditions.haveRawParameterTypes(
                                com.tngtech.archunit.base.DescribedPredicate.describe("Jackson types",
                                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> ps) -> ps.stream()
                                                .anyMatch(p -> p.getPackageName().startsWith("tools.jackson"))))))
                .check(MAIN);
    }

    @Test
    void the_engine_does_not_depend_on_the_csv_container() {
        noClasses().that().resideInAPackage("org.jisr.adapter.tabular..")
                .should().dependOnClassesThat().resideInAPackage("org.jisr.adapter.csv..")
                .check(MAIN);
    }
}
