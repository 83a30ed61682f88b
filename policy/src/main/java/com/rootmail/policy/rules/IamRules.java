package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Least privilege: no policy document allows a wildcard action. */
final class IamRules {

    /** The resource types that carry policy documents, and the properties that hold them. */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            "aws:iam/role:Role", List.of("assumeRolePolicy"),
            "aws:iam/rolePolicy:RolePolicy", List.of("policy"),
            "aws:iam/policy:Policy", List.of("policy"),
            "aws:s3/bucketPolicy:BucketPolicy", List.of("policy"),
            "aws:sns/topicPolicy:TopicPolicy", List.of("policy"),
            "aws:sqs/queuePolicy:QueuePolicy", List.of("policy"));

    private IamRules() {
    }

    static List<Policy> all() {
        return List.of(new ResourcePolicy("iam-no-wildcard-actions",
                "No policy document allows a wildcard action (*, s3:*, s3:Get*) or uses NotAction in an Allow; "
                        + "wildcards in Deny statements are fine.",
                MANDATORY, DOCUMENTS.keySet(), IamRules::noWildcards));
    }

    private static List<String> noWildcards(PolicyResource resource) {
        List<String> problems = new ArrayList<>();
        for (String property : DOCUMENTS.get(resource.type())) {
            if (resource.property(property).isEmpty()) {
                continue;
            }
            problems.addAll(PolicyDocument.judge(resource, property, document -> wildcards(property, document)));
        }
        return problems;
    }

    private static List<String> wildcards(String property, PolicyDocument document) {
        List<String> problems = new ArrayList<>();
        for (PolicyDocument.Statement statement : document.statements()) {
            if (!statement.allows()) {
                continue;
            }
            if (statement.usesNotAction()) {
                problems.add(property + " allows everything except " + statement.actions() + " (NotAction)");
            }
            statement.actions().stream()
                    .filter(action -> action.contains("*"))
                    .forEach(action -> problems.add(property + " allows the wildcard action " + action));
        }
        return problems;
    }
}
