package com.rootmail.policy.rules;

import com.rootmail.policy.PolicyResource;
import java.util.List;
import java.util.Optional;

/** Small judgements the rules share; each returns the problems found, none for an unknown value. */
final class Checks {

    private Checks() {
    }

    /** The property at {@code path} must equal {@code expected}. */
    static List<String> equal(PolicyResource resource, Object expected, String... path) {
        Optional<Object> value = resource.property(path);
        String where = String.join(".", path);
        if (value.isEmpty()) {
            return List.of(where + " is not set; expected " + expected);
        }
        if (value.get() == PolicyResource.UNKNOWN || value.get().equals(expected)) {
            return List.of();
        }
        return List.of(where + " is " + value.get() + "; expected " + expected);
    }

    /** The problem, when {@code ok} is false. */
    static List<String> unless(boolean ok, String problem) {
        return ok ? List.of() : List.of(problem);
    }

    static boolean isUnknown(Optional<Object> value) {
        return value.isPresent() && value.get() == PolicyResource.UNKNOWN;
    }

    /** A whole number, whether the source delivered a Long, an Integer or a Double. */
    static Optional<Long> number(PolicyResource resource, String... path) {
        return resource.property(path)
                .filter(Number.class::isInstance)
                .map(n -> ((Number) n).doubleValue())
                .filter(d -> d == Math.rint(d))
                .map(Double::longValue);
    }
}
