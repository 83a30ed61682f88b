package com.rootmail.infra.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One resource the program registered: its Pulumi type, logical name, the region its
 * provider places it in ({@link #NO_REGION} for components and resources without an
 * explicit provider), its inputs as plain values and the options that matter for safety
 * ({@code retainOnDelete}, {@code createTimeout}).
 *
 * <pre>{@code
 * registration.region();   // "eu-west-1"
 * }</pre>
 */
public record Registration(String type, String name, String region, String provider, Map<String, Object> inputs,
        Map<String, Object> options) {

    public static final String NO_REGION = "-";
    public static final String AWS_PROVIDER_TYPE = "pulumi:providers:aws";

    public Registration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
        // Kept in the given (sorted) order, so the plan prints the same way every time.
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    Registration withOptions(Map<String, Object> recorded) {
        return new Registration(type, name, region, provider, inputs, recorded);
    }

    /** An AWS resource: not a provider, not a component. */
    public boolean isAwsResource() {
        return type.startsWith("aws:");
    }

    /** Registered with an explicit provider reference rather than the default provider. */
    public boolean hasExplicitProvider() {
        return !provider.isEmpty() && !provider.contains("::default_");
    }
}
