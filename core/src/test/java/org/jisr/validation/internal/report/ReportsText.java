package org.jisr.validation.internal.report;

/** What text becomes once written as UTF-8, for comparing what was written with what was meant. */
public final class ReportsText {

    private ReportsText() {
    }

    /**
     * UTF-8 cannot hold an unpaired surrogate: reports write U+FFFD for it.
     *
     * @param text any text
     * @return the text with each unpaired surrogate replaced by U+FFFD
     */
    public static String withoutLoneSurrogates(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}
