package com.rootmail.infra.plan;

import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records, without changing anything, what the mock engine does not show: the order in
 * which the program constructs resources (registrations arrive in any order) and the
 * options that matter (retain on delete, custom timeouts), by resource name.
 */
final class OptionsRecorder implements ResourceTransformation {

    private final Map<String, Map<String, Object>> options = new ConcurrentHashMap<>();
    private final Map<String, Integer> constructionOrder = new ConcurrentHashMap<>();

    @Override
    public synchronized Optional<Result> apply(Args args) {
        // Transformations run in the resource's constructor, so this is the program's order.
        constructionOrder.putIfAbsent(args.resource().pulumiResourceName(), constructionOrder.size());
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

    /** Where the resource came in the program; resources never seen come last. */
    int positionOf(String resourceName) {
        return constructionOrder.getOrDefault(resourceName, Integer.MAX_VALUE);
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
