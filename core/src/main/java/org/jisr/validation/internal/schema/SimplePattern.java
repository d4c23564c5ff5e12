package org.jisr.validation.internal.schema;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A matcher for the simple regular expressions most of Jisr's schema patterns are: anchored at
 * both ends, a sequence of literal characters and ASCII character classes with quantifiers
 * ({@code ^TN-[0-9]{2}-[0-9]{3}$}), or an alternation of such sequences
 * ({@code ^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,127}|[A-Za-z][A-Za-z0-9+.-]*:[^\s]+)$}). It is compiled
 * only when matching greedily, without going back, gives exactly what a regular expression
 * gives: every part that may repeat a varying number of times is the last of its sequence or is
 * followed by a part of fixed length whose characters it cannot take. Anything else (groups,
 * optional parts, other escapes) is left to {@link java.util.regex}: {@link #compile} says no.
 * It matches per code point, as {@code java.util.regex} does, knows {@code \s} as Java's
 * {@code [ \t\n\x0B\f\r]}, and reads {@code $} as the end of the string, as networknt does
 * (ECMA-262: no match before a final line break).
 *
 * <p>Immutable and thread-safe.
 */
final class SimplePattern {

    /** One part: a set of characters, repeated between {@code min} and {@code max} times. */
    private record Atom(BitSet ascii, boolean negated, int min, int max) {
        boolean has(int cp) {
            if (cp < 128) {
                return ascii.get(cp) != negated;
            }
            return negated; // every class of a compiled pattern lists ASCII characters only
        }

        boolean overlaps(Atom other) {
            if (negated && other.negated) {
                return true;
            }
            for (int c = 0; c < 128; c++) {
                if (has(c) && other.has(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String SPECIAL = "()|?*+{}.^$[]\\";
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private final List<List<Atom>> branches;

    private SimplePattern(List<List<Atom>> branches) {
        this.branches = branches;
    }

    /**
     * Compiles a regular expression, if it is simple enough.
     *
     * @param regex the expression
     * @return the matcher, or empty when {@code java.util.regex} must match it
     */
    static Optional<SimplePattern> compile(String regex) {
        if (regex.length() < 2 || regex.charAt(0) != '^' || regex.charAt(regex.length() - 1) != '$'
                || regex.charAt(regex.length() - 2) == '\\') {
            return Optional.empty();
        }
        String body = regex.substring(1, regex.length() - 1);
        List<String> parts = new ArrayList<>();
        if (body.startsWith("(?:") && body.endsWith(")")) {
            String inner = body.substring(3, body.length() - 1);
            if (inner.indexOf('(') >= 0 || inner.indexOf(')') >= 0) {
                return Optional.empty();
            }
            // A '|' inside a class or escaped would be a literal: not handled, left to regex.
            if (inner.contains("\\|") || inner.matches(".*\\[[^\\]]*\\|.*")) {
                return Optional.empty();
            }
            parts.addAll(List.of(inner.split("\\|", -1)));
        } else {
            parts.add(body);
        }
        List<List<Atom>> branches = new ArrayList<>();
        for (String part : parts) {
            List<Atom> atoms = sequence(part);
            if (atoms == null || !greedyIsExact(atoms)) {
                return Optional.empty();
            }
            branches.add(atoms);
        }
        return Optional.of(new SimplePattern(List.copyOf(branches)));
    }

    /**
     * Whether a string matches the whole expression.
     *
     * @param s the string
     * @return whether it matches
     */
    boolean matches(String s) {
        for (List<Atom> atoms : branches) {
            if (matches(atoms, s, s.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Atom> atoms, String s, int length) {
        int pos = 0;
        for (Atom a : atoms) {
            int count = 0;
            while (count < a.max && pos < length) {
                int cp = s.codePointAt(pos);
                if (!a.has(cp)) {
                    break;
                }
                pos += Character.charCount(cp);
                count++;
            }
            if (count < a.min) {
                return false;
            }
        }
        return pos == length;
    }

    private static boolean greedyIsExact(List<Atom> atoms) {
        for (int i = 0; i < atoms.size() - 1; i++) {
            Atom a = atoms.get(i);
            if (a.min == a.max) {
                continue;
            }
            Atom next = atoms.get(i + 1);
            if (next.min != next.max || next.min == 0 || a.overlaps(next)) {
                return false;
            }
        }
        return true;
    }

    /** The atoms of a sequence, or null when it holds something this class does not handle. */
    private static List<Atom> sequence(String s) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            BitSet set = new BitSet(128);
            boolean negated = false;
            if (c == '[') {
                int end = s.indexOf(']', i + 1);
                if (end < 0) {
                    return null;
                }
                String items = s.substring(i + 1, end);
                if (items.startsWith("^")) {
                    negated = true;
                    items = items.substring(1);
                }
                if (items.isEmpty() || !classItems(items, set)) {
                    return null;
                }
                i = end + 1;
            } else if (c == '\\') {
                if (!escape(s, i, set)) {
                    return null;
                }
                i += 2;
            } else if (c < 128 && SPECIAL.indexOf(c) < 0) {
                set.set(c);
                i++;
            } else {
                return null;
            }
            int min = 1;
            int max = 1;
            if (i < s.length()) {
                char q = s.charAt(i);
                if (q == '*' || q == '+') {
                    min = q == '*' ? 0 : 1;
                    max = Integer.MAX_VALUE;
                    i++;
                } else if (q == '?') {
                    return null;
                } else if (q == '{') {
                    int end = s.indexOf('}', i);
                    if (end < 0) {
                        return null;
                    }
                    String[] bounds = s.substring(i + 1, end).split(",", -1);
                    try {
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length == 1 ? min : Integer.parseInt(bounds[1]);
                    } catch (NumberFormatException e) {
                        return null; // {n,} and anything odd
                    }
                    if (bounds.length > 2 || min < 0 || max < min) {
                        return null;
                    }
                    i = end + 1;
                }
            }
            if (i < s.length() && "*+?{".indexOf(s.charAt(i)) >= 0) {
                return null; // a lazy or possessive quantifier, or two quantifiers
            }
            atoms.add(new Atom(set, negated, min, max));
        }
        return atoms;
    }

    /**
     * Reads the escape at {@code at} (a backslash and one character) into a set: {@code \s}, or
     * an escaped ASCII punctuation character. False for any other escape, or a backslash at the end.
     */
    private static boolean escape(String s, int at, BitSet set) {
        if (at + 1 >= s.length()) {
            return false;
        }
        char e = s.charAt(at + 1);
        if (e == 's') {
            WHITESPACE.chars().forEach(set::set);
            return true;
        }
        if (e < 128 && !Character.isLetterOrDigit(e)) {
            set.set(e);
            return true;
        }
        return false;
    }

    /** Reads a class's items (ranges, characters, escapes) into a set; false for what is not handled. */
    private static boolean classItems(String items, BitSet set) {
        int i = 0;
        while (i < items.length()) {
            char c = items.charAt(i);
            if (c == '\\') {
                if (!escape(items, i, set)) {
                    return false;
                }
                i += 2;
                continue;
            }
            if (c >= 128 || c == '[' || c == '&') {
                return false; // nested classes, intersections, non-ASCII
            }
            if (i + 2 < items.length() && items.charAt(i + 1) == '-' && items.charAt(i + 2) != '\\') {
                char to = items.charAt(i + 2);
                if (to >= 128 || to < c) {
                    return false;
                }
                set.set(c, to + 1);
                i += 3;
            } else {
                set.set(c); // a '-' first or last is itself
                i++;
            }
        }
        return true;
    }
}
