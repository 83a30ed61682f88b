package com.rootmail.policy;

import java.util.Objects;

/**
 * A policy found something wrong with a resource (or, with an empty {@code urn}, with the stack).
 *
 * <pre>{@code
 * new Violation("lambda-arm64", EnforcementLevel.MANDATORY, "urn:...:rootmail-handler", "architectures is [x86_64]");
 * }</pre>
 */
public record Violation(String policyName, EnforcementLevel enforcementLevel, String urn, String message) {

    public Violation {
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(enforcementLevel, "enforcementLevel");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(message, "message");
    }

    public boolean isMandatory() {
        return enforcementLevel == EnforcementLevel.MANDATORY;
    }
}
