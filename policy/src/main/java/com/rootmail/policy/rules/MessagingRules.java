package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import com.rootmail.policy.StackPolicy;
import com.rootmail.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The notification path: SNS only for SES of this account; SQS encrypted, with a 14-day dead-letter queue. */
final class MessagingRules {

    static final String TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    static final String QUEUE = "aws:sqs/queue:Queue";
    static final long FOURTEEN_DAYS = 14 * 24 * 3600;

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessagingRules() {
    }

    static List<Policy> all() {
        return List.of(
                new ResourcePolicy("sns-topic-publish-only-by-ses",
                        "The topic policy lets only SES publish, and only for this account (aws:SourceAccount).",
                        MANDATORY, Set.of(TOPIC_POLICY), r -> PolicyDocument.judge(r, "policy", MessagingRules::sesOnly)),
                new ResourcePolicy("sqs-queue-encrypted",
                        "Every queue is encrypted at rest (SQS-managed SSE or a KMS key).",
                        MANDATORY, Set.of(QUEUE), MessagingRules::encrypted),
                new StackPolicy("sqs-redrive-present",
                        "Every queue that is not itself a dead-letter queue redrives to one after a few receives.",
                        MANDATORY, MessagingRules::redrivePresent),
                new StackPolicy("sqs-dead-letter-retention-14-days",
                        "Dead-letter queues keep messages for the maximum 14 days (1209600 s).",
                        MANDATORY, MessagingRules::deadLettersKept));
    }

    private static List<String> sesOnly(PolicyDocument document) {
        List<String> problems = new ArrayList<>();
        for (PolicyDocument.Statement statement : document.statements()) {
            if (!statement.allows()) {
                continue;
            }
            if (!statement.principalIsService("ses.amazonaws.com")) {
                problems.add("a statement allows a principal other than SES: " + statement.principal());
            }
            if (statement.usesNotAction() || !statement.actions().equals(List.of("sns:Publish"))) {
                problems.add("SES may only sns:Publish, but is granted " + statement.actions());
            }
            List<String> accounts = statement.condition("aws:SourceAccount");
            if (accounts.isEmpty()) {
                problems.add("a statement has no aws:SourceAccount condition");
            } else if (accounts.stream().anyMatch(account -> account.contains("*"))) {
                problems.add("the aws:SourceAccount condition is a wildcard: " + accounts);
            }
        }
        return problems;
    }

    private static List<String> encrypted(PolicyResource queue) {
        Optional<Object> managed = queue.property("sqsManagedSseEnabled");
        Optional<Object> key = queue.property("kmsMasterKeyId");
        boolean ok = managed.filter(Boolean.TRUE::equals).isPresent() || key.isPresent()
                || Checks.isUnknown(managed);
        return Checks.unless(ok, "neither sqsManagedSseEnabled nor kmsMasterKeyId is set");
    }

    private static List<Violation> redrivePresent(StackPolicy policy, List<PolicyResource> resources) {
        List<PolicyResource> queues = queues(resources);
        Targets targets = Targets.of(queues);
        List<Violation> found = new ArrayList<>();
        for (PolicyResource queue : queues) {
            Optional<Object> redrive = queue.property("redrivePolicy");
            if (Checks.isUnknown(redrive)) {
                continue;
            }
            if (redrive.isEmpty()) {
                if (!targets.unknown() && !targets.isTarget(queue)) {
                    found.add(policy.violation(queue, "no redrivePolicy, and no queue redrives to it"));
                }
                continue;
            }
            JsonNode parsed = parse(redrive.get());
            if (parsed.path("deadLetterTargetArn").asText().isEmpty() || parsed.path("maxReceiveCount").asInt() < 1) {
                found.add(policy.violation(queue, "redrivePolicy needs deadLetterTargetArn and maxReceiveCount >= 1: "
                        + redrive.get()));
            }
        }
        return found;
    }

    private static List<Violation> deadLettersKept(StackPolicy policy, List<PolicyResource> resources) {
        List<PolicyResource> queues = queues(resources);
        Targets targets = Targets.of(queues);
        List<Violation> found = new ArrayList<>();
        for (PolicyResource queue : queues) {
            if (!targets.isTarget(queue) || Checks.isUnknown(queue.property("messageRetentionSeconds"))) {
                continue;
            }
            Optional<Long> retention = Checks.number(queue, "messageRetentionSeconds");
            if (retention.filter(seconds -> seconds == FOURTEEN_DAYS).isEmpty()) {
                found.add(policy.violation(queue, "a dead-letter queue keeps messages for "
                        + retention.map(s -> s + " s").orElse("the default 4 days") + "; expected " + FOURTEEN_DAYS + " s"));
            }
        }
        return found;
    }

    private static List<PolicyResource> queues(List<PolicyResource> resources) {
        return resources.stream().filter(r -> r.type().equals(QUEUE)).toList();
    }

    private static JsonNode parse(Object redrive) {
        try {
            return JSON.readTree(String.valueOf(redrive));
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }

    /** The dead-letter target ARNs the queues name; {@code unknown} when a redrive policy is not known yet. */
    private record Targets(List<String> arns, boolean unknown) {

        static Targets of(List<PolicyResource> queues) {
            List<String> arns = new ArrayList<>();
            boolean unknown = false;
            for (PolicyResource queue : queues) {
                Optional<Object> redrive = queue.property("redrivePolicy");
                if (Checks.isUnknown(redrive)) {
                    unknown = true;
                } else {
                    redrive.map(MessagingRules::parse)
                            .map(policy -> policy.path("deadLetterTargetArn").asText())
                            .filter(arn -> !arn.isEmpty())
                            .ifPresent(arns::add);
                }
            }
            return new Targets(arns, unknown);
        }

        /** A queue is a target when a redrive policy names its ARN, or an ARN ending in its name. */
        boolean isTarget(PolicyResource queue) {
            Optional<Object> arn = queue.property("arn");
            Optional<Object> name = queue.property("name");
            return arns.stream().anyMatch(target -> arn.map(target::equals).orElse(false)
                    || name.map(n -> target.endsWith(":" + n)).orElse(false));
        }
    }
}
