package com.rootmail.handler.aws;

import com.rootmail.handler.opsitem.OpsItemLimits;
import com.rootmail.handler.pipeline.SecretStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterTier;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.PutParameterRequest;

/**
 * Keeps secrets as SecureString parameters that expire (an Expiration parameter policy,
 * which needs the Advanced tier). Overwrites, so a retried mail stores them again.
 *
 * <pre>{@code
 * new SsmSecretStore(ssmInHomeRegion).put("/rootmail/secrets/abc/reset-link-1", link, now.plusSeconds(900));
 * }</pre>
 */
public final class SsmSecretStore implements SecretStore {

    private static final DateTimeFormatter POLICY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * What an advanced parameter holds. No genuine link or code is near it; a hostile mail's
     * longer "link" is stored cut rather than failing its message forever.
     */
    static final int VALUE_MAX_BYTES = 8 * 1024;

    private final SsmClient ssm;

    /** @param ssm a client for the home region */
    public SsmSecretStore(SsmClient ssm) {
        this.ssm = Objects.requireNonNull(ssm, "ssm");
    }

    @Override
    public void put(String parameterName, String value, Instant expiresAt) {
        ssm.putParameter(PutParameterRequest.builder()
                .name(parameterName)
                .value(OpsItemLimits.truncateUtf8(value, VALUE_MAX_BYTES))
                .type(ParameterType.SECURE_STRING)
                .tier(ParameterTier.ADVANCED)
                .overwrite(true)
                .description("Secret RootMail took out of a mail; expires " + expiresAt.truncatedTo(ChronoUnit.SECONDS))
                .policies(expirationPolicy(expiresAt))
                .build());
    }

    static String expirationPolicy(Instant expiresAt) {
        return "[{\"Type\":\"Expiration\",\"Version\":\"1.0\",\"Attributes\":{\"Timestamp\":\""
                + POLICY_TIME.format(expiresAt) + "\"}}]";
    }
}
