package com.rootmail.handler.classify;

import java.util.Locale;

/** One SES receipt verdict status, as SES reports it in the notification. */
public enum Verdict {
    PASS, FAIL, GRAY, PROCESSING_FAILED, DISABLED;

    /**
     * Reads a status name case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
     */
    public static Verdict parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown verdict '" + text
                    + "' (expected PASS, FAIL, GRAY, PROCESSING_FAILED or DISABLED)");
        }
    }

    /**
     * Reads a status SES reported; one that is absent ({@code null} or empty) or unknown is
     * GRAY, which can only withhold trust, never grant it.
     */
    public static Verdict parseOrGray(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return GRAY;
        }
    }
}
