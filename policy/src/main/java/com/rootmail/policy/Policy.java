package com.rootmail.policy;

/**
 * One rule of a {@link PolicyPack}: either judges resources one at a time
 * ({@link ResourcePolicy}) or looks at the whole stack at once ({@link StackPolicy}).
 *
 * <pre>{@code
 * for (Policy policy : PolicyPack.rootMail().policies()) {
 *     System.out.println(policy.name() + " (" + policy.enforcementLevel() + "): " + policy.description());
 * }
 * }</pre>
 */
public sealed interface Policy permits ResourcePolicy, StackPolicy {

    /** Stable, kebab-case; shown by the CLI and used to configure the pack. */
    String name();

    String description();

    EnforcementLevel enforcementLevel();

    /** A violation of this policy by one resource. */
    default Violation violation(PolicyResource resource, String message) {
        return new Violation(name(), enforcementLevel(), resource.urn(), message);
    }
}
