package org.jisr.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Versions of this build of Jisr and of the format and codelists it reads and writes. Every
 * validation report says which versions made it.
 *
 * @since 0.1
 */
public final class JisrVersion {
    /** The version of the exchange format and its JSON Schema, written as {@code "jisr": "1.0"}. */
    public static final String FORMAT = "1.0";

    /** The version of the codelists (themes, kinds, roles …) this build checks codes against. */
    public static final String CODELISTS = "1.0";

    private static final String LIBRARY = readLibraryVersion();

    private JisrVersion() {
    }

    /**
     * Returns the version of the Jisr library, such as {@code 0.1.0}.
     *
     * @return the version, or {@code unknown} when the build did not record it
     */
    public static String library() {
        return LIBRARY;
    }

    private static String readLibraryVersion() {
        try (InputStream in = JisrVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
