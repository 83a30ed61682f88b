package com.rootmail.handler.pipeline;

import com.rootmail.handler.notification.MailLocator;
import com.rootmail.handler.notification.MailObject;
import com.rootmail.handler.notification.RefusedNotificationException;
import com.rootmail.handler.notification.SesNotification;
import com.rootmail.handler.opsitem.OpsItemDraft;
import com.rootmail.handler.opsitem.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One notified mail from S3 to OpsCenter: check where it is, read and assess it, store
 * its secrets, create its OpsItem. Idempotent: a second run for the same mail overwrites
 * the same parameters and finds the OpsItem already there.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(locator, s3MailSource, assessor, ssmSecretStore, ssmOpsItemSink,
 *         Duration.ofMinutes(15), Clock.systemUTC());
 * Outcome outcome = pipeline.process(notification);
 * }</pre>
 */
public final class Pipeline {

    private final MailLocator locator;
    private final MailSource source;
    private final Assessor assessor;
    private final SecretStore secrets;
    private final OpsItemSink sink;
    private final Duration secretTtl;
    private final Clock clock;

    public Pipeline(MailLocator locator, MailSource source, Assessor assessor, SecretStore secrets,
                    OpsItemSink sink, Duration secretTtl, Clock clock) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.source = Objects.requireNonNull(source, "source");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.secretTtl = Objects.requireNonNull(secretTtl, "secretTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws RefusedNotificationException when the notification points elsewhere (nothing was read)
     * @throws IOException                  when the mail cannot be read
     */
    public Outcome process(SesNotification notification) throws RefusedNotificationException, IOException {
        MailObject object = locator.locate(notification);
        Assessment assessment;
        try (InputStream raw = source.open(object)) {
            assessment = assessor.assess(raw, notification.delivery(object));
        }
        String classification = assessment.classification().id();
        if (assessment.draft().isEmpty()) {
            return new Outcome(notification.messageId(), classification, Optional.empty(), List.of());
        }
        // Secrets first: an OpsItem must never name a parameter that does not exist.
        Instant expiresAt = clock.instant().plus(secretTtl);
        List<String> names = assessment.secrets().stream()
                .map(secret -> store(secret, notification.messageId(), expiresAt))
                .toList();
        OpsItemDraft draft = assessment.draft().get();
        return new Outcome(notification.messageId(), classification, Optional.of(sink.create(draft)), names);
    }

    private String store(Secret secret, String messageId, Instant expiresAt) {
        String name = secret.parameterName(messageId);
        secrets.put(name, secret.value(), expiresAt);
        return name;
    }
}
