package com.rootmail.handler.pipeline;

import java.time.Instant;

/** Where secrets taken out of mails are kept: SecureString parameters in the Lambda. */
@FunctionalInterface
public interface SecretStore {

    /** Stores (or overwrites, so that retries succeed) {@code value} until {@code expiresAt}. */
    void put(String parameterName, String value, Instant expiresAt);
}
