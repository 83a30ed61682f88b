package com.rootmail.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource as the policies see it, whatever produced it (the offline plan, Pulumi's mock
 * engine or the Pulumi engine over gRPC): its type, logical name, URN, id, the provider it is
 * registered with and that provider's region, its properties as plain JSON-like values
 * (maps, lists, strings, numbers, booleans, and {@link #UNKNOWN} for a value the engine has
 * not computed yet), and whether it is retained on delete, when the source knows.
 *
 * <pre>{@code
 * var rule = new PolicyResource("aws:ses/receiptRule:ReceiptRule", "rootmail-rule", "urn:...:rootmail-rule", "",
 *         "rootmail-receiving", "eu-west-1", Map.of("tlsPolicy", "Require"), Optional.empty());
 * rule.property("tlsPolicy");   // Optional[Require]
 * }</pre>
 *
 * @param id             the physical id; empty while unknown (always, over the engine's analyzer protocol)
 * @param provider       the name of the provider resource; empty when none was given, a name
 *                       starting with {@code default} for Pulumi's default provider
 * @param region         the provider's region; empty when unknown
 * @param retainOnDelete empty when the source does not report it (the engine's analyzer
 *                       protocol does not), so a policy about it cannot judge
 */
public record PolicyResource(String type, String name, String urn, String id, String provider, String region,
        Map<String, Object> properties, Optional<Boolean> retainOnDelete) {

    /** A value the engine computes only during the update; policies skip what they cannot see yet. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "(unknown)";
        }
    };

    public PolicyResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Objects.requireNonNull(retainOnDelete, "retainOnDelete");
    }

    /**
     * The value at a path of map keys, e.g. {@code property("loggingConfig", "logFormat")};
     * empty when absent; {@link #UNKNOWN} when the value or a map on the way is unknown.
     */
    public Optional<Object> property(String... path) {
        Object current = properties;
        for (String key : path) {
            if (current == UNKNOWN) {
                return Optional.of(UNKNOWN);
            }
            if (!(current instanceof Map<?, ?> map) || map.get(key) == null) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.of(current);
    }

    /** A list property, e.g. {@code architectures}; an absent one is empty, an unknown one is {@code [UNKNOWN]}. */
    public List<?> list(String... path) {
        Optional<Object> value = property(path);
        if (value.isEmpty()) {
            return List.of();
        }
        return value.get() instanceof List<?> list ? list : List.of(value.get());
    }

    /** An AWS resource rather than a provider or a component. */
    public boolean isAwsResource() {
        return type.startsWith("aws:");
    }

    /** The resource with one property replaced: how tests and mutation checks break a compliant resource. */
    public PolicyResource withProperty(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(properties);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new PolicyResource(type, name, urn, id, provider, region, changed, retainOnDelete);
    }
}
