package com.rootmail.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A small hand-built stack that keeps every RootMail promise, shaped like what the program
 * registers (the same types and input names), and ways to break one resource of it.
 */
public final class CompliantStack {

    public static final String ACCOUNT = "123456789012";
    static final String RULE_ARN = "arn:aws:ses:eu-west-1:" + ACCOUNT + ":receipt-rule-set/rules:receipt-rule/inbound";
    static final String DLQ_ARN = "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":dead-letters";

    private CompliantStack() {
    }

    public static List<PolicyResource> resources() {
        return List.of(
                // A bucket's id is its name; Pulumi's auto-naming puts that name in the inputs too.
                receiving("aws:s3/bucketV2:BucketV2", "mail", "mail-bucket", Map.of("bucket", "mail-bucket"),
                        Optional.of(true)),
                receiving("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "mail-public-access", "", Map.of(
                        "bucket", "mail-bucket", "blockPublicAcls", true, "blockPublicPolicy", true,
                        "ignorePublicAcls", true, "restrictPublicBuckets", true)),
                receiving("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "mail-ownership", "", Map.of(
                        "bucket", "mail-bucket", "rule", Map.of("objectOwnership", "BucketOwnerEnforced"))),
                receiving("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                        "mail-encryption", "", Map.of("bucket", "mail-bucket", "rules", List.of(Map.of(
                                "applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"))))),
                receiving("aws:s3/bucketVersioningV2:BucketVersioningV2", "mail-versioning", "", Map.of(
                        "bucket", "mail-bucket", "versioningConfiguration", Map.of("status", "Enabled"))),
                receiving("aws:s3/bucketPolicy:BucketPolicy", "mail-policy", "", Map.of(
                        "bucket", "mail-bucket", "policy", bucketPolicy())),
                receiving("aws:sns/topicPolicy:TopicPolicy", "notifications-policy", "", Map.of("policy", topicPolicy())),
                receiving("aws:sqs/queue:Queue", "dead-letters", "", Map.of(
                        "arn", DLQ_ARN, "messageRetentionSeconds", 1209600L, "sqsManagedSseEnabled", true)),
                receiving("aws:sqs/queue:Queue", "mail-queue", "", Map.of(
                        "sqsManagedSseEnabled", true, "messageRetentionSeconds", 1209600L,
                        "redrivePolicy", "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":5}")),
                receiving("aws:lambda/function:Function", "handler", "", Map.of(
                        "runtime", "java21", "architectures", List.of("arm64"),
                        "loggingConfig", Map.of("logFormat", "JSON", "logGroup", "/rootmail/handler"))),
                home("aws:iam/role:Role", "handler-role", Map.of("assumeRolePolicy", """
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                         "Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""")),
                home("aws:iam/rolePolicy:RolePolicy", "handler-policy", Map.of("policy", """
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],
                         "Resource":["arn:aws:s3:::mail-bucket/inbound/*"]}]}""")),
                receiving("aws:ses/receiptRuleSet:ReceiptRuleSet", "rule-set", "", Map.of("ruleSetName", "rules")),
                receiving("aws:ses/receiptRule:ReceiptRule", "rule", "", Map.of(
                        "ruleSetName", "rules", "tlsPolicy", "Require", "scanEnabled", true, "enabled", true)),
                receiving("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet", "active-rule-set", "",
                        Map.of("ruleSetName", "rules")));
    }

    /** The stack with the resource named {@code name} changed. */
    public static List<PolicyResource> with(String name, UnaryOperator<PolicyResource> change) {
        List<PolicyResource> changed = new ArrayList<>();
        boolean found = false;
        for (PolicyResource resource : resources()) {
            if (resource.name().equals(name)) {
                changed.add(change.apply(resource));
                found = true;
            } else {
                changed.add(resource);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no resource " + name + " in the compliant stack");
        }
        return changed;
    }

    /** The stack with one property of one resource replaced ({@code null} removes it). */
    public static List<PolicyResource> withProperty(String name, String key, Object value) {
        return with(name, resource -> resource.withProperty(key, value));
    }

    /** The stack without the resource named {@code name}. */
    public static List<PolicyResource> without(String name) {
        return resources().stream().filter(r -> !r.name().equals(name)).toList();
    }

    /** The messages of one policy's violations over a stack, whatever kind of policy it is. */
    public static List<String> violations(String policyName, List<PolicyResource> resources) {
        return PolicyPack.rootMail().check(resources).stream()
                .filter(v -> v.policyName().equals(policyName))
                .map(Violation::message)
                .toList();
    }

    public static String bucketPolicy() {
        return """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":["s3:*"],
                  "Resource":["arn:aws:s3:::mail-bucket","arn:aws:s3:::mail-bucket/*"],
                  "Condition":{"Bool":{"aws:SecureTransport":"false"}}},
                 {"Sid":"AllowSes","Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},
                  "Action":["s3:PutObject"],"Resource":["arn:aws:s3:::mail-bucket/inbound/*"],
                  "Condition":{"StringEquals":{"aws:SourceAccount":"%s","aws:SourceArn":"%s"}}}]}"""
                .formatted(ACCOUNT, RULE_ARN);
    }

    static String topicPolicy() {
        return """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Deny","Principal":"*","Action":["sns:Publish"],"Resource":["arn:aws:sns:eu-west-1:%1$s:n"],
                  "Condition":{"Bool":{"aws:SecureTransport":"false"}}},
                 {"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},"Action":["sns:Publish"],
                  "Resource":["arn:aws:sns:eu-west-1:%1$s:n"],
                  "Condition":{"StringEquals":{"aws:SourceAccount":"%1$s","aws:SourceArn":"%2$s"}}}]}"""
                .formatted(ACCOUNT, RULE_ARN);
    }

    private static PolicyResource receiving(String type, String name, String id, Map<String, Object> properties) {
        return receiving(type, name, id, properties, Optional.empty());
    }

    private static PolicyResource receiving(String type, String name, String id, Map<String, Object> properties,
            Optional<Boolean> retain) {
        return new PolicyResource(type, name, urn(type, name), id, "receiving", "eu-west-1", properties, retain);
    }

    private static PolicyResource home(String type, String name, Map<String, Object> properties) {
        return new PolicyResource(type, name, urn(type, name), "", "home", "eu-central-1", properties, Optional.empty());
    }

    static String urn(String type, String name) {
        return "urn:pulumi:test::rootmail::" + type + "::" + name;
    }
}
