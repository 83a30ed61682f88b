package com.rootmail.infra.plan;

import java.util.Map;
import java.util.Objects;

/**
 * One resource the program registered: its Pulumi type, logical name, the region its
 * provider places it in ({@link #NO_REGION} for components and resources without an
 * explicit provider) and its inputs as plain values.
 *
 * <pre>{@code
 * registration.region();   // "eu-west-1"
 * }</pre>
 */
public record Registration(String type, String name, String region, String provider, Map<String, Object> inputs) {

    public static final String NO_REGION = "-";
    public static final String AWS_PROVIDER_TYPE = "pulumi:providers:aws";

    public Registration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
        inputs = Map.copyOf(inputs);
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
