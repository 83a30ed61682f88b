package com.rootmail.infra.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IAM policy documents of RootMail, as pure functions from ARNs to JSON, so tests
 * can parse and check them without any AWS or Pulumi.
 *
 * <pre>{@code
 * String json = AccessPolicies.mailBucketPolicy(bucketArn, "inbound/", accountId, receiptRuleArn);
 * }</pre>
 */
public final class AccessPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessPolicies() {
    }

    /**
     * TLS only; SES may put objects under {@code prefix} only, and only for this account's
     * receipt rule (the confused-deputy conditions).
     */
    public static String mailBucketPolicy(String bucketArn, String prefix, String accountId, String receiptRuleArn) {
        return document(List.of(
                denyInsecureTransport("s3:*", List.of(bucketArn, bucketArn + "/*")),
                statement("AllowSesToStoreInboundMail", "Allow", service("ses.amazonaws.com"),
                        List.of("s3:PutObject"), List.of(bucketArn + "/" + prefix + "*"),
                        fromSource(accountId, receiptRuleArn))));
    }

    /** TLS only; SES may publish, only for this account's receipt rule. */
    public static String topicPolicy(String topicArn, String accountId, String receiptRuleArn) {
        return document(List.of(
                denyInsecureTransport("sns:Publish", List.of(topicArn)),
                statement("AllowSesToNotify", "Allow", service("ses.amazonaws.com"),
                        List.of("sns:Publish"), List.of(topicArn), fromSource(accountId, receiptRuleArn))));
    }

    /** TLS only; only our topic may send to the queue. */
    public static String queuePolicy(String queueArn, String topicArn) {
        return document(List.of(
                denyInsecureTransport("sqs:*", List.of(queueArn)),
                statement("AllowTopicToDeliver", "Allow", service("sns.amazonaws.com"),
                        List.of("sqs:SendMessage"), List.of(queueArn),
                        Map.of("ArnEquals", Map.of("aws:SourceArn", topicArn)))));
    }

    /** TLS only: the dead-letter queue holds mails that failed, and nothing sends to it but SQS itself. */
    public static String deadLetterQueuePolicy(String queueArn) {
        return document(List.of(denyInsecureTransport("sqs:*", List.of(queueArn))));
    }

    /** Only Lambda, on behalf of this account, may assume the handler's role. */
    public static String lambdaTrustPolicy(String accountId) {
        Map<String, Object> trust = new LinkedHashMap<>();
        trust.put("Effect", "Allow");
        trust.put("Principal", service("lambda.amazonaws.com"));
        trust.put("Action", "sts:AssumeRole");
        trust.put("Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", accountId)));
        return document(List.of(trust));
    }

    /**
     * Least privilege for the handler: read stored mail, consume the queue, write its own
     * logs, and in the home region only: create OpsItems and put its secret parameters
     * (under {@link Arns#SECRET_PARAMETER_PATH}). No wildcard actions.
     */
    public static String handlerPolicy(HandlerAccess access) {
        List<Map<String, Object>> statements = new ArrayList<>(List.of(
                allow("ReadStoredMail", List.of("s3:GetObject"),
                        List.of(access.bucketArn() + "/" + access.mailPrefix() + "*")),
                allow("ConsumeMailQueue", List.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
                        "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility"), List.of(access.queueArn())),
                allow("WriteOwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        List.of(access.logGroupArn() + ":*")),
                // CreateOpsItem has no resource-level permissions: an opsitem ARN here would never
                // match and deny every call. "*" it is, held to the home region by a condition.
                allow("CreateOpsItemsInHomeRegion", List.of("ssm:CreateOpsItem"), List.of("*"),
                        Map.of("StringEquals", Map.of("aws:RequestedRegion", access.homeRegion()))),
                allow("KeepSecretsInHomeRegion", List.of("ssm:PutParameter"),
                        List.of(Arns.secretParameters(access.homeRegion(), access.accountId())))));
        access.kmsKeyArn().ifPresent(key ->
                statements.add(allow("DecryptWithCustomerKey", List.of("kms:Decrypt"), List.of(key))));
        return document(statements);
    }

    private static Map<String, Object> allow(String sid, List<String> actions, List<String> resources) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", resources);
        return statement;
    }

    private static Map<String, Object> allow(String sid, List<String> actions, List<String> resources,
            Map<String, Object> condition) {
        Map<String, Object> statement = allow(sid, actions, resources);
        statement.put("Condition", condition);
        return statement;
    }

    private static Map<String, Object> denyInsecureTransport(String action, List<String> resources) {
        return statement("DenyInsecureTransport", "Deny", "*", List.of(action), resources,
                Map.of("Bool", Map.of("aws:SecureTransport", "false")));
    }

    private static Map<String, Object> statement(String sid, String effect, Object principal,
            List<String> actions, List<String> resources, Map<String, Object> condition) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", effect);
        statement.put("Principal", principal);
        statement.put("Action", actions);
        statement.put("Resource", resources);
        statement.put("Condition", condition);
        return statement;
    }

    private static Map<String, Object> service(String service) {
        return Map.of("Service", service);
    }

    private static Map<String, Object> fromSource(String accountId, String sourceArn) {
        Map<String, Object> equals = new LinkedHashMap<>();
        equals.put("aws:SourceAccount", accountId);
        equals.put("aws:SourceArn", sourceArn);
        return Map.of("StringEquals", equals);
    }

    private static String document(List<Map<String, Object>> statements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", statements);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialize", e);
        }
    }
}
