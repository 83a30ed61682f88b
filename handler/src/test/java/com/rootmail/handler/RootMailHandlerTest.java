package com.rootmail.handler;

import static com.rootmail.handler.testing.LambdaHarness.failedIds;
import static com.rootmail.handler.testing.LambdaHarness.notificationFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.testing.LambdaHarness;
import com.rootmail.handler.testing.LocalS3;
import com.rootmail.handler.testing.LocalSsm;
import com.rootmail.handler.testing.Notifications;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lambda handler end to end over loopback servers: s3proxy holds the mails, a local
 * SSM endpoint sees the exact requests the real SDK clients send.
 */
class RootMailHandlerTest {

    private static final Verdicts AUTHENTIC = Verdicts.parse("dmarc=PASS,dkim=PASS,spf=PASS,spam=PASS,virus=PASS",
            Verdicts.ALL_GRAY);
    private static final String RESET_LINK =
            "https://signin.aws.amazon.com/resetpassword?type=RootUser&token=c2VjcmV0LXRva2VuLTEyMzQ1Njc4OTA";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaHarness lambda;

    @BeforeEach
    void start() throws Exception {
        lambda = new LambdaHarness();
    }

    @AfterEach
    void stop() {
        lambda.close();
    }

    private static byte[] resetMail() {
        return ("From: Amazon Web Services <no-reply@signin.aws>\r\n"
                + "To: root+6f1c2a9e4b7d@aws.example.test\r\n"
                + "Subject: Amazon Web Services Password Assistance\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>Hello. <a href=\"" + RESET_LINK + "\">Reset your password</a>.</p>"
                + "<p>Verification code: 734512</p>\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] plainMail(String subject) {
        return ("From: someone@example.com\r\nTo: root+x@aws.example.test\r\nSubject: " + subject
                + "\r\n\r\nHello.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void opsItemIsCreatedInTheHomeRegionWithSsmsWireFormat() {
        lambda.store("wire-1", resetMail());

        SQSBatchResponse response = lambda.deliver(notificationFor("wire-1", AUTHENTIC));

        assertThat(response.getBatchItemFailures()).isEmpty();
        LocalSsm.Request create = lambda.ssm().requests("CreateOpsItem").get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/");
        assertThat(create.target()).isEqualTo("AmazonSSM.CreateOpsItem");
        assertThat(create.contentType()).startsWith("application/x-amz-json-1.1");
        assertThat(create.authorization()).contains("/eu-central-1/ssm/aws4_request");
        JsonNode body = create.body();
        assertThat(body.path("Source").asText()).isEqualTo("RootMail");
        assertThat(body.path("Title").asText()).startsWith("Password Reset Requested: Amazon Web Services Password Assistance");
        assertThat(body.path("Category").asText()).isEqualTo("Security");
        assertThat(body.path("Severity").asText()).isEqualTo("2");
        assertThat(body.path("OperationalData").path("/aws/dedup").path("Value").asText())
                .isEqualTo("{\"dedupString\":\"wire-1\"}");
        assertThat(body.path("OperationalData").path("/aws/dedup").path("Type").asText()).isEqualTo("SearchableString");
        assertThat(body.path("OperationalData").path("/aws/resources").path("Value").asText())
                .isEqualTo("[{\"arn\":\"arn:aws:s3:::rootmail-mail/inbound/wire-1\"}]");
        assertThat(body.path("Notifications").isMissingNode()).isTrue();
    }

    @Test
    void passwordResetLinkAndCodeNeverReachTheOpsItemButExpiringSecureStringsFirst() throws Exception {
        lambda.store("secret-1", resetMail());

        lambda.deliver(notificationFor("secret-1", AUTHENTIC));

        List<LocalSsm.Request> requests = lambda.ssm().requests();
        assertThat(requests).extracting(LocalSsm.Request::operation)
                .containsExactly("PutParameter", "PutParameter", "CreateOpsItem");
        String opsItemRequest = requests.get(2).rawBody();
        assertThat(opsItemRequest).doesNotContain("c2VjcmV0LXRva2Vu").doesNotContain("734512").doesNotContain("token=")
                .contains("[secret removed: reset-link-1]").contains("[secret removed: verification-code-1]")
                .contains("/rootmail/secrets/secret-1/reset-link-1");
        JsonNode link = requests.get(0).body();
        assertThat(requests.get(0).target()).isEqualTo("AmazonSSM.PutParameter");
        assertThat(requests.get(0).authorization()).contains("/eu-central-1/ssm/aws4_request");
        assertThat(link.path("Name").asText()).isEqualTo("/rootmail/secrets/secret-1/reset-link-1");
        assertThat(link.path("Value").asText()).isEqualTo(RESET_LINK);
        assertThat(link.path("Type").asText()).isEqualTo("SecureString");
        assertThat(link.path("Overwrite").asBoolean()).isTrue();
        assertThat(link.path("Tier").asText()).isEqualTo("Advanced");
        JsonNode policy = JSON.readTree(link.path("Policies").asText()).get(0);
        assertThat(policy.path("Type").asText()).isEqualTo("Expiration");
        assertThat(policy.path("Attributes").path("Timestamp").asText()).isEqualTo("2026-12-04T10:15:05.000Z");
        assertThat(requests.get(1).body().path("Value").asText()).isEqualTo("734512");
    }

    @Test
    void secretLongerThanAParameterHoldsIsStoredCutAndTheMailStillGetsItsOpsItem() {
        String hugeLink = "https://phish.example/reset?token=" + "A".repeat(9_000);
        lambda.store("huge-1", ("From: someone@example.com\r\nTo: root+x@aws.example.test\r\nSubject: Reset\r\n\r\n"
                + hugeLink + "\r\n").getBytes(StandardCharsets.UTF_8));

        SQSBatchResponse response = lambda.deliver(notificationFor("huge-1", AUTHENTIC));

        assertThat(response.getBatchItemFailures()).isEmpty();
        String stored = lambda.ssm().requests("PutParameter").get(0).body().path("Value").asText();
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(8 * 1024);
        assertThat(stored).startsWith("https://phish.example/reset?token=AAAA").endsWith("[... truncated]");
    }

    @Test
    void duplicateDeliveryGivesOneOpsItemAndBothSucceed() {
        lambda.store("dup-1", resetMail());
        String notification = notificationFor("dup-1", AUTHENTIC);

        SQSBatchResponse first = lambda.deliver(notification, notification);
        SQSBatchResponse again = lambda.deliver(notification);

        assertThat(failedIds(first)).isEmpty();
        assertThat(failedIds(again)).isEmpty();
        assertThat(lambda.ssm().requests("CreateOpsItem")).hasSize(3);
        assertThat(lambda.ssm().opsItemCount()).isEqualTo(1);
        assertThat(lambda.context().logLines()).filteredOn(l -> l.contains("OpsItem oi-")).hasSize(3)
                .allMatch(l -> l.contains(lambda.context().logLines().get(0).replaceAll(".*(OpsItem oi-\\w+).*", "$1")));
    }

    @Test
    void onlyTheFailingMessagesOfABatchAreReported() {
        lambda.store("good-1", plainMail("first"));
        lambda.store("good-2", plainMail("second"));
        LocalS3.put("attacker-bucket", "inbound/forged-1", plainMail("planted"));

        SQSBatchResponse response = lambda.deliver(
                notificationFor("good-1", AUTHENTIC),
                notificationFor("missing-1", AUTHENTIC),
                "this is not a notification",
                Notifications.received("forged-1", "attacker-bucket", "inbound/forged-1", AUTHENTIC),
                Notifications.inSnsEnvelope(notificationFor("good-2", AUTHENTIC)));

        assertThat(failedIds(response)).containsExactly("sqs-2", "sqs-3", "sqs-4");
        assertThat(lambda.ssm().requests("CreateOpsItem")).extracting(r -> r.body().path("Title").asText())
                .containsExactly("Mail From External Sender: first (to root+6f1c2a9e4b7d@aws.example.test)",
                        "Mail From External Sender: second (to root+6f1c2a9e4b7d@aws.example.test)");
        assertThat(lambda.context().logLines()).anyMatch(l -> l.startsWith("ERROR SQS message sqs-2") && l.contains("no mail at"))
                .anyMatch(l -> l.startsWith("ERROR SQS message sqs-3") && l.contains("not JSON"))
                .anyMatch(l -> l.startsWith("ERROR SQS message sqs-4") && l.contains("refused"));
    }

    @Test
    void forgedKeyInTheRightBucketIsRefused() {
        lambda.store("victim-1", resetMail());

        SQSBatchResponse response = lambda.deliver(
                Notifications.received("forged-2", LambdaHarness.BUCKET, "inbound/victim-1", AUTHENTIC));

        assertThat(failedIds(response)).containsExactly("sqs-1");
        assertThat(lambda.ssm().requests()).isEmpty();
    }

    @Test
    void briefThrottlingIsRetriedByTheSdkAndPersistentThrottlingFailsOnlyThatMessage() {
        lambda.store("throttle-1", plainMail("one"));
        lambda.store("throttle-2", plainMail("two"));
        lambda.ssm().failNext("CreateOpsItem", 1, 400, "ThrottlingException");

        SQSBatchResponse brief = lambda.deliver(notificationFor("throttle-1", AUTHENTIC));
        lambda.ssm().failNext("CreateOpsItem", 3, 400, "ThrottlingException");
        SQSBatchResponse persistent = lambda.deliver(notificationFor("throttle-2", AUTHENTIC),
                notificationFor("throttle-1", AUTHENTIC));

        assertThat(failedIds(brief)).isEmpty();
        assertThat(failedIds(persistent)).containsExactly("sqs-1");
        assertThat(lambda.ssm().requests("CreateOpsItem")).hasSize(2 + 3 + 1);
    }

    @Test
    void opsItemQuotaAndServerErrorsFailTheMessageSoSqsRetriesIt() {
        lambda.store("quota-1", plainMail("quota"));
        lambda.store("error-1", plainMail("error"));
        lambda.ssm().failNext("CreateOpsItem", 1, 400, "OpsItemLimitExceededException");

        SQSBatchResponse quota = lambda.deliver(notificationFor("quota-1", AUTHENTIC));
        lambda.ssm().failNext("CreateOpsItem", 3, 500, "InternalServerError");
        SQSBatchResponse error = lambda.deliver(notificationFor("error-1", AUTHENTIC));
        SQSBatchResponse retried = lambda.deliver(notificationFor("error-1", AUTHENTIC));

        assertThat(failedIds(quota)).containsExactly("sqs-1");
        assertThat(failedIds(error)).containsExactly("sqs-1");
        assertThat(failedIds(retried)).isEmpty();
        assertThat(lambda.ssm().requests("CreateOpsItem")).hasSize(1 + 3 + 1);
        assertThat(lambda.context().logLines()).anyMatch(l -> l.contains("OpsItemLimitExceededException"));
    }

    @Test
    void secretWriteFailureCreatesNoOpsItemAndTheRetryOverwrites() {
        lambda.store("secret-2", resetMail());
        lambda.ssm().failNext("PutParameter", 3, 500, "InternalServerError");

        SQSBatchResponse failed = lambda.deliver(notificationFor("secret-2", AUTHENTIC));
        SQSBatchResponse retried = lambda.deliver(notificationFor("secret-2", AUTHENTIC));

        assertThat(failedIds(failed)).containsExactly("sqs-1");
        assertThat(failedIds(retried)).isEmpty();
        assertThat(lambda.ssm().requests("CreateOpsItem")).hasSize(1);
    }

    @Test
    void configuredTopicIsNotifiedAndSourceUsed() throws Exception {
        try (LambdaHarness notifying = new LambdaHarness(Map.of(
                "OPSITEM_TOPIC_ARN", "arn:aws:sns:eu-central-1:123456789012:rootmail-ops",
                "OPSITEM_SOURCE", "RootMailProd"))) {
            notifying.store("topic-1", plainMail("hello"));

            notifying.deliver(notificationFor("topic-1", AUTHENTIC));

            JsonNode body = notifying.ssm().requests("CreateOpsItem").get(0).body();
            assertThat(body.path("Notifications").get(0).path("Arn").asText())
                    .isEqualTo("arn:aws:sns:eu-central-1:123456789012:rootmail-ops");
            assertThat(body.path("Source").asText()).isEqualTo("RootMailProd");
        }
    }

    @Test
    void emptyEventIsAnEmptyResponse() {
        assertThat(lambda.deliver().getBatchItemFailures()).isEmpty();
    }
}
