package com.rootmail.handler.opsitem;

import com.rootmail.handler.classify.Verdicts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts about one mail that are not in the mail: SES's id, verdicts and recipients,
 * and where the raw mail is kept.
 *
 * @param messageId   SES's message id: the OpsItem dedup string and the secrets' path
 * @param receivedAt  when SES received the mail, if known
 * @param recipients  envelope recipients (the root addresses), in order
 * @param verdicts    SES's verdicts
 * @param rawMail     where the raw mail is, for people ({@code s3://bucket/key} or a file)
 * @param rawMailArn  the stored object's ARN, when it is in S3
 */
public record Delivery(String messageId, Optional<Instant> receivedAt, List<String> recipients,
                       Verdicts verdicts, String rawMail, Optional<String> rawMailArn) {

    /** SES message ids are letters, digits and dashes; all of these are safe in S3 keys and SSM names. */
    public static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public Delivery {
        Objects.requireNonNull(messageId, "messageId");
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("messageId '" + messageId + "' may only hold letters, digits, '.', '_' and '-'");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(rawMail, "rawMail");
        Objects.requireNonNull(rawMailArn, "rawMailArn");
    }
}
