package com.rootmail.handler.notification;

import java.util.Objects;

/**
 * Decides where a notified mail may be read from, before any I/O: always the configured
 * bucket and {@code <prefix><messageId>}, and only when the notification agrees. A forged
 * notification therefore cannot make the handler read another object.
 *
 * <pre>{@code
 * MailObject object = new MailLocator("rootmail-mail", "inbound/").locate(notification);
 * }</pre>
 */
public final class MailLocator {

    private final String bucket;
    private final String prefix;

    public MailLocator(String bucket, String prefix) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** @throws RefusedNotificationException when the bucket differs or the key is neither form */
    public MailObject locate(SesNotification n) throws RefusedNotificationException {
        if (!bucket.equals(n.bucketName())) {
            throw new RefusedNotificationException("refused: mail " + n.messageId() + " is said to be in bucket '"
                    + n.bucketName() + "', not the configured '" + bucket + "'");
        }
        String key = prefix + n.messageId();
        // SES documents objectKey as the messageId; with a prefix the stored key carries it.
        if (!n.objectKey().equals(key) && !n.objectKey().equals(n.messageId())) {
            throw new RefusedNotificationException("refused: mail " + n.messageId() + " is said to be at key '"
                    + n.objectKey() + "', expected '" + key + "'");
        }
        return new MailObject(bucket, key);
    }
}
