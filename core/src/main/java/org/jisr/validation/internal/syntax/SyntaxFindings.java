package org.jisr.validation.internal.syntax;

import static org.jisr.validation.Layer.SYNTAX;
import static org.jisr.validation.Severity.ERROR;
import static org.jisr.validation.Severity.WARNING;

import java.util.List;
import org.jisr.validation.FindingType;

/** The findings of the syntax layer. Codes are frozen once released. */
public final class SyntaxFindings {

    /** The input could not be read at all (missing file, permission, I/O failure). */
    public static final FindingType UNREADABLE_INPUT = FindingType.jisr("syntax.unreadable-input", SYNTAX, ERROR, "reason");
    /** The input is empty. */
    public static final FindingType EMPTY_INPUT = FindingType.jisr("syntax.empty-input", SYNTAX, ERROR);
    /** The input starts with a UTF-8 byte order mark, which exchange files must not have. */
    public static final FindingType BYTE_ORDER_MARK = FindingType.jisr("syntax.byte-order-mark", SYNTAX, WARNING);
    /** The input is not UTF-8 (a UTF-16 or UTF-32 byte order mark, or bytes that are not UTF-8). */
    public static final FindingType NOT_UTF8 = FindingType.jisr("syntax.not-utf8", SYNTAX, ERROR, "detail");
    /** The JSON is malformed. */
    public static final FindingType MALFORMED = FindingType.jisr("syntax.malformed", SYNTAX, ERROR, "detail");
    /** An unexpected character. */
    public static final FindingType UNEXPECTED_CHARACTER = FindingType.jisr("syntax.unexpected-character", SYNTAX,
            ERROR, "character");
    /** A word that is not a JSON value ({@code True}, {@code NaN}, an unquoted name). */
    public static final FindingType UNRECOGNIZED_TOKEN = FindingType.jisr("syntax.unrecognized-token", SYNTAX, ERROR,
            "token");
    /** The input ends in the middle of a value. */
    public static final FindingType TRUNCATED = FindingType.jisr("syntax.truncated", SYNTAX, ERROR);
    /** A number that JSON does not allow ({@code 01}, {@code 1.}, {@code .5}, {@code +1}). */
    public static final FindingType INVALID_NUMBER = FindingType.jisr("syntax.invalid-number", SYNTAX, ERROR, "detail");
    /** A control character inside a string, or a bad escape sequence. */
    public static final FindingType INVALID_STRING = FindingType.jisr("syntax.invalid-string", SYNTAX, ERROR, "detail");
    /** A string with an unpaired surrogate (I-JSON, RFC 7493 §2.1). */
    public static final FindingType UNPAIRED_SURROGATE = FindingType.jisr("syntax.unpaired-surrogate", SYNTAX, ERROR,
            "codePoint");
    /** The same member name twice in one object (I-JSON, RFC 7493 §2.3). */
    public static final FindingType DUPLICATE_KEY = FindingType.jisr("syntax.duplicate-key", SYNTAX, ERROR, "name");
    /** Content after the end of the document. */
    public static final FindingType TRAILING_CONTENT = FindingType.jisr("syntax.trailing-content", SYNTAX, ERROR);
    /** An empty line inside a record stream. */
    public static final FindingType EMPTY_LINE = FindingType.jisr("syntax.empty-line", SYNTAX, WARNING);
    /** A read limit was exceeded; reading stopped there. */
    public static final FindingType LIMIT_EXCEEDED = FindingType.jisr("syntax.limit-exceeded", SYNTAX, ERROR, "limit",
            "maximum");

    /** Every syntax finding type. */
    public static final List<FindingType> ALL = List.of(UNREADABLE_INPUT, EMPTY_INPUT, BYTE_ORDER_MARK, NOT_UTF8,
            MALFORMED, UNEXPECTED_CHARACTER, UNRECOGNIZED_TOKEN, TRUNCATED, INVALID_NUMBER, INVALID_STRING,
            UNPAIRED_SURROGATE, DUPLICATE_KEY, TRAILING_CONTENT, EMPTY_LINE, LIMIT_EXCEEDED);

    private SyntaxFindings() {
    }
}
