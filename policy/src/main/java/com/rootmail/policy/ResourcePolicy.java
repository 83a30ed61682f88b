package com.rootmail.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A policy that judges each resource of the given types on its own: {@code check} returns
 * what is wrong with it, one message per problem, nothing when it complies or when a value
 * it needs is still unknown (a preview before the value is computed).
 *
 * <pre>{@code
 * var tls = new ResourcePolicy("ses-receipt-rule-requires-tls", "SES accepts mail only over TLS",
 *         EnforcementLevel.MANDATORY, Set.of("aws:ses/receiptRule:ReceiptRule"),
 *         rule -> rule.property("tlsPolicy").filter("Require"::equals).isPresent()
 *                 ? List.of() : List.of("tlsPolicy is not Require"));
 * }</pre>
 */
public record ResourcePolicy(String name, String description, EnforcementLevel enforcementLevel, Set<String> types,
        Function<PolicyResource, List<String>> check) implements Policy {

    public ResourcePolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enforcementLevel, "enforcementLevel");
        types = Set.copyOf(types);
        Objects.requireNonNull(check, "check");
    }

    public boolean appliesTo(PolicyResource resource) {
        return types.contains(resource.type());
    }

    /** The violations of one resource; none when the policy does not apply to its type. */
    public List<Violation> check(PolicyResource resource) {
        if (!appliesTo(resource)) {
            return List.of();
        }
        return check.apply(resource).stream()
                .map(message -> violation(resource, message))
                .toList();
    }
}
