package com.rootmail.policy;

import com.rootmail.policy.rules.RootMailRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named, versioned set of policies and the way to run them over a stack's resources.
 *
 * <pre>{@code
 * List<Violation> found = PolicyPack.rootMail().check(resources);
 * boolean blocked = !PolicyPack.rootMail().verdict(resources).passed();
 * }</pre>
 */
public record PolicyPack(String name, String version, List<Policy> policies) {

    public PolicyPack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        policies = List.copyOf(policies);
        long distinct = policies.stream().map(Policy::name).distinct().count();
        if (distinct != policies.size()) {
            throw new IllegalArgumentException("policy names must be unique within a pack");
        }
    }

    /** RootMail's own pack: what the program promises about its resources. */
    public static PolicyPack rootMail() {
        return new PolicyPack("rootmail", "0.1.0", RootMailRules.all());
    }

    /** Every policy over every resource: the resource policies one by one, then the stack policies. */
    public List<Violation> check(List<PolicyResource> resources) {
        List<Violation> found = new ArrayList<>();
        resources.forEach(resource -> found.addAll(checkResource(resource)));
        found.addAll(checkStack(resources));
        return found;
    }

    /** {@link #check} with the pack's name and size, for reports. */
    public Verdict verdict(List<PolicyResource> resources) {
        return new Verdict(name, version, policies.size(), check(resources));
    }

    /** The resource policies over one resource (what the engine asks as it registers each). */
    public List<Violation> checkResource(PolicyResource resource) {
        return policies.stream()
                .filter(ResourcePolicy.class::isInstance)
                .map(ResourcePolicy.class::cast)
                .flatMap(policy -> policy.check(resource).stream())
                .toList();
    }

    /** The stack policies over all resources (what the engine asks once, at the end). */
    public List<Violation> checkStack(List<PolicyResource> resources) {
        return policies.stream()
                .filter(StackPolicy.class::isInstance)
                .map(StackPolicy.class::cast)
                .flatMap(policy -> policy.check(resources).stream())
                .toList();
    }
}
