package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.validation.internal.report.ReportsText;
import tools.jackson.databind.JsonNode;

/** Whatever a report holds, its SARIF rendering is valid SARIF 2.1.0 that says what the report says. */
class SarifPropertiesTest {

    @Property(tries = 150)
    void every_report_gives_valid_sarif_that_keeps_each_finding(@ForAll("reports") ValidationReport report,
            @ForAll("languages") String language) throws URISyntaxException {
        FindingMessages messages = FindingMessages.of(language);

        String rendered = ReportFormat.SARIF.render(report, messages);
        JsonNode log = ReportFixtures.MAPPER.readTree(rendered);

        assertThat(SarifSchema.errors(log)).isEmpty();
        assertThat(ReportFormat.SARIF.render(report, messages)).isEqualTo(rendered);
        JsonNode run = log.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.values()).extracting(r -> r.path("id").asString())
                .containsExactlyElementsOf(report.countsByCode().keySet());
        JsonNode results = run.path("results");
        assertThat(results.size()).isEqualTo(report.findings().size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode r = results.get(i);
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asString()).isEqualTo(f.code());
            assertThat(r.path("message").path("text").asString()).isEqualTo(ReportsText.withoutLoneSurrogates(messages.render(f)));
            assertThat(r.path("level").asString()).isEqualTo(switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            });
            JsonNode at = r.path("locations").get(0);
            assertThat(at.path("logicalLocations").get(0).path("fullyQualifiedName").asString())
                    .isEqualTo(ReportsText.withoutLoneSurrogates(f.location().pointer()));
            JsonNode physical = at.path("physicalLocation");
            assertThat(physical.isMissingNode()).isEqualTo(f.location().file().isEmpty());
            if (!physical.isMissingNode()) {
                String uri = physical.path("artifactLocation").path("uri").asString();
                assertThat(uri).matches("[\\x21-\\x7E]+");
                assertThat(new URI(uri).getPath()).isEqualTo(ReportsText.withoutLoneSurrogates(f.location().file()));
                JsonNode region = physical.path("region");
                assertThat(region.isMissingNode()).isEqualTo(f.location().line() == 0);
                if (f.location().line() > 0) {
                    assertThat(region.path("startLine").asInt()).isEqualTo(f.location().line());
                    assertThat(region.has("startColumn")).isEqualTo(f.location().column() > 0);
                }
            }
        }
        long all = report.countsByCode().values().stream().mapToLong(Long::longValue).sum();
        assertThat(run.path("properties").path("resultsLeftOut").asLong()).isEqualTo(all - report.findings().size());
        assertThat(run.path("properties").path("sampled").asBoolean()).isEqualTo(report.isSampled());
        assertThat(run.path("language").asString()).isEqualTo(language);
    }

    @Provide
    Arbitrary<ValidationReport> reports() {
        return HostileReports.reports();
    }

    @Provide
    Arbitrary<String> languages() {
        return HostileReports.language();
    }
}
