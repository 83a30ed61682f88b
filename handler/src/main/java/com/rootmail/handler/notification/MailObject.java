package com.rootmail.handler.notification;

import java.util.Objects;

/** A raw mail stored by SES in S3, after {@link MailLocator} has checked where it is. */
public record MailObject(String bucket, String key) {

    public MailObject {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** {@code arn:aws:s3:::bucket/key}, for the OpsItem's related resources. */
    public String arn() {
        return "arn:aws:s3:::" + bucket + "/" + key;
    }

    /** {@code s3://bucket/key}, for people. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
