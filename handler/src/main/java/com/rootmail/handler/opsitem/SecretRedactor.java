package com.rootmail.handler.opsitem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in the text of one mail and replaces each by a visible marker such as
 * {@code [secret removed: reset-link-1]}. One instance per mail: the same secret found in
 * the subject and the body gets the same name. Not thread-safe.
 *
 * <pre>{@code
 * SecretRedactor redactor = new SecretRedactor();
 * String clean = redactor.redact(body);     // markers instead of links and codes
 * List<Secret> found = redactor.secrets();  // what to store as SecureString parameters
 * }</pre>
 *
 * <p>Links count as secret when their path or query looks like a credential (reset,
 * password, token, verify, code, ...) or carries a long opaque value; a link that ends a
 * line and goes on in the next one (hard-wrapped mail) is followed. Verification codes are
 * 4-10 letters and digits, with at least one digit, shortly after words like
 * "verification code", "security code", "one-time code", "your code" or "passcode", and
 * not the start of a date or time.
 */
public final class SecretRedactor {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_URL_PART = Pattern.compile(
            "reset|passw|pwd|token|otp|verif|confirm|recover|magic|auth|code|key|sig|session|ticket|nonce|secret|credential",
            Pattern.CASE_INSENSITIVE);
    /** A long opaque value in the query, or a long opaque path segment: a token in all but name. */
    private static final Pattern OPAQUE_QUERY_VALUE = Pattern.compile("=[A-Za-z0-9_%.~+/-]{16,}|/(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{32,}");
    /** A wrapped link's next line: one token of URL characters, not an ordinary word. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\r?\\n[ \\t]*([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+)(?=[ \\t]*(?:\\r?\\n|>|$))");
    private static final Pattern CODE = Pattern.compile(
            "(?:(?:verification|security|confirmation|authentication|one[- ]time|login|sign[- ]in|access|mfa)"
                    + "[ \\t]+(?:code|pin|passcode|password)|(?:your|the following)[ \\t]+(?:code|pin)"
                    + "|passcode|\\botp)\\b"
                    + "[^0-9]{0,60}?\\b((?=[A-Za-z]*[0-9])[A-Za-z0-9]{4,10})\\b(?![-/:.][0-9])",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Secret> byValue = new LinkedHashMap<>();
    private int links;
    private int codes;

    /**
     * {@code text} with every secret replaced by its marker: those recognised here, and
     * every value found before, wherever it stands.
     */
    public String redact(String text) {
        return redactKnown(redactCodes(redactLinks(text)));
    }

    /** Every secret found so far, in order of discovery. */
    public List<Secret> secrets() {
        return new ArrayList<>(byValue.values());
    }

    /** The marker that stands in for a secret. */
    public static String marker(Secret secret) {
        return "[secret removed: " + secret.name() + "]";
    }

    private String redactLinks(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        int copied = 0;
        while (m.find()) {
            if (m.start() < copied || !isSecretLink(m.group())) {
                continue;
            }
            int end = m.end();
            StringBuilder link = new StringBuilder(m.group());
            Matcher next = CONTINUATION.matcher(text);
            while (endsLine(text, end) && next.find(end) && next.start() == end && looksLikeUrlTail(next.group(1))) {
                link.append(next.group(1));
                end = next.end();
            }
            out.append(text, copied, m.start()).append(marker(remember(link.toString(), "reset-link")));
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String redactCodes(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = CODE.matcher(text);
        int copied = 0;
        while (m.find()) {
            out.append(text, copied, m.start(1)).append(marker(remember(m.group(1), "verification-code")));
            copied = m.end(1);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String redactKnown(String text) {
        String result = text;
        List<Secret> longestFirst = new ArrayList<>(byValue.values());
        longestFirst.sort((a, b) -> b.value().length() - a.value().length());
        for (Secret secret : longestFirst) {
            result = result.replace(secret.value(), marker(secret));
        }
        return result;
    }

    private Secret remember(String value, String kind) {
        return byValue.computeIfAbsent(value, v -> new Secret(
                kind + "-" + (kind.equals("reset-link") ? ++links : ++codes), v));
    }

    private static boolean isSecretLink(String url) {
        int hostEnd = url.indexOf('/', url.indexOf("//") + 2);
        String pathAndQuery = hostEnd < 0 ? "" : url.substring(hostEnd);
        return SECRET_URL_PART.matcher(pathAndQuery).find() || OPAQUE_QUERY_VALUE.matcher(pathAndQuery).find();
    }

    private static boolean endsLine(String text, int index) {
        return index < text.length() && (text.charAt(index) == '\n' || text.charAt(index) == '\r');
    }

    private static boolean looksLikeUrlTail(String token) {
        return token.length() >= 12 || token.chars().anyMatch(c -> "0123456789=&%/?_-".indexOf(c) >= 0);
    }
}
