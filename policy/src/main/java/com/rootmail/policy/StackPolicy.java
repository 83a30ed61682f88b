package com.rootmail.policy;

import java.util.List;
import java.util.Objects;

/**
 * A policy over the whole stack, for promises that span resources (every bucket has its
 * public access block, every queue a dead-letter queue). {@code check} returns violations
 * already tied to the resource they concern.
 *
 * <pre>{@code
 * List<Violation> found = policy.check(resources);
 * }</pre>
 */
public record StackPolicy(String name, String description, EnforcementLevel enforcementLevel,
        Check check) implements Policy {

    /** What a stack policy computes; it names itself in the violations through {@code policy}. */
    @FunctionalInterface
    public interface Check {
        List<Violation> apply(StackPolicy policy, List<PolicyResource> resources);
    }

    public StackPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enforcementLevel, "enforcementLevel");
        Objects.requireNonNull(check, "check");
    }

    public List<Violation> check(List<PolicyResource> resources) {
        return check.apply(this, List.copyOf(resources));
    }
}
