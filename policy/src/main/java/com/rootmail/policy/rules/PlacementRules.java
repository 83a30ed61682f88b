package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.StackPolicy;
import com.rootmail.policy.Violation;
import java.util.List;

/** Where resources go: every AWS resource names its provider, so no region comes from ambient config. */
final class PlacementRules {

    private PlacementRules() {
    }

    static List<Policy> all() {
        return List.of(new StackPolicy("aws-explicit-provider",
                "Every AWS resource is registered with an explicit provider, never Pulumi's default one.",
                MANDATORY, PlacementRules::explicitProviders));
    }

    private static List<Violation> explicitProviders(StackPolicy policy, List<PolicyResource> resources) {
        return resources.stream()
                .filter(PolicyResource::isAwsResource)
                .filter(r -> r.provider().isEmpty() || r.provider().startsWith("default"))
                .map(r -> policy.violation(r, r.provider().isEmpty()
                        ? "registered without a provider" : "registered with the default provider " + r.provider()))
                .toList();
    }
}
