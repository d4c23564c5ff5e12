/**
 * Jisr core: the domain model of the exchange format ({@code org.jisr.model}), its canonical
 * JSON and NDJSON codec ({@code org.jisr.json}), the validator ({@code org.jisr.validation}), the
 * adapter SPI ({@code org.jisr.spi}), the runtime that discovers and guards adapters and converts
 * between formats ({@code org.jisr.runtime}), the exception root ({@code org.jisr.core}) and the
 * matching of text variants ({@code org.jisr.text}). It
 * provides the adapters of its own two forms, {@code json} and {@code ndjson}.
 *
 * <p>Only those packages are exported; the {@code *.internal} packages hold the implementation and
 * may change at any time. No Jackson type appears in an exported signature.
 */
module org.jisr.core {
    requires transitive org.jspecify;
    requires transitive org.jisr.schema;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires com.networknt.schema;
    requires org.hibernate.validator;
    requires jakarta.validation;

    exports org.jisr.core;
    exports org.jisr.model;
    exports org.jisr.json;
    exports org.jisr.validation;
    exports org.jisr.spi;
    exports org.jisr.spi.support;
    exports org.jisr.runtime;
    exports org.jisr.text;

    uses org.jisr.validation.Rule;
    uses org.jisr.spi.Adapter;
    uses org.jisr.validation.internal.ModelConstraints;

    provides org.jisr.validation.internal.ModelConstraints
            with org.jisr.validation.internal.model.BeanValidationConstraints;

    provides org.jisr.validation.Rule with
            org.jisr.validation.internal.rules.UniqueIdsRule,
            org.jisr.validation.internal.rules.ReferencesResolveRule,
            org.jisr.validation.internal.rules.ParentEventPeriodRule,
            org.jisr.validation.internal.rules.PartnershipPartiesRule,
            org.jisr.validation.internal.rules.PlausibleDatesRule,
            org.jisr.validation.internal.rules.LanguageConsistencyRule;

    provides org.jisr.spi.Adapter with
            org.jisr.runtime.internal.adapters.JsonDocumentAdapter,
            org.jisr.runtime.internal.adapters.NdjsonAdapter;
}
