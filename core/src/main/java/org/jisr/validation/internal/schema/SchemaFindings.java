package org.jisr.validation.internal.schema;

import static org.jisr.validation.Layer.SCHEMA;
import static org.jisr.validation.Severity.ERROR;

import java.util.List;
import org.jisr.validation.FindingType;

/** The findings of the schema layer, one per JSON Schema keyword. Codes are frozen once released. */
public final class SchemaFindings {

    /** {@code required}: a required property is missing. */
    public static final FindingType REQUIRED = FindingType.jisr("schema.required", SCHEMA, ERROR, "property");
    /** {@code additionalProperties}: a property the format does not define. */
    public static final FindingType UNKNOWN_PROPERTY = FindingType.jisr("schema.unknown-property", SCHEMA, ERROR,
            "property");
    /** {@code type}: a value of the wrong JSON type. */
    public static final FindingType TYPE = FindingType.jisr("schema.type", SCHEMA, ERROR, "expected", "actual");
    /** {@code enum}: a value not in its codelist. */
    public static final FindingType NOT_IN_CODELIST = FindingType.jisr("schema.not-in-codelist", SCHEMA, ERROR,
            "value", "allowed");
    /** {@code const}: a value other than the one required. */
    public static final FindingType CONST = FindingType.jisr("schema.const", SCHEMA, ERROR, "value", "expected");
    /** {@code pattern} and {@code format}: a string of the wrong shape. */
    public static final FindingType SHAPE = FindingType.jisr("schema.shape", SCHEMA, ERROR, "value", "expected");
    /** {@code propertyNames}: a member name of the wrong shape (a language tag, a namespace). */
    public static final FindingType NAME_SHAPE = FindingType.jisr("schema.name-shape", SCHEMA, ERROR, "name",
            "expected");
    /** {@code minItems}: too few items. */
    public static final FindingType TOO_FEW_ITEMS = FindingType.jisr("schema.too-few-items", SCHEMA, ERROR, "minimum",
            "actual");
    /** {@code maxItems}: too many items. */
    public static final FindingType TOO_MANY_ITEMS = FindingType.jisr("schema.too-many-items", SCHEMA, ERROR,
            "maximum", "actual");
    /** {@code uniqueItems}: the same item twice. */
    public static final FindingType DUPLICATE_ITEMS = FindingType.jisr("schema.duplicate-items", SCHEMA, ERROR);
    /** {@code minProperties}: an object with too few members (an empty text). */
    public static final FindingType TOO_FEW_PROPERTIES = FindingType.jisr("schema.too-few-properties", SCHEMA, ERROR,
            "minimum");
    /** {@code minimum}/{@code exclusiveMinimum}: a number too small. */
    public static final FindingType TOO_SMALL = FindingType.jisr("schema.too-small", SCHEMA, ERROR, "value", "minimum");
    /** {@code maximum}/{@code exclusiveMaximum}: a number too large. */
    public static final FindingType TOO_LARGE = FindingType.jisr("schema.too-large", SCHEMA, ERROR, "value", "maximum");
    /** {@code minLength}: a string too short. */
    public static final FindingType TOO_SHORT = FindingType.jisr("schema.too-short", SCHEMA, ERROR, "minimum");
    /** {@code maxLength}: a string too long. */
    public static final FindingType TOO_LONG = FindingType.jisr("schema.too-long", SCHEMA, ERROR, "maximum");
    /** {@code oneOf}: not exactly one of the alternatives (a participation with both a participant and a group). */
    public static final FindingType ONE_OF = FindingType.jisr("schema.one-of", SCHEMA, ERROR, "alternatives");
    /** {@code anyOf}: none of the alternatives. */
    public static final FindingType ANY_OF = FindingType.jisr("schema.any-of", SCHEMA, ERROR, "alternatives");
    /** Any other keyword. */
    public static final FindingType OTHER = FindingType.jisr("schema.other", SCHEMA, ERROR, "keyword");

    /** Every schema finding type. */
    public static final List<FindingType> ALL = List.of(REQUIRED, UNKNOWN_PROPERTY, TYPE, NOT_IN_CODELIST, CONST, SHAPE,
            NAME_SHAPE, TOO_FEW_ITEMS, TOO_MANY_ITEMS, DUPLICATE_ITEMS, TOO_FEW_PROPERTIES, TOO_SMALL, TOO_LARGE,
            TOO_SHORT, TOO_LONG, ONE_OF, ANY_OF, OTHER);

    private SchemaFindings() {
    }
}
