package org.jisr.adapter.xlsx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.model.ExchangeDocument;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.JisrArbitraries;
import org.jisr.testkit.tck.RecordingContext;
import org.junit.jupiter.api.Test;

/** Generated documents survive both workbook profiles; the module exports only its API, with no POI type in it. */
class XlsxPropertiesAndModuleTest {

    @Property(tries = 15)
    void a_document_survives_xlsx_fr_and_xlsx_tn(@ForAll("documents") ExchangeDocument doc) {
        for (XlsxAdapter adapter : new XlsxAdapter[] {new XlsxFrAdapter(), new XlsxTnAdapter()}) {
            RecordingContext writing = new RecordingContext();
            byte[] xlsx = Bundles.write(adapter, doc, "document.xlsx", writing);
            RecordingContext reading = new RecordingContext();
            ExchangeDocument back = Bundles.read(adapter, AdapterInput.of("document.xlsx", xlsx), reading);

            assertThat(writing.losses()).isEmpty();
            assertThat(reading.errors()).isEmpty();
            assertThat(back.metadata()).isEqualTo(doc.metadata());
            for (var type : org.jisr.model.RecordType.values()) {
                assertThat(back.records().stream().filter(r -> r.type() == type).toList())
                        .isEqualTo(doc.records().stream().filter(r -> r.type() == type).toList());
            }
        }
    }

    @Provide
    Arbitrary<ExchangeDocument> documents() {
        return JisrArbitraries.documents();
    }

    @Test
    void the_module_exports_its_api_and_provides_both_profiles() throws Exception {
        Path[] modulePath = Stream.concat(Stream.of(Path.of("target/classes")), Stream.of(System.getProperty(
                "java.class.path").split(File.pathSeparator)).map(Path::of).filter(p -> p.toString().endsWith(".jar")))
                .toArray(Path[]::new);
        ModuleDescriptor module = ModuleFinder.of(modulePath).find("org.jisr.adapter.xlsx").orElseThrow().descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.jisr.adapter.xlsx");
        assertThat(module.provides()).singleElement().satisfies(p -> assertThat(p.providers())
                .containsExactly(XlsxFrAdapter.class.getName(), XlsxTnAdapter.class.getName()));
    }

    @Test
    void the_api_package_does_not_use_poi() {
        noClasses().that().resideInAPackage("org.jisr.adapter.xlsx")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                        .importPackages("org.jisr.adapter.xlsx"));
    }
}
