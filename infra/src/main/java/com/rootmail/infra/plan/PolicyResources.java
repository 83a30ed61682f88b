package com.rootmail.infra.plan;

import com.rootmail.policy.PolicyResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's registrations as the policies see them. The properties are what the mock engine
 * holds after registration: the inputs plus the placeholder outputs (name, ARN), so that
 * references between resources (a redrive policy's target ARN) resolve as they would after
 * {@code pulumi up}. The URN is {@code <type>::<name>}, enough to find the resource in the plan.
 *
 * <pre>{@code
 * Verdict verdict = PolicyPack.rootMail().verdict(PolicyResources.of(plan));
 * }</pre>
 */
public final class PolicyResources {

    private PolicyResources() {
    }

    public static List<PolicyResource> of(Plan plan) {
        return plan.resources().stream().map(PolicyResources::of).toList();
    }

    public static PolicyResource of(Registration registration) {
        String region = registration.region().equals(Registration.NO_REGION) ? "" : registration.region();
        // The same state the mocks returned for the resource, rebuilt from its inputs.
        Map<String, Object> properties = new HashMap<>(registration.inputs());
        PlaceholderState.add(properties, registration.type(), registration.name(), registration.region(),
                PlaceholderMocks.ACCOUNT_ID);
        return new PolicyResource(registration.type(), registration.name(),
                registration.type() + "::" + registration.name(),
                PlaceholderMocks.idOf(registration.name()),
                providerName(registration.provider()),
                region,
                PlainValues.of(properties),
                // The plan records every option, so "not recorded" means "not set".
                Optional.of(Boolean.TRUE.equals(registration.options().get("retainOnDelete"))));
    }

    /** The provider's logical name, from a reference {@code urn:pulumi:<stack>::<project>::<type>::<name>::<id>}. */
    static String providerName(String reference) {
        if (reference.isEmpty()) {
            return "";
        }
        int idSeparator = reference.lastIndexOf("::");
        String urn = idSeparator < 0 ? reference : reference.substring(0, idSeparator);
        int nameSeparator = urn.lastIndexOf("::");
        return nameSeparator < 0 ? urn : urn.substring(nameSeparator + 2);
    }
}
