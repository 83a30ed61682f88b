package com.rootmail.handler.opsitem;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** OpsCenter's limits on an OpsItem, and the text helpers that keep a draft within them. */
public final class OpsItemLimits {

    public static final int TITLE_MAX = 1024;
    public static final int DESCRIPTION_MAX = 2048;
    public static final int SOURCE_MAX = 128;
    public static final int CATEGORY_SEVERITY_MAX = 64;
    /** OpsCenter allows 20 KB per OperationalData value; counted in UTF-8 bytes, with margin. */
    public static final int OPERATIONAL_VALUE_MAX_BYTES = 20_000;

    static final String TRUNCATED = " [... truncated]";

    /** Control, format-control (bidi overrides, zero-width) and line/paragraph separators. */
    private static final Pattern UNSAFE_IN_TITLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    /** Controls other than newline and tab, and the bidi embeddings, overrides and isolates. */
    private static final Pattern UNSAFE_IN_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FORBIDDEN_NAME = Pattern.compile("aws|amazon|amzn", Pattern.CASE_INSENSITIVE);

    private OpsItemLimits() {
    }

    static boolean unsafeInTitle(String text) {
        return UNSAFE_IN_TITLE.matcher(text).find();
    }

    /** One line, no control or bidi characters, whitespace collapsed. */
    static String singleLine(String text) {
        return WHITESPACE.matcher(UNSAFE_IN_TITLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Multi-line text without characters that could hide or reorder what an operator reads. */
    static String printable(String text) {
        return UNSAFE_IN_TEXT.matcher(text.replace("\r\n", "\n")).replaceAll("");
    }

    /** {@code text} cut to {@code max} chars, the cut marked, never splitting a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int keep = max - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATED;
    }

    /** {@code text} cut to {@code maxBytes} of UTF-8, the cut marked. */
    public static String truncateUtf8(String text, int maxBytes) {
        if (utf8Length(text) <= maxBytes) {
            return text;
        }
        int budget = maxBytes - TRUNCATED.length();
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(cp)));
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + TRUNCATED;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether a Source or OperationalData key uses a name OpsCenter reserves for AWS. */
    static boolean usesReservedName(String text) {
        return FORBIDDEN_NAME.matcher(text).find();
    }

    static boolean reservedKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String k = lower.startsWith("/") ? lower.substring(1) : lower;
        return k.startsWith("aws") || k.startsWith("amazon") || k.startsWith("amzn") || k.startsWith("ssm");
    }
}
