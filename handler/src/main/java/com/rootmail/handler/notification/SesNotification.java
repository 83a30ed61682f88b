package com.rootmail.handler.notification;

import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.opsitem.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What SES reports about one received mail (an S3-action "Received" notification). Bucket
 * and key are the sender's word until {@link MailLocator} has checked them.
 *
 * @param messageId  SES's id of the mail; also the stored object's name
 * @param receivedAt when SES received it
 * @param recipients the envelope recipients SES accepted it for
 * @param verdicts   SES's spam, virus, SPF, DKIM and DMARC verdicts
 * @param bucketName the bucket the S3 action says it wrote to
 * @param objectKey  the key the S3 action says it wrote
 */
public record SesNotification(String messageId, Instant receivedAt, List<String> recipients,
                              Verdicts verdicts, String bucketName, String objectKey) {

    public SesNotification {
        Objects.requireNonNull(messageId, "messageId");
        if (!Delivery.MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("messageId '" + messageId + "' is not an SES message id");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(objectKey, "objectKey");
    }

    /** The delivery facts for composing the OpsItem, with the checked location of the mail. */
    public Delivery delivery(MailObject object) {
        return new Delivery(messageId, Optional.of(receivedAt), recipients, verdicts,
                object.uri(), Optional.of(object.arn()));
    }
}
