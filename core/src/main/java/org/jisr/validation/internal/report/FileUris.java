package org.jisr.validation.internal.report;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file name, as given to the validator, into a URI reference (RFC 3986) for SARIF's
 * {@code artifactLocation.uri}: a relative name stays a relative reference, an absolute one
 * becomes a {@code file:} URI; every character outside a small safe set, a space or an Arabic
 * letter say, is percent-encoded as UTF-8. A colon is always encoded, so that a relative name
 * such as {@code a:b.json} is not read as a URI with the scheme {@code a}.
 */
public final class FileUris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FileUris() {
    }

    /**
     * Returns the URI reference of a file name, read as a path of this system.
     *
     * @param fileName the name, not empty
     * @return the reference
     */
    public static String reference(String fileName) {
        return reference(fileName, File.separatorChar);
    }

    /**
     * Returns the URI reference of a file name, read as a path whose separator is {@code separator}:
     * on Windows ({@code '\\'}) a backslash separates folders and {@code C:\…} and {@code \\host\…}
     * are absolute; elsewhere a backslash is part of a name.
     *
     * @param fileName  the name, not empty
     * @param separator the system's name separator, {@code '/'} or {@code '\\'}
     * @return the reference
     */
    public static String reference(String fileName, char separator) {
        boolean windows = separator == '\\';
        String path = windows ? fileName.replace('\\', '/') : fileName;
        if (windows && path.length() >= 2 && isAsciiLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.length() == 2 || path.charAt(2) == '/')) {
            // C:/dir/file.json: the drive's colon is part of the path of a file URI (RFC 8089).
            return "file:///" + path.charAt(0) + ":" + encodePath(path.substring(2));
        }
        if (windows && path.startsWith("//")) {
            // \\host\share\file.json: a UNC name, whose host is the URI's authority (RFC 8089).
            String rest = path.substring(2);
            int slash = rest.indexOf('/');
            String host = slash < 0 ? rest : rest.substring(0, slash);
            return "file://" + encodeSegment(host) + (slash < 0 ? "" : encodePath(rest.substring(slash)));
        }
        if (path.startsWith("/")) {
            return "file://" + encodePath(path);
        }
        return encodePath(path);
    }

    /** Encodes each segment of a path, keeping the slashes between them. */
    private static String encodePath(String path) {
        StringBuilder b = new StringBuilder(path.length() + 16);
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            b.append(encodeSegment(slash < 0 ? path.substring(start) : path.substring(start, slash)));
            if (slash < 0) {
                return b.toString();
            }
            b.append('/');
            start = slash + 1;
        }
    }

    private static String encodeSegment(String segment) {
        StringBuilder b = new StringBuilder(segment.length() + 8);
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            i += Character.charCount(c);
            if (isKept(c)) {
                b.append((char) c);
            } else {
                // An unpaired surrogate is no character and has no UTF-8 form: U+FFFD stands for it.
                int cp = Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c;
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
            }
        }
        return b.toString();
    }

    /**
     * The characters left as they are: RFC 3986's unreserved ones and a few sub-delimiters that
     * every URI parser takes literally in a path. {@code +} is encoded: form decoders read it as a
     * space.
     */
    private static boolean isKept(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || "-._~!$&'()*,;=@".indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
