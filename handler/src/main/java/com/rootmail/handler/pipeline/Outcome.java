package com.rootmail.handler.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pipeline did with one notified mail; safe to log (names, never secret values).
 *
 * @param messageId        SES's message id
 * @param classification   the rule id
 * @param opsItemId        the created (or already existing) OpsItem, empty when suppressed
 * @param secretParameters the parameters written
 */
public record Outcome(String messageId, String classification, Optional<String> opsItemId,
                      List<String> secretParameters) {

    public Outcome {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(opsItemId, "opsItemId");
        secretParameters = List.copyOf(secretParameters);
    }

    /** One log line. */
    public String summary() {
        return "mail " + messageId + " classified " + classification + ": "
                + opsItemId.map(id -> "OpsItem " + id).orElse("suppressed (raw mail kept in S3)")
                + (secretParameters.isEmpty() ? "" : ", secrets in " + String.join(", ", secretParameters));
    }
}
