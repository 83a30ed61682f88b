package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Least privilege: no policy document allows a wildcard action, no identity policy a wildcard resource. */
final class IamRules {

    /** The resource types that carry policy documents, and the properties that hold them. */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            "aws:iam/role:Role", List.of("assumeRolePolicy"),
            "aws:iam/rolePolicy:RolePolicy", List.of("policy"),
            "aws:iam/policy:Policy", List.of("policy"),
            "aws:s3/bucketPolicy:BucketPolicy", List.of("policy"),
            "aws:sns/topicPolicy:TopicPolicy", List.of("policy"),
            "aws:sqs/queuePolicy:QueuePolicy", List.of("policy"));

    /** Identity policies: their Resource is what the principal may touch (in resource policies it is the resource itself). */
    static final Map<String, String> IDENTITY_DOCUMENTS = Map.of(
            "aws:iam/rolePolicy:RolePolicy", "policy",
            "aws:iam/policy:Policy", "policy");

    /**
     * Actions the Service Authorization Reference lists without a resource type: "*" is the
     * only resource they accept, so a condition (e.g. aws:RequestedRegion) must narrow them.
     */
    static final Set<String> WITHOUT_RESOURCE_LEVEL_PERMISSIONS = Set.of("ssm:CreateOpsItem");

    /** An ARN whose resource part is only "*": every bucket, every queue of an account, ... */
    private static final Pattern EVERY_RESOURCE_OF_A_SERVICE = Pattern.compile("arn:[^:]*:[^:]*:[^:]*:[^:]*:\\*");

    private IamRules() {
    }

    static List<Policy> all() {
        return List.of(new ResourcePolicy("iam-no-wildcard-actions",
                "No policy document allows a wildcard action (*, s3:*, s3:Get*) or uses NotAction in an Allow; "
                        + "wildcards in Deny statements are fine.",
                MANDATORY, DOCUMENTS.keySet(), IamRules::noWildcards),
                new ResourcePolicy("iam-no-wildcard-resources",
                        "No identity policy allows an action on every resource (*, or a service-wide ARN such as "
                                + "arn:aws:s3:::*) unless the action supports "
                                + "no narrower resource (" + String.join(", ", new TreeSet<>(WITHOUT_RESOURCE_LEVEL_PERMISSIONS))
                                + ") and a condition narrows it.",
                        MANDATORY, IDENTITY_DOCUMENTS.keySet(), IamRules::noWildcardResources));
    }

    private static List<String> noWildcardResources(PolicyResource resource) {
        String property = IDENTITY_DOCUMENTS.get(resource.type());
        return PolicyDocument.judge(resource, property, document -> {
            List<String> problems = new ArrayList<>();
            for (PolicyDocument.Statement statement : document.statements()) {
                List<String> everything = statement.resources().stream()
                        .filter(r -> r.equals("*") || EVERY_RESOURCE_OF_A_SERVICE.matcher(r).matches())
                        .toList();
                if (!statement.allows() || everything.isEmpty()) {
                    continue;
                }
                boolean unscopable = !statement.usesNotAction()
                        && WITHOUT_RESOURCE_LEVEL_PERMISSIONS.containsAll(statement.actions())
                        && everything.equals(List.of("*"));
                if (!unscopable) {
                    problems.add(property + " allows " + statement.actions() + " on every resource ("
                            + String.join(", ", everything) + ")");
                } else if (statement.conditions().isEmpty()) {
                    problems.add(property + " allows " + statement.actions() + " on every resource (*) without a condition");
                }
            }
            return problems;
        });
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
