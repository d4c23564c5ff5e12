package org.jisr.spi.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;

/**
 * Helpers for {@link org.jisr.spi.Adapter#detect}: whether an input's name has one of the
 * descriptor's extensions, what its first bytes say as text, and the {@link Detection} that
 * combines both, so that adapters of different authors weigh the same evidence the same way:
 *
 * <table>
 *   <caption>Confidences</caption>
 *   <tr><th>extension</th><th>content</th><th>confidence</th></tr>
 *   <tr><td>yes</td><td>yes</td><td>{@value #EXTENSION_AND_CONTENT}</td></tr>
 *   <tr><td>no</td><td>yes</td><td>{@value #CONTENT_ONLY}</td></tr>
 *   <tr><td>yes</td><td>no</td><td>{@value #EXTENSION_ONLY}</td></tr>
 *   <tr><td>no</td><td>no</td><td>0 ({@link Detection#NO})</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe; only {@link AdapterInput#peek(int)} is used, never the whole
 * input. Nothing here accepts or returns {@code null}.
 *
 * @since 0.1
 */
public final class Detections {

    /** The confidence when both the extension and the content match: {@value}. */
    public static final double EXTENSION_AND_CONTENT = 0.9;
    /** The confidence when the content matches but not the extension: {@value}. */
    public static final double CONTENT_ONLY = 0.6;
    /**
     * The confidence when only the extension matches: {@value}. Low, so that any adapter
     * recognising the content wins, but above 0, so that a file further down which the format
     * only starts can still be read when the user names the adapter.
     */
    public static final double EXTENSION_ONLY = 0.2;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Detections() {
    }

    /**
     * Tells whether the input's file name (or its name, for an input that is not a file) ends
     * with a dot and one of the descriptor's {@linkplain AdapterDescriptor#extensions()
     * extensions}, ignoring case.
     *
     * @param input      the input
     * @param descriptor the adapter's descriptor
     * @return {@code true} when the extension is one of the adapter's
     */
    public static boolean hasExtension(AdapterInput input, AdapterDescriptor descriptor) {
        String name = input.path().map(p -> p.getFileName() == null ? "" : p.getFileName().toString())
                .orElse(input.name()).toLowerCase(Locale.ROOT);
        for (String extension : descriptor.extensions()) {
            if (name.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the first bytes of the input as UTF-8 text, without a leading UTF-8 byte order
     * mark. Bytes that are not UTF-8 (including a character cut by the end of the peek) become
     * U+FFFD: good enough to recognise a format, never to read it.
     *
     * @param input    the input
     * @param maxBytes the most bytes to look at
     * @return the text, empty for an empty input or a folder
     */
    public static String peekText(AdapterInput input, int maxBytes) {
        byte[] bytes = input.peek(maxBytes);
        int from = startsWith(bytes, 0, BOM) ? BOM.length : 0;
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /**
     * Combines what the name and the content say into a detection, with the confidences of the
     * table above and a reason naming both.
     *
     * @param extension whether the name has one of the adapter's extensions ({@link #hasExtension})
     * @param content   whether the content looks like the format
     * @param what      what the content was recognised by, for the reason ({@code "an agenda table"})
     * @return the detection, {@link Detection#NO} when neither matches
     */
    public static Detection of(boolean extension, boolean content, String what) {
        Objects.requireNonNull(what, "what");
        if (extension && content) {
            return Detection.of(EXTENSION_AND_CONTENT, "its extension and " + what);
        }
        if (content) {
            return Detection.of(CONTENT_ONLY, what);
        }
        if (extension) {
            return Detection.of(EXTENSION_ONLY, "its extension, but not " + what);
        }
        return Detection.NO;
    }

    private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
        if (bytes.length - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
