package com.rootmail.infra;

import static com.rootmail.infra.TestStacks.DOMAIN;
import static com.rootmail.infra.TestStacks.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.rootmail.handler.HandlerConfig;
import com.rootmail.infra.plan.PlaceholderMocks;
import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.Registration;
import com.rootmail.policy.SesReceiving;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings that keep RootMail locked down, as the program registers them under Pulumi's mocks. */
class RootMailSecurityTest {

    static final String RULE_ARN =
            "arn:aws:ses:eu-west-1:123456789012:receipt-rule-set/rootmail-rules:receipt-rule/rootmail-inbound";
    static final String KMS_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    static Plan plan;

    @BeforeAll
    static void planTheDefaultStack() {
        plan = TestStacks.plan();
    }

    @Test
    void bucketBlocksEveryKindOfPublicAccess() {
        assertThat(plan.single("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").inputs())
                .containsEntry("blockPublicAcls", true)
                .containsEntry("blockPublicPolicy", true)
                .containsEntry("ignorePublicAcls", true)
                .containsEntry("restrictPublicBuckets", true)
                .containsEntry("bucket", "rootmail-mail-id");
    }

    @Test
    void bucketOwnerOwnsEveryObject() {
        assertThat(plan.single("aws:s3/bucketOwnershipControls:BucketOwnershipControls").inputs())
                .containsEntry("rule", Map.of("objectOwnership", "BucketOwnerEnforced"));
    }

    @Test
    void bucketIsEncryptedWithSseS3UnlessAKeyIsConfigured() {
        assertThat(encryptionRule(plan)).containsEntry("applyServerSideEncryptionByDefault",
                Map.of("sseAlgorithm", "AES256"));
    }

    @Test
    void customerKeyEncryptsTheBucketTheTopicAndBothQueues() {
        Plan withKey = TestStacks.plan("rootmail:kmsKeyArn", KMS_KEY);

        assertThat(encryptionRule(withKey))
                .containsEntry("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KMS_KEY))
                .containsEntry("bucketKeyEnabled", true);
        assertThat(withKey.single("aws:sns/topic:Topic").inputs()).containsEntry("kmsMasterKeyId", KMS_KEY);
        assertThat(withKey.ofType("aws:sqs/queue:Queue")).hasSize(2).allSatisfy(queue -> assertThat(queue.inputs())
                .containsEntry("kmsMasterKeyId", KMS_KEY)
                .doesNotContainKey("sqsManagedSseEnabled"));
    }

    @Test
    void bucketKeepsEveryVersion() {
        assertThat(plan.single("aws:s3/bucketVersioningV2:BucketVersioningV2").inputs())
                .containsEntry("versioningConfiguration", Map.of("status", "Enabled"));
    }

    @Test
    void bucketIsRetainedWhenTheStackIsDeleted() {
        assertThat(plan.single("aws:s3/bucketV2:BucketV2").options()).containsEntry("retainOnDelete", true);
    }

    /** A retained bucket stripped of its public access block, ownership and TLS policy would be an open mailbox. */
    @Test
    void theRetainedBucketKeepsItsHardeningWhenTheStackIsDeleted() {
        for (String type : List.of("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "aws:s3/bucketVersioningV2:BucketVersioningV2",
                "aws:s3/bucketPolicy:BucketPolicy")) {
            assertThat(plan.single(type).options()).as(type).containsEntry("retainOnDelete", true);
        }
    }

    @Test
    void mailIsKeptForeverUnlessARetentionIsConfigured() {
        assertThat(plan.ofType("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2")).isEmpty();

        var lifecycle = TestStacks.plan("rootmail:mailRetentionDays", "365")
                .single("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2");
        JsonNode rule = json(lifecycle.inputs().get("rules")).get(0);
        assertThat(rule.at("/filter/prefix").asText()).isEqualTo("inbound/");
        assertThat(rule.at("/expiration/days").asInt()).isEqualTo(365);
        assertThat(rule.at("/noncurrentVersionExpiration/noncurrentDays").asInt()).isEqualTo(365);
        assertThat(rule.at("/status").asText()).isEqualTo("Enabled");
    }

    @Test
    void bucketPolicyDeniesEveryRequestWithoutTls() {
        JsonNode deny = statement(plan.single("aws:s3/bucketPolicy:BucketPolicy"), "DenyInsecureTransport");
        assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.path("Principal").asText()).isEqualTo("*");
        assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
        assertThat(texts(deny.path("Resource")))
                .containsExactly("arn:aws:s3:::rootmail-mail-placeholder", "arn:aws:s3:::rootmail-mail-placeholder/*");
    }

    @Test
    void bucketPolicyLetsSesPutOnlyUnderInboundForThisAccountsRule() {
        JsonNode policy = json(plan.single("aws:s3/bucketPolicy:BucketPolicy").inputs().get("policy"));
        JsonNode allow = statement(plan.single("aws:s3/bucketPolicy:BucketPolicy"), "AllowSesToStoreInboundMail");

        assertThat(policy.path("Statement")).filteredOn(s -> s.path("Effect").asText().equals("Allow")).hasSize(1);
        assertThat(allow.at("/Principal/Service").asText()).isEqualTo("ses.amazonaws.com");
        assertThat(texts(allow.path("Action"))).containsExactly("s3:PutObject");
        assertThat(texts(allow.path("Resource"))).containsExactly("arn:aws:s3:::rootmail-mail-placeholder/inbound/*");
        assertThat(allow.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo(PlaceholderMocks.ACCOUNT_ID);
        assertThat(allow.at("/Condition/StringEquals/aws:SourceArn").asText()).isEqualTo(RULE_ARN);
    }

    @Test
    void topicTakesNotificationsOnlyFromThisAccountsRuleOverTls() {
        Registration topicPolicy = plan.single("aws:sns/topicPolicy:TopicPolicy");
        JsonNode allow = statement(topicPolicy, "AllowSesToNotify");

        assertThat(allow.at("/Principal/Service").asText()).isEqualTo("ses.amazonaws.com");
        assertThat(texts(allow.path("Action"))).containsExactly("sns:Publish");
        assertThat(allow.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo(PlaceholderMocks.ACCOUNT_ID);
        assertThat(allow.at("/Condition/StringEquals/aws:SourceArn").asText()).isEqualTo(RULE_ARN);
        assertThat(statement(topicPolicy, "DenyInsecureTransport").at("/Condition/Bool/aws:SecureTransport").asText())
                .isEqualTo("false");
    }

    @Test
    void queuesAreEncryptedAndKeepMessagesFourteenDays() {
        assertThat(plan.ofType("aws:sqs/queue:Queue")).hasSize(2).allSatisfy(queue -> assertThat(queue.inputs())
                .containsEntry("sqsManagedSseEnabled", true)
                .containsEntry("messageRetentionSeconds", 14L * 24 * 60 * 60));
    }

    @Test
    void mailQueueRedrivesToTheDeadLetterQueueAfterFiveReceives() {
        JsonNode redrive = json(queue("rootmail-mail-queue").inputs().get("redrivePolicy"));
        assertThat(redrive.path("deadLetterTargetArn").asText())
                .isEqualTo("arn:aws:sqs:eu-west-1:123456789012:rootmail-dead-letters-placeholder");
        assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(5);
        assertThat(queue("rootmail-dead-letters").inputs()).doesNotContainKey("redrivePolicy");
    }

    @Test
    void mailQueueHidesAMessageForSixFunctionTimeouts() {
        long timeout = (Long) plan.single("aws:lambda/function:Function").inputs().get("timeout");
        assertThat(queue("rootmail-mail-queue").inputs()).containsEntry("visibilityTimeoutSeconds", 6 * timeout);
    }

    @Test
    void mailQueueAcceptsOnlyTheTopicOverTls() {
        Registration queuePolicy = queuePolicy("rootmail-mail-queue-policy");
        JsonNode allow = statement(queuePolicy, "AllowTopicToDeliver");

        assertThat(allow.at("/Principal/Service").asText()).isEqualTo("sns.amazonaws.com");
        assertThat(texts(allow.path("Action"))).containsExactly("sqs:SendMessage");
        assertThat(allow.at("/Condition/ArnEquals/aws:SourceArn").asText())
                .isEqualTo("arn:aws:sns:eu-west-1:123456789012:rootmail-notifications-placeholder");
        assertThat(statement(queuePolicy, "DenyInsecureTransport").path("Effect").asText()).isEqualTo("Deny");
    }

    @Test
    void deadLetterQueueRefusesEverythingButTls() {
        Registration policy = queuePolicy("rootmail-dead-letters-policy");
        JsonNode document = json(policy.inputs().get("policy"));

        assertThat(document.path("Statement")).hasSize(1);
        JsonNode deny = statement(policy, "DenyInsecureTransport");
        assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
        assertThat(texts(deny.path("Resource")))
                .containsExactly("arn:aws:sqs:eu-west-1:123456789012:rootmail-dead-letters-placeholder");
        assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    }

    @Test
    void subscriptionDeliversRawNotificationsToTheMailQueue() {
        assertThat(plan.single("aws:sns/topicSubscription:TopicSubscription").inputs())
                .containsEntry("protocol", "sqs")
                .containsEntry("rawMessageDelivery", true)
                .containsEntry("endpoint", "arn:aws:sqs:eu-west-1:123456789012:rootmail-mail-queue-placeholder")
                .containsEntry("topic", "arn:aws:sns:eu-west-1:123456789012:rootmail-notifications-placeholder");
    }

    @Test
    void functionRunsTheHandlerJarOnJava21Arm64WithSnapStartAndJsonLogs() {
        assertThat(plan.single("aws:lambda/function:Function").inputs())
                .containsEntry("runtime", "java21")
                .containsEntry("architectures", List.of("arm64"))
                .containsEntry("handler", "com.rootmail.handler.RootMailHandler::handleRequest")
                .containsEntry("code", Map.of("path", TestStacks.HANDLER_JAR.toString()))
                .containsEntry("publish", true)
                .containsEntry("snapStart", Map.of("applyOn", "PublishedVersions"))
                .containsEntry("loggingConfig", Map.of("logFormat", "JSON", "logGroup", "/rootmail/rootmail/handler-placeholder"))
                .containsEntry("role", "arn:aws:iam::123456789012:role/rootmail-handler-role-placeholder");
    }

    /** The program and the handler module agree: the entry point exists and the environment is one it accepts. */
    @Test
    void theHandlerModuleHasTheEntryPointAndAcceptsTheEnvironmentTheProgramGivesIt() throws Exception {
        Map<String, Object> function = TestStacks.plan("rootmail:opsItemTopicArn", "arn:aws:sns:eu-central-1:123456789012:ops")
                .single("aws:lambda/function:Function").inputs();
        String[] entryPoint = ((String) function.get("handler")).split("::");
        Class<?> handler = Class.forName(entryPoint[0]);
        assertThat(RequestHandler.class).isAssignableFrom(handler);
        assertThat(handler.getMethods()).extracting(Method::getName).contains(entryPoint[1]);

        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) ((Map<String, Object>) function.get("environment")).get("variables");
        HandlerConfig config = HandlerConfig.fromEnvironment(variables);
        assertThat(config.homeRegion()).isEqualTo(TestStacks.HOME);
        assertThat(config.mailBucket()).isEqualTo("rootmail-mail-placeholder");
        assertThat(config.mailPrefix()).isEqualTo(SesReceiving.MAIL_PREFIX);
        assertThat(config.opsItemTopicArn()).hasValue("arn:aws:sns:eu-central-1:123456789012:ops");
        assertThat(variables.keySet()).containsExactlyInAnyOrder(
                "HOME_REGION", "MAIL_BUCKET", "MAIL_PREFIX", "OPSITEM_SOURCE", "OPSITEM_TOPIC_ARN", "SECRET_TTL");
    }

    @Test
    void functionEnvironmentTellsTheHandlerItsRegionBucketPrefixSourceAndSecretLifetime() {
        assertThat(plan.single("aws:lambda/function:Function").inputs().get("environment")).isEqualTo(Map.of(
                "variables", Map.of(
                        "HOME_REGION", "eu-central-1",
                        "MAIL_BUCKET", "rootmail-mail-placeholder",
                        "MAIL_PREFIX", "inbound/",
                        "OPSITEM_SOURCE", "RootMail",
                        "SECRET_TTL", "PT15M")));
    }

    @Test
    void opsItemTopicReachesTheHandlerWhenConfigured() {
        String topic = "arn:aws:sns:eu-central-1:123456789012:opsitems";
        var environment = TestStacks.plan("rootmail:opsItemTopicArn", topic)
                .single("aws:lambda/function:Function").inputs().get("environment");
        assertThat(environment).asString().contains("OPSITEM_TOPIC_ARN=" + topic);
    }

    @Test
    void logGroupKeepsLogsForTheConfiguredRetention() {
        assertThat(plan.single("aws:cloudwatch/logGroup:LogGroup").inputs()).containsEntry("retentionInDays", 90L);
        assertThat(TestStacks.plan("rootmail:logRetentionDays", "30").single("aws:cloudwatch/logGroup:LogGroup").inputs())
                .containsEntry("retentionInDays", 30L);
    }

    @Test
    void queueInvokesThePublishedAliasWithPartialBatchFailuresAndACap() {
        assertThat(plan.single("aws:lambda/alias:Alias").inputs())
                .containsEntry("functionVersion", "1")
                .containsEntry("functionName", "rootmail-handler-placeholder");
        assertThat(plan.single("aws:lambda/eventSourceMapping:EventSourceMapping").inputs())
                .containsEntry("functionName", "arn:aws:lambda:eu-west-1:123456789012:function:rootmail-handler-placeholder:live")
                .containsEntry("eventSourceArn", "arn:aws:sqs:eu-west-1:123456789012:rootmail-mail-queue-placeholder")
                .containsEntry("functionResponseTypes", List.of("ReportBatchItemFailures"))
                .containsEntry("scalingConfig", Map.of("maximumConcurrency", 5L));
    }

    @Test
    void receiptRuleRequiresTlsScansAndStoresUnderInboundThenNotifies() {
        assertThat(plan.single("aws:ses/receiptRule:ReceiptRule").inputs())
                .containsEntry("tlsPolicy", "Require")
                .containsEntry("scanEnabled", true)
                .containsEntry("enabled", true)
                .containsEntry("ruleSetName", "rootmail-rules")
                .containsEntry("name", "rootmail-inbound")
                .containsEntry("s3Actions", List.of(Map.of(
                        "bucketName", "rootmail-mail-placeholder",
                        "objectKeyPrefix", "inbound/",
                        "position", 1L,
                        "topicArn", "arn:aws:sns:eu-west-1:123456789012:rootmail-notifications-placeholder")));
    }

    @Test
    void receiptRuleReceivesRootOfTheDomainUnlessOtherRecipientsAreConfigured() {
        assertThat(plan.single("aws:ses/receiptRule:ReceiptRule").inputs())
                .containsEntry("recipients", List.of("root@" + DOMAIN));
        assertThat(TestStacks.plan("rootmail:recipients", "[\"aws@" + DOMAIN + "\", \"root@" + DOMAIN + "\"]")
                .single("aws:ses/receiptRule:ReceiptRule").inputs())
                .containsEntry("recipients", List.of("aws@" + DOMAIN, "root@" + DOMAIN));
    }

    @Test
    void rootMailsRuleSetIsTheOneActivated() {
        assertThat(plan.single("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet").inputs())
                .containsEntry("ruleSetName", "rootmail-rules");
    }

    @Test
    void alarmsWatchTheDeadLetterQueueAndHandlerErrors() {
        assertThat(alarm("rootmail-dead-letters-alarm"))
                .containsEntry("namespace", "AWS/SQS")
                .containsEntry("metricName", "ApproximateNumberOfMessagesVisible")
                .containsEntry("dimensions", Map.of("QueueName", "rootmail-dead-letters-placeholder"))
                .containsEntry("comparisonOperator", "GreaterThanThreshold")
                .containsEntry("threshold", 0L);
        assertThat(alarm("rootmail-handler-errors-alarm"))
                .containsEntry("namespace", "AWS/Lambda")
                .containsEntry("metricName", "Errors")
                .containsEntry("dimensions", Map.of("FunctionName", "rootmail-handler-placeholder"))
                .containsEntry("comparisonOperator", "GreaterThanThreshold")
                .containsEntry("threshold", 0L);
    }

    @Test
    void alarmsNotifyTheConfiguredTopic() {
        String topic = "arn:aws:sns:eu-west-1:123456789012:ops";
        assertThat(TestStacks.plan("rootmail:alarmTopicArn", topic).ofType("aws:cloudwatch/metricAlarm:MetricAlarm"))
                .hasSize(2)
                .allSatisfy(alarm -> assertThat(alarm.inputs()).containsEntry("alarmActions", List.of(topic)));
    }

    @Test
    void everyTaggableResourceIsTaggedThroughBothProviders() {
        assertThat(plan.ofType(Registration.AWS_PROVIDER_TYPE)).hasSize(2).allSatisfy(provider ->
                assertThat(json(provider.inputs().get("defaultTags")).at("/tags/app").asText()).isEqualTo("rootmail"));
    }

    private static Map<String, Object> encryptionRule(Plan plan) {
        var rules = (List<?>) plan.single(
                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2")
                .inputs().get("rules");
        @SuppressWarnings("unchecked")
        var rule = (Map<String, Object>) rules.get(0);
        return rule;
    }

    private static Registration queuePolicy(String name) {
        return plan.ofType("aws:sqs/queuePolicy:QueuePolicy").stream().filter(q -> q.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Registration queue(String name) {
        return plan.ofType("aws:sqs/queue:Queue").stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Object> alarm(String name) {
        return plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow().inputs();
    }

    static JsonNode statement(Registration withPolicy, String sid) {
        JsonNode policy = json(withPolicy.inputs().get("policy"));
        for (JsonNode statement : policy.path("Statement")) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    static List<String> texts(JsonNode array) {
        return array.isArray() ? StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText).toList() : List.of(array.asText());
    }
}
