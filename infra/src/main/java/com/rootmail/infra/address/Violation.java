package com.rootmail.infra.address;

import java.util.Objects;

/**
 * One broken {@link EmailRule}, with a message that says what was found.
 *
 * <pre>{@code
 * OrganizationsEmailRules.check("a b@example.test")
 *         .forEach(v -> System.err.println(v.message()));
 * // the address needs no whitespace: found ' ' at index 1
 * }</pre>
 */
public record Violation(EmailRule rule, String message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a message");
        }
    }

    static Violation of(EmailRule rule, String found) {
        return new Violation(rule, "the address needs " + rule.requirement() + ": " + found);
    }
}
