package org.jisr.adapter.ics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Record ids made from iCalendar UIDs. A UID that is already a record id ({@code
 * event-workshop-2024-12-10}, as Jisr writes them) is the id; another one
 * ({@code 040000008200E…}, {@code tgh9q…@google.com}) has its other characters replaced by
 * hyphens, and a hash of the whole UID when it is too long, so that the same UID always gives
 * the same id. Stateless.
 */
final class Ids {

    /** A RecordId of the exchange format. */
    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final int MAX = 128;

    /** The scheme of the identifier that keeps an event's original UID. */
    static final String UID_SCHEME = "x-icalendar-uid";
    /** The scheme of the identifier that keeps the UID of the series an occurrence belongs to. */
    static final String SERIES_SCHEME = "x-icalendar-series-uid";

    private Ids() {
    }

    /**
     * Makes a record id of a UID.
     *
     * @param uid the UID, not empty
     * @return the id
     */
    static String fromUid(String uid) {
        if (RECORD_ID.matcher(uid).matches()) {
            return uid;
        }
        StringBuilder id = new StringBuilder(uid.length());
        for (int i = 0; i < uid.length(); i++) {
            char c = uid.charAt(i);
            boolean kept = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.'
                    || c == '_' || c == '-';
            id.append(kept ? c : '-');
        }
        while (id.length() > 0 && !Character.isLetterOrDigit(id.charAt(0))) {
            id.deleteCharAt(0);
        }
        String text = id.length() == 0 ? "ics" : id.toString();
        return text.length() <= MAX ? text : limited(text, uid);
    }

    /**
     * Makes the id of one occurrence of a recurring event: the event's id and the occurrence's
     * start, within the 128 characters of an id.
     *
     * @param base  the event's id
     * @param stamp the occurrence's start ({@code 20241210}, {@code 20241210T080000Z})
     * @return the id
     */
    static String occurrence(String base, String stamp) {
        String id = base + "-" + stamp;
        if (id.length() <= MAX) {
            return id;
        }
        String hash = hash(base);
        String head = base.substring(0, MAX - stamp.length() - hash.length() - 2);
        return head + "-" + hash + "-" + stamp;
    }

    /**
     * Tells whether a reference read from a file can stay as it is: a record id or an absolute URI.
     *
     * @param value the value
     * @return {@code true} when it is one
     */
    static boolean isReference(String value) {
        return RECORD_ID.matcher(value).matches() || URI.matcher(value).matches();
    }

    /** A text cut to fit, ending with a hash of the full original so that distinct UIDs stay distinct. */
    private static String limited(String text, String original) {
        String hash = hash(original);
        return text.substring(0, Math.min(text.length(), MAX - hash.length() - 1)) + "-" + hash;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256 (java.security.MessageDigest's required algorithms).
            throw new IllegalStateException(e);
        }
    }
}
