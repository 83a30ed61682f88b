package com.rootmail.infra.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the handler's role may touch; {@link AccessPolicies#handlerPolicy} turns it
 * into the role's policy.
 *
 * <pre>{@code
 * new HandlerAccess(bucketArn, "inbound/", queueArn, logGroupArn, "eu-central-1", "123456789012", Optional.empty());
 * }</pre>
 */
public record HandlerAccess(
        String bucketArn,
        String mailPrefix,
        String queueArn,
        String logGroupArn,
        String homeRegion,
        String accountId,
        Optional<String> kmsKeyArn) {

    public HandlerAccess {
        Objects.requireNonNull(bucketArn, "bucketArn");
        Objects.requireNonNull(queueArn, "queueArn");
        Objects.requireNonNull(logGroupArn, "logGroupArn");
        Objects.requireNonNull(homeRegion, "homeRegion");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        if (mailPrefix == null || !mailPrefix.endsWith("/")) {
            throw new IllegalArgumentException("mailPrefix must end with '/': " + mailPrefix);
        }
    }
}
