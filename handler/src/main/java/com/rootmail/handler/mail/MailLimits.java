package com.rootmail.handler.mail;

import org.apache.james.mime4j.stream.MimeConfig;

/**
 * How much of a hostile mail the parser is willing to look at. Every limit bounds memory or
 * work, never the size of the mail as a whole: attachments are counted while streaming,
 * whatever their size.
 *
 * <pre>{@code
 * MailParser parser = new MimeMailParser(MailLimits.DEFAULT);
 * MailParser tight = new MimeMailParser(new MailLimits(500, 8 * 1024, 256 * 1024, 100, 10, 20_000, 256 * 1024));
 * }</pre>
 *
 * @param maxHeaderCount  header fields per entity (message or part)
 * @param maxHeaderLength characters of one header field, folded lines included; also
 *                        bounds every line mime4j reads as a line (headers, boundaries)
 * @param maxHeaderBytes  header bytes of the whole mail, all parts together
 * @param maxParts        MIME parts of the whole mail
 * @param maxNestingDepth nested multiparts
 * @param maxTextChars    characters of body text kept; more is cut and the body marked truncated
 * @param maxHtmlBytes    bytes of an HTML part read for conversion to text; more is cut
 */
public record MailLimits(
        int maxHeaderCount,
        int maxHeaderLength,
        int maxHeaderBytes,
        int maxParts,
        int maxNestingDepth,
        int maxTextChars,
        int maxHtmlBytes) {

    /**
     * Tolerant of what real mail does (long headers, attachments on one line, deep nesting
     * from forwards of forwards) but bounded: about 20 MB of heap at most, for an HTML body
     * (jsoup's tree of its first MiB); a 40 MB mail with attachments parses in 8 MB.
     */
    public static final MailLimits DEFAULT =
            new MailLimits(4096, 64 * 1024, 4 * 1024 * 1024, 1024, 32, 256 * 1024, 1024 * 1024);

    public MailLimits {
        requirePositive(maxHeaderCount, "maxHeaderCount");
        requirePositive(maxHeaderLength, "maxHeaderLength");
        requirePositive(maxHeaderBytes, "maxHeaderBytes");
        requirePositive(maxParts, "maxParts");
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxTextChars, "maxTextChars");
        requirePositive(maxHtmlBytes, "maxHtmlBytes");
    }

    /**
     * Bytes of a text/plain part read before decoding: enough for {@link #maxTextChars}
     * characters in any charset (none needs more than four bytes per character).
     */
    int maxPlainBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 8L, 4L * maxTextChars);
    }

    MimeConfig mimeConfig() {
        // mime4j buffers a whole line only where it reads lines (headers, boundaries), so the
        // line limit bounds those and leaves content alone: a base64 attachment on one line
        // still streams. No content-length limit: content is counted, never kept.
        return MimeConfig.custom()
                .setStrictParsing(false)
                .setMaxLineLen(maxHeaderLength)
                .setMaxContentLen(-1)
                .setMaxHeaderCount(maxHeaderCount)
                .setMaxHeaderLen(maxHeaderLength)
                // Room for a handful of header fields in every part.
                .setMaxTotalHeaderCount(Math.max(maxHeaderCount, maxParts * 16))
                .setMaxTotalHeaderLen(maxHeaderBytes)
                .setMaxPartCount(maxParts)
                .setMaxNestingDepth(maxNestingDepth)
                .build();
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
