package com.rootmail.infra.plan;

import java.util.List;
import java.util.Map;

/**
 * What the program would register, in the order the program constructs it, and its stack outputs.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(config, Path.of("infra"));
 * plan.resources().size();
 * }</pre>
 */
public record Plan(List<Registration> resources, Map<String, Object> outputs) {

    public Plan {
        resources = List.copyOf(resources);
        outputs = Map.copyOf(outputs);
    }

    /** The AWS resources of a type, e.g. {@code aws:s3/bucketV2:BucketV2}. */
    public List<Registration> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The one AWS resource of a type; fails when there is none or more than one. */
    public Registration single(String type) {
        List<Registration> matches = ofType(type);
        if (matches.size() != 1) {
            throw new IllegalStateException("expected one " + type + ", found " + matches.size());
        }
        return matches.get(0);
    }
}
