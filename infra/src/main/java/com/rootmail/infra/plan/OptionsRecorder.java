package com.rootmail.infra.plan;

import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the resource options the mock engine does not show (retain on delete, custom
 * timeouts), by resource name, without changing anything.
 */
final class OptionsRecorder implements ResourceTransformation {

    private final Map<String, Map<String, Object>> options = new ConcurrentHashMap<>();

    @Override
    public Optional<Result> apply(Args args) {
        Map<String, Object> recorded = describe(args.options());
        if (!recorded.isEmpty()) {
            options.put(args.resource().pulumiResourceName(), recorded);
        }
        return Optional.empty();
    }

    /** The recorded options of a resource; empty when it has none worth showing. */
    Map<String, Object> of(String resourceName) {
        return options.getOrDefault(resourceName, Map.of());
    }

    private static Map<String, Object> describe(ResourceOptions options) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        if (options.isRetainOnDelete()) {
            recorded.put("retainOnDelete", true);
        }
        if (options.isProtect()) {
            recorded.put("protect", true);
        }
        options.getCustomTimeouts().flatMap(CustomTimeouts::getCreate)
                .ifPresent(create -> recorded.put("createTimeout", create.toString()));
        return recorded;
    }
}
