package com.rootmail.handler.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What RootMail keeps of one mail: decoded headers, readable text and an outline of the
 * attachments, never their bytes. Absent text headers are empty strings, never null.
 *
 * @param messageId     the Message-ID header without angle brackets, "" when absent
 * @param from          the first From mailbox, when there is a parseable one
 * @param to            the To addresses (addr-spec only), in header order
 * @param subject       the subject with encoded words decoded, "" when absent
 * @param date          the Date header, when parseable
 * @param body          the readable text body
 * @param attachments   name, type and size of every attachment, in order
 * @param traceHeaders  the topmost value of each header SES itself prepends on receipt
 *                      ({@code X-SES-Spam-Verdict}, {@code X-SES-Virus-Verdict},
 *                      {@code Authentication-Results}), keyed by lower-case name; only
 *                      for tools that have no SES notification at hand: the handler takes
 *                      its verdicts from the notification, never from the mail
 */
public record ParsedMail(
        String messageId,
        Optional<Mailbox> from,
        List<String> to,
        String subject,
        Optional<Instant> date,
        Body body,
        List<Attachment> attachments,
        Map<String, String> traceHeaders) {

    public ParsedMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
        traceHeaders = Map.copyOf(traceHeaders);
    }

    /**
     * A sender as the From header names it: what the sender wrote, so never proof of identity.
     *
     * @param otherAddresses further addresses the From field(s) name besides {@code address}
     *                       (more mailboxes, a second From field, an address in a comment):
     *                       a sender that names several can be no one's authenticated sender
     */
    public record Mailbox(String address, String displayName, List<String> otherAddresses) {
        public Mailbox {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(displayName, "displayName");
            otherAddresses = List.copyOf(otherAddresses);
        }

        /** A sender that names one address only. */
        public Mailbox(String address, String displayName) {
            this(address, displayName, List.of());
        }

        /** The part after the last {@code @}, lower-case; "" when there is none. */
        public String domain() {
            int at = address.lastIndexOf('@');
            return at < 0 ? "" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The readable text of the mail.
     *
     * @param text      plain text; links of an HTML body kept as {@code label <url>}
     * @param source    which part the text came from
     * @param truncated whether the text was cut at the parser's limit
     */
    public record Body(String text, Source source, boolean truncated) {
        public Body {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }

        public enum Source { PLAIN, HTML, NONE }
    }

    /** An attachment as listed, never loaded: {@code size} is the decoded byte count. */
    public record Attachment(String filename, String contentType, long size) {
        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
        }
    }
}
