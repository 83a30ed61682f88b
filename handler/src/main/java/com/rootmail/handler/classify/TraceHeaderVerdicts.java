package com.rootmail.handler.classify;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads verdicts from the headers SES prepends to a stored mail, for tools that hold a mail
 * file but no SES notification. The handler never uses this: a sender can write these
 * headers too, and only the notification is SES's own word.
 *
 * <pre>{@code
 * Verdicts v = TraceHeaderVerdicts.read(parsedMail.traceHeaders()); // GRAY where unknown
 * }</pre>
 */
public final class TraceHeaderVerdicts {

    private static final Pattern METHOD = Pattern.compile("\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    private TraceHeaderVerdicts() {
    }

    public static Verdicts read(Map<String, String> traceHeaders) {
        Verdict spam = Verdict.parseOrGray(traceHeaders.get("x-ses-spam-verdict"));
        Verdict virus = Verdict.parseOrGray(traceHeaders.get("x-ses-virus-verdict"));
        Verdict spf = Verdict.GRAY;
        Verdict dkim = Verdict.GRAY;
        Verdict dmarc = Verdict.GRAY;
        String results = Optional.ofNullable(traceHeaders.get("authentication-results")).orElse("");
        // Only SES's own results count (authserv-id amazonses.com), never a relay's.
        if (results.trim().toLowerCase(Locale.ROOT).startsWith("amazonses.com")) {
            Matcher m = METHOD.matcher(results);
            while (m.find()) {
                Verdict v = fromResult(m.group(2));
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "spf" -> spf = v;
                    case "dkim" -> dkim = v;
                    default -> dmarc = v;
                }
            }
        }
        return new Verdicts(spam, virus, spf, dkim, dmarc);
    }

    /** RFC 8601 result words mapped to SES's verdict statuses. */
    private static Verdict fromResult(String result) {
        return switch (result.toLowerCase(Locale.ROOT)) {
            case "pass" -> Verdict.PASS;
            case "fail", "softfail" -> Verdict.FAIL;
            case "temperror", "permerror" -> Verdict.PROCESSING_FAILED;
            default -> Verdict.GRAY;
        };
    }
}
