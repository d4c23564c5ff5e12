package org.jisr.validation.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jisr.validation.FindingType;
import org.jisr.validation.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Sorts Jackson's parse errors into Jisr's syntax findings. Jackson's messages are English and
 * may change between versions: they are matched here, in one place, and the parameters carry
 * only the offending text, never Jackson's wording (except for {@code syntax.malformed}, the
 * catch-all).
 */
final class SyntaxErrors {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern LONE_SURROGATE = Pattern.compile("(?:low|high) surrogate[^:]*: 0x([0-9a-fA-F]{4})");

    private SyntaxErrors() {
    }

    static FindingType type(JacksonException e, String message) {
        if (e instanceof StreamConstraintsException) {
            return SyntaxFindings.LIMIT_EXCEEDED;
        }
        if (LONE_SURROGATE.matcher(message).find()) {
            return SyntaxFindings.UNPAIRED_SURROGATE;
        }
        if (CONTROL.matcher(message).find() || CLOSE_MARKER.matcher(message).find()) {
            return SyntaxFindings.UNEXPECTED_CHARACTER;
        }
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException
                || message.contains("Invalid UTF-8") || message.contains("Invalid UTF8")) {
            return SyntaxFindings.NOT_UTF8;
        }
        if (message.contains("Unexpected end-of-input")) {
            return SyntaxFindings.TRUNCATED;
        }
        if (message.contains("Illegal unquoted character") || message.contains("Unrecognized character escape")
                || message.contains("Illegal character in") || message.contains("Invalid escape")) {
            return SyntaxFindings.INVALID_STRING;
        }
        if (message.contains("numeric value") || message.contains("Leading zeroes") || message.contains("Non-standard token")
                || message.contains("Decimal point not followed") || message.contains("Leading plus")
                || message.contains("Invalid number") || message.contains("expected digit")
                || message.contains("Numeric value")) {
            return SyntaxFindings.INVALID_NUMBER;
        }
        if (UNRECOGNIZED.matcher(message).find()) {
            return SyntaxFindings.UNRECOGNIZED_TOKEN;
        }
        if (UNEXPECTED_CHAR.matcher(message).find()) {
            return SyntaxFindings.UNEXPECTED_CHARACTER;
        }
        return SyntaxFindings.MALFORMED;
    }

    static Map<String, String> parameters(JacksonException e, String message, ReadLimits limits) {
        FindingType type = type(e, message);
        if (type == SyntaxFindings.LIMIT_EXCEEDED) {
            return limit(message, limits);
        }
        if (type == SyntaxFindings.UNRECOGNIZED_TOKEN) {
            Matcher m = UNRECOGNIZED.matcher(message);
            return Map.of("token", m.find() ? clip(m.group(1)) : "");
        }
        if (type == SyntaxFindings.UNPAIRED_SURROGATE) {
            Matcher m = LONE_SURROGATE.matcher(message);
            return Map.of("codePoint", m.find() ? "U+" + m.group(1).toUpperCase(java.util.Locale.ROOT) : "");
        }
        if (type == SyntaxFindings.UNEXPECTED_CHARACTER) {
            Matcher control = CONTROL.matcher(message);
            if (control.find()) {
                return Map.of("character", String.format("control (U+%04X)", Integer.parseInt(control.group(1))));
            }
            Matcher close = CLOSE_MARKER.matcher(message);
            if (close.find()) {
                return Map.of("character", String.format("%s (U+%04X)", close.group(1), (int) close.group(1).charAt(0)));
            }
            Matcher m = UNEXPECTED_CHAR.matcher(message);
            if (m.find()) {
                int code = Integer.parseInt(m.group(2));
                return Map.of("character", String.format("%s (U+%04X)", printable(code), code));
            }
            return Map.of("character", "");
        }
        if (type == SyntaxFindings.TRUNCATED) {
            return Map.of();
        }
        if (type == SyntaxFindings.NOT_UTF8) {
            return Map.of("detail", "invalid UTF-8 bytes");
        }
        return Map.of("detail", clip(firstLine(message)));
    }

    private static Map<String, String> limit(String message, ReadLimits limits) {
        return ReadConstraints.parameters(message, limits);
    }

    private static String printable(int code) {
        if (code < 0x20 || code == 0x7F) {
            return "control";
        }
        if (Character.isSurrogate((char) code)) {
            return "surrogate";
        }
        return new String(Character.toChars(code));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
