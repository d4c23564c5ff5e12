/**
 * Jisr reference data: dated lists of the French (COG) and Tunisian local authorities, the checks
 * of identifiers against them as validation rules, and the matching of the names people write to
 * the authorities they mean ({@code org.jisr.reference}). Optional at run time: when this module
 * is on the path, the {@link org.jisr.validation.Validator} finds its rule with
 * {@code ServiceLoader}.
 */
module org.jisr.reference {
    requires transitive org.jisr.core;

    exports org.jisr.reference;

    // The findings' messages, read by org.jisr.core's FindingMessages through a class loader.
    opens org.jisr.reference;

    provides org.jisr.validation.Rule with org.jisr.reference.ReferenceIdentifiersRule;
}
