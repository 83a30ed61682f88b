package com.rootmail.handler.classify;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The five verdicts SES computes on receipt. They, not the headers a sender wrote, decide
 * whether a mail is from AWS.
 *
 * <pre>{@code
 * Verdicts v = Verdicts.parse("dkim=PASS,spf=PASS", Verdicts.ALL_GRAY); // the rest stays GRAY
 * }</pre>
 */
public record Verdicts(Verdict spam, Verdict virus, Verdict spf, Verdict dkim, Verdict dmarc) {

    /** What nothing is known about: neither trusted nor condemned. */
    public static final Verdicts ALL_GRAY =
            new Verdicts(Verdict.GRAY, Verdict.GRAY, Verdict.GRAY, Verdict.GRAY, Verdict.GRAY);

    public Verdicts {
        Objects.requireNonNull(spam, "spam");
        Objects.requireNonNull(virus, "virus");
        Objects.requireNonNull(spf, "spf");
        Objects.requireNonNull(dkim, "dkim");
        Objects.requireNonNull(dmarc, "dmarc");
    }

    /**
     * Overrides some of {@code defaults} from {@code dkim=PASS,spf=FAIL,...}; names are
     * dkim, spf, dmarc, spam and virus.
     *
     * @throws IllegalArgumentException on an unknown name or value, or a repeated name
     */
    public static Verdicts parse(String assignments, Verdicts defaults) {
        Map<Name, Verdict> given = new EnumMap<>(Name.class);
        for (String assignment : assignments.split(",", -1)) {
            String[] parts = assignment.split("=", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("verdict '" + assignment.trim()
                        + "' is not name=VALUE (e.g. dkim=PASS)");
            }
            Name name = Name.parse(parts[0]);
            if (given.put(name, Verdict.parse(parts[1])) != null) {
                throw new IllegalArgumentException("verdict " + name.label() + " is given twice");
            }
        }
        return new Verdicts(
                given.getOrDefault(Name.SPAM, defaults.spam),
                given.getOrDefault(Name.VIRUS, defaults.virus),
                given.getOrDefault(Name.SPF, defaults.spf),
                given.getOrDefault(Name.DKIM, defaults.dkim),
                given.getOrDefault(Name.DMARC, defaults.dmarc));
    }

    /** {@code spf=PASS dkim=PASS dmarc=GRAY spam=PASS virus=PASS}: one line for people. */
    public String summary() {
        return "spf=" + spf + " dkim=" + dkim + " dmarc=" + dmarc + " spam=" + spam + " virus=" + virus;
    }

    private enum Name {
        SPAM, VIRUS, SPF, DKIM, DMARC;

        static Name parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown verdict name '" + text.trim()
                        + "' (expected dkim, spf, dmarc, spam or virus)");
            }
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
