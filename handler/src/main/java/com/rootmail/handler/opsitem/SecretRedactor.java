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
final class SecretRedactor {

    /**
     * With a scheme (also percent-encoded, as inside a tracking link), or a bare host followed
     * by a path. Repetitions are bounded: java.util.regex recurses per repetition of a group.
     */
    private static final Pattern URL = Pattern.compile(
            "(?:https?(?::|%3A)(?://|%2F%2F)|(?<![\\w@.%/-])(?:[a-z0-9-]{1,63}\\.){1,8}[a-z]{2,63}(?=/))[^\\s<>\"'`]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    /** The URL delimiters a link-inside-a-link carries percent-encoded. */
    private static final Pattern ENCODED_DELIMITER = Pattern.compile("%(?:3A|2F|3F|3D|26|23)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_URL_PART = Pattern.compile(
            "reset|passw|pwd|token|otp|verif|confirm|recover|magic|auth|code|key|sig|session|ticket|nonce|secret|credential",
            Pattern.CASE_INSENSITIVE);
    /** A long opaque value in the query, or a long opaque path segment: a token in all but name. */
    private static final Pattern OPAQUE_QUERY_VALUE = Pattern.compile("=[A-Za-z0-9_%.~+/-]{16,}|/(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{32,}");
    /**
     * A wrapped link's next line starts with a token of URL characters; group 2 matches
     * (empty) when the token is alone on its line.
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\r?\\n[ \\t]*([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+)(?:(?=[ \\t]*(?:\\r?\\n|>|$))()|(?=[ \\t]))");
    /** Words may be wrapped onto the next line, hence \s between them. */
    private static final String CODE_PHRASE =
            "(?:(?:verification|security|confirmation|authentication|one[- ]time|login|sign[- ]in|access|mfa)"
                    + "\\s+(?:code|pin|passcode|password)|(?:your|the following)\\s+(?:code|pin)"
                    + "|passcode|\\botp)\\b";
    /**
     * A code: digits in groups ({@code 123-456}, {@code 123 456}), one digit per table cell
     * ({@code 1 2 3 4 5 6}), or 4-10 letters and digits with a digit; never the start of a
     * date or time.
     */
    private static final String CODE_VALUE = "\\b(\\d{3,4}(?:[- ]\\d{3,4}){1,2}(?![-/:.]?[0-9])"
            + "|\\d(?: \\d){3,9}(?! ?[0-9])"
            + "|(?=[A-Za-z]*[0-9])[A-Za-z0-9]{4,10}\\b(?![-/:.][0-9]))\\b";
    /** Between phrase and code: words, or a number too long to be a code (an account id). */
    private static final Pattern CODE_PHRASE_FIRST = Pattern.compile(
            CODE_PHRASE + "(?:[^0-9]|[0-9]{11,}+){0,60}?" + CODE_VALUE, Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_VALUE_FIRST = Pattern.compile(
            CODE_VALUE + "[ \\t]+is[ \\t]+(?:your|the)\\b[^0-9\\n]{0,40}?(?:code|pin|passcode|otp)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_PHRASE_ANYWHERE = Pattern.compile(CODE_PHRASE, Pattern.CASE_INSENSITIVE);
    /** A code alone on its line, as mails show it a paragraph below "your verification code is below". */
    private static final Pattern CODE_ALONE_ON_LINE = Pattern.compile(
            "(?m)^[ \\t]*" + CODE_VALUE + "[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final int CODE_LINE_REACH = 400;

    private final Map<String, Secret> byValue = new LinkedHashMap<>();
    private int links;
    private int codes;

    /**
     * {@code text} with every secret replaced by its marker: those recognised here, and
     * every value found before, wherever it stands.
     */
    String redact(String text) {
        return redactKnown(redactCodes(redactLinks(text)));
    }

    /** Every secret found so far, in order of discovery. */
    List<Secret> secrets() {
        return new ArrayList<>(byValue.values());
    }

    /** The marker that stands in for a secret. */
    static String marker(Secret secret) {
        return "[secret removed: " + secret.name() + "]";
    }

    private String redactLinks(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        Matcher next = CONTINUATION.matcher(text);
        int copied = 0;
        int judged = 0;
        while (m.find()) {
            if (m.start() < Math.max(copied, judged)) {
                continue;
            }
            int end = m.end();
            StringBuilder link = new StringBuilder(m.group());
            while (endsLine(text, end) && next.find(end) && next.start() == end) {
                String tail = next.group(1);
                boolean alone = next.group(2) != null;
                if (!(alone ? looksLikeUrlTail(tail) : looksLikeTokenTail(tail))) {
                    break;
                }
                link.append(tail);
                end = next.end();
                if (!alone) {
                    break;
                }
            }
            // Judged whole: a link may break right before the part that makes it secret.
            if (!isSecretLink(link.toString())) {
                // No part of a harmless joined link is secret either: skip the links it took in.
                judged = end;
                continue;
            }
            out.append(text, copied, m.start()).append(marker(remember(link.toString(), "reset-link")));
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String redactCodes(String text) {
        List<int[]> spans = new ArrayList<>();
        collect(CODE_PHRASE_FIRST, text, 0, text.length(), spans);
        collect(CODE_VALUE_FIRST, text, 0, text.length(), spans);
        Matcher phrase = CODE_PHRASE_ANYWHERE.matcher(text);
        while (phrase.find()) {
            collect(CODE_ALONE_ON_LINE, text, phrase.end(), Math.min(text.length(), phrase.end() + CODE_LINE_REACH), spans);
        }
        spans.sort((a, b) -> a[0] - b[0]);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] span : spans) {
            if (span[0] >= copied) {
                String code = text.substring(span[0], span[1]);
                out.append(text, copied, span[0]).append(marker(remember(code, "verification-code")));
                copied = span[1];
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Adds the span of group 1 of every match of {@code code} in {@code text} between {@code from} and {@code to}. */
    private static void collect(Pattern code, String text, int from, int to, List<int[]> spans) {
        Matcher m = code.matcher(text)
                .region(from, to)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
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
        String plain = SCHEME.matcher(percentDecodedDelimiters(url)).replaceFirst("");
        int hostEnd = plain.length();
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = plain.indexOf(delimiter);
            hostEnd = at < 0 ? hostEnd : Math.min(hostEnd, at);
        }
        String pathAndQuery = plain.substring(hostEnd);
        return SECRET_URL_PART.matcher(pathAndQuery).find() || OPAQUE_QUERY_VALUE.matcher(pathAndQuery).find();
    }

    /** The URL delimiters a link-inside-a-link carries percent-encoded, decoded. */
    private static String percentDecodedDelimiters(String url) {
        // None of the decoded characters is '%', so one pass decodes what six passes did.
        return ENCODED_DELIMITER.matcher(url)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group().substring(1), 16))));
    }

    private static boolean endsLine(String text, int index) {
        return index < text.length() && (text.charAt(index) == '\n' || text.charAt(index) == '\r');
    }

    /** Stricter, for a token that words follow on its line: the rest of a token, not prose. */
    private static boolean looksLikeTokenTail(String token) {
        boolean digits = token.chars().anyMatch(Character::isDigit);
        boolean letters = token.chars().anyMatch(Character::isLetter);
        return (token.length() >= 8 && digits && letters) || token.chars().anyMatch(c -> "=&%?".indexOf(c) >= 0);
    }

    private static boolean looksLikeUrlTail(String token) {
        return token.length() >= 12 || token.chars().anyMatch(c -> "0123456789=&%/?_-".indexOf(c) >= 0);
    }
}
