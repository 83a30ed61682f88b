package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import java.util.List;
import java.util.Set;

/** The handler function: Java 21 on Graviton, logging JSON that CloudWatch can query. */
final class LambdaRules {

    static final String FUNCTION = "aws:lambda/function:Function";

    private LambdaRules() {
    }

    static List<Policy> all() {
        return List.of(
                new ResourcePolicy("lambda-runtime-java21",
                        "Functions run on the java21 runtime (SnapStart, the handler's build target).",
                        MANDATORY, Set.of(FUNCTION), f -> Checks.equal(f, "java21", "runtime")),
                new ResourcePolicy("lambda-arm64",
                        "Functions run on arm64 (Graviton), as the handler is built and measured there.",
                        MANDATORY, Set.of(FUNCTION), LambdaRules::arm64),
                new ResourcePolicy("lambda-json-logs",
                        "Functions log in JSON format (loggingConfig.logFormat).",
                        MANDATORY, Set.of(FUNCTION), f -> Checks.equal(f, "JSON", "loggingConfig", "logFormat")));
    }

    private static List<String> arm64(PolicyResource function) {
        List<?> architectures = function.list("architectures");
        if (architectures.contains(PolicyResource.UNKNOWN)) {
            return List.of();
        }
        // Lambda's default, when none is given, is x86_64.
        return Checks.unless(architectures.equals(List.of("arm64")),
                "architectures is " + (architectures.isEmpty() ? "not set (x86_64)" : architectures) + "; expected [arm64]");
    }
}
