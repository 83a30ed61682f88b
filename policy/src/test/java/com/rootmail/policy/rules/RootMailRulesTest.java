package com.rootmail.policy.rules;

import static com.rootmail.policy.CompliantStack.resources;
import static com.rootmail.policy.CompliantStack.violations;
import static com.rootmail.policy.CompliantStack.with;
import static com.rootmail.policy.CompliantStack.withProperty;
import static com.rootmail.policy.CompliantStack.without;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.policy.CompliantStack;
import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.PolicyResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule: the compliant stack passes it, and a stack broken in the way it guards against fails it. */
class RootMailRulesTest {

    private static final String ANY_BUCKET = "arn:aws:s3:::mail-bucket";

    @Test
    void theCompliantStackViolatesNoPolicy() {
        assertThat(PolicyPack.rootMail().check(resources())).isEmpty();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                breakage("ses-receipt-rule-requires-tls", "TLS optional",
                        withProperty("rule", "tlsPolicy", "Optional"), "tlsPolicy is Optional; expected Require"),
                breakage("ses-receipt-rule-requires-tls", "no TLS policy",
                        withProperty("rule", "tlsPolicy", null), "tlsPolicy is not set"),
                breakage("ses-receipt-rule-scans-mail", "scanning off",
                        withProperty("rule", "scanEnabled", false), "scanEnabled is false"),
                breakage("ses-receiving-region", "rule in a region without SES receiving",
                        with("rule", r -> inRegion(r, "eu-north-1")), "eu-north-1 is not a region where SES receives mail"),
                breakage("ses-receiving-region", "active rule set of unknown region",
                        with("active-rule-set", r -> inRegion(r, "")), "its region is unknown"),
                breakage("s3-public-access-blocked", "public policies allowed",
                        withProperty("mail-public-access", "blockPublicPolicy", false), "blockPublicPolicy is false"),
                breakage("s3-owner-enforced", "ACLs still in use",
                        withProperty("mail-ownership", "rule", Map.of("objectOwnership", "ObjectWriter")),
                        "rule.objectOwnership is ObjectWriter"),
                breakage("s3-default-encryption", "no default encryption rule",
                        withProperty("mail-encryption", "rules", List.of()), "no rule sets applyServerSideEncryptionByDefault"),
                breakage("s3-versioning-enabled", "versioning suspended",
                        withProperty("mail-versioning", "versioningConfiguration", Map.of("status", "Suspended")),
                        "versioningConfiguration.status is Suspended"),
                breakage("s3-bucket-hardened", "bucket without its public access block",
                        without("mail-public-access"), "the bucket has no public access block"),
                breakage("s3-bucket-hardened", "versioning of another bucket",
                        withProperty("mail-versioning", "bucket", "other-bucket"), "the bucket has no versioning"),
                breakage("s3-bucket-policy-requires-tls", "no TLS deny",
                        withProperty("mail-policy", "policy", sesOnlyBucketPolicy()), "no statement denies s3:*"),
                breakage("s3-bucket-policy-requires-tls", "TLS required for the bucket but not its objects",
                        withProperty("mail-policy", "policy", """
                                {"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
                                 "Resource":"arn:aws:s3:::mail-bucket","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"""),
                        "no statement denies s3:* on the bucket's objects"),
                breakage("s3-bucket-policy-requires-tls", "policy not JSON",
                        withProperty("mail-policy", "policy", "{not json"), "policy is not a JSON policy document"),
                breakage("s3-ses-writes-only-inbound-mail", "SES may write anywhere",
                        withProperty("mail-policy", "policy", bucketPolicy("s3:PutObject", "arn:aws:s3:::mail-bucket/*", true)),
                        "SES may write outside inbound/: arn:aws:s3:::mail-bucket/*"),
                breakage("s3-ses-writes-only-inbound-mail", "SES may delete",
                        withProperty("mail-policy", "policy", bucketPolicy("s3:DeleteObject", "arn:aws:s3:::mail-bucket/inbound/*", true)),
                        "SES may only s3:PutObject, but is granted [s3:DeleteObject]"),
                breakage("s3-ses-writes-only-inbound-mail", "any account's SES may write",
                        withProperty("mail-policy", "policy", bucketPolicy("s3:PutObject", "arn:aws:s3:::mail-bucket/inbound/*", false)),
                        "the SES statement has no aws:SourceAccount condition"),
                breakage("s3-ses-writes-only-inbound-mail", "any SES rule of any account may write",
                        withProperty("mail-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},
                                 "Action":"s3:PutObject","Resource":"arn:aws:s3:::mail-bucket/inbound/*",
                                 "Condition":{"StringLike":{"aws:SourceAccount":"*","aws:SourceArn":"arn:aws:ses:*"}}}]}"""),
                        "the SES statement's aws:SourceArn condition is a wildcard: [arn:aws:ses:*]"),
                breakage("s3-ses-writes-only-inbound-mail", "SES shares its grant with another account",
                        withProperty("mail-policy", "policy", """
                                {"Statement":[{"Effect":"Allow",
                                 "Principal":{"Service":"ses.amazonaws.com","AWS":"arn:aws:iam::999999999999:root"},
                                 "Action":"s3:PutObject","Resource":"arn:aws:s3:::mail-bucket/inbound/*",
                                 "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012",
                                 "aws:SourceArn":"arn:aws:ses:eu-west-1:123456789012:x"}}}]}"""),
                        "a statement grants SES together with other principals"),
                breakage("s3-ses-writes-only-inbound-mail", "the SES grant names no resource",
                        withProperty("mail-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},
                                 "Action":"s3:PutObject","Condition":{"StringEquals":{"aws:SourceAccount":"123456789012",
                                 "aws:SourceArn":"arn:aws:ses:eu-west-1:123456789012:x"}}}]}"""),
                        "the SES statement names no resource"),
                breakage("s3-bucket-retained", "bucket deleted with the stack",
                        with("mail", r -> retained(r, Optional.of(false))), "retainOnDelete is not set"),
                breakage("sns-topic-publish-only-by-ses", "anyone may publish",
                        withProperty("notifications-policy", "policy", allowEveryone("sns:Publish")),
                        "a statement allows a principal other than SES"),
                breakage("sns-topic-publish-only-by-ses", "SES of any account may publish",
                        withProperty("notifications-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},
                                 "Action":"sns:Publish","Resource":"arn:aws:sns:eu-west-1:123456789012:n",
                                 "Condition":{"StringLike":{"aws:SourceAccount":"*"}}}]}"""),
                        "the aws:SourceAccount condition is a wildcard: [*]"),
                breakage("sqs-queue-encrypted", "queue unencrypted",
                        withProperty("mail-queue", "sqsManagedSseEnabled", false), "neither sqsManagedSseEnabled nor kmsMasterKeyId"),
                breakage("sqs-redrive-present", "no dead-letter queue",
                        withProperty("mail-queue", "redrivePolicy", null), "no redrivePolicy, and no queue redrives to it"),
                breakage("sqs-redrive-present", "redrive without a receive count",
                        withProperty("mail-queue", "redrivePolicy", "{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:1:x\"}"),
                        "redrivePolicy needs deadLetterTargetArn and maxReceiveCount >= 1"),
                breakage("sqs-dead-letter-retention-14-days", "dead letters kept 4 days",
                        withProperty("dead-letters", "messageRetentionSeconds", 345600L), "keeps messages for 345600 s"),
                breakage("sqs-dead-letter-retention-14-days", "dead letters kept the default time",
                        withProperty("dead-letters", "messageRetentionSeconds", null), "keeps messages for the default 4 days"),
                breakage("lambda-runtime-java21", "older runtime",
                        withProperty("handler", "runtime", "java17"), "runtime is java17; expected java21"),
                breakage("lambda-arm64", "x86 by default",
                        withProperty("handler", "architectures", null), "architectures is not set (x86_64)"),
                breakage("lambda-json-logs", "text logs",
                        withProperty("handler", "loggingConfig", Map.of("logFormat", "Text")), "loggingConfig.logFormat is Text"),
                breakage("iam-no-wildcard-actions", "role may read any object",
                        withProperty("handler-policy", "policy", allowEveryone("s3:Get*")), "allows the wildcard action s3:Get*"),
                breakage("iam-no-wildcard-actions", "NotAction in an Allow",
                        withProperty("handler-role", "assumeRolePolicy", """
                                {"Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}}"""),
                        "assumeRolePolicy allows everything except [iam:*] (NotAction)"),
                breakage("iam-no-wildcard-resources", "role may read every bucket's objects",
                        withProperty("handler-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}"""),
                        "policy allows [s3:GetObject] on every resource (*)"),
                breakage("iam-no-wildcard-resources", "role may read every bucket by ARN",
                        withProperty("handler-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::*"]}]}"""),
                        "policy allows [s3:GetObject] on every resource (arn:aws:s3:::*)"),
                breakage("iam-no-wildcard-resources", "role may consume every queue of the account",
                        withProperty("handler-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Action":["sqs:ReceiveMessage"],
                                 "Resource":"arn:aws:sqs:eu-west-1:123456789012:*"}]}"""),
                        "policy allows [sqs:ReceiveMessage] on every resource (arn:aws:sqs:eu-west-1:123456789012:*)"),
                breakage("iam-no-wildcard-resources", "unscopable action on * without a condition",
                        withProperty("handler-policy", "policy", """
                                {"Statement":[{"Effect":"Allow","Action":"ssm:CreateOpsItem","Resource":["*"]}]}"""),
                        "policy allows [ssm:CreateOpsItem] on every resource (*) without a condition"),
                breakage("aws-explicit-provider", "default provider",
                        with("handler", r -> onProvider(r, "default_6_83_0")), "registered with the default provider default_6_83_0"),
                breakage("aws-explicit-provider", "no provider",
                        with("rule", r -> onProvider(r, "")), "registered without a provider"));
    }

    @ParameterizedTest(name = "{0} catches: {1}")
    @MethodSource("breakages")
    void eachRuleCatchesWhatItGuardsAgainst(String policy, String breakage, List<PolicyResource> stack, String message) {
        assertThat(violations(policy, stack)).anySatisfy(found -> assertThat(found).contains(message));
    }

    @Test
    void everyPolicyOfThePackHasABreakageThatItCatches() {
        Set<String> covered = breakages().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
        assertThat(PolicyPack.rootMail().policies()).extracting(Policy::name).allMatch(covered::contains);
    }

    @Test
    void sseKmsWithACustomerKeyIsEncryption() {
        var stack = withProperty("mail-encryption", "rules", List.of(Map.of("applyServerSideEncryptionByDefault",
                Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", "arn:aws:kms:eu-west-1:123456789012:key/k"),
                "bucketKeyEnabled", true)));
        assertThat(violations("s3-default-encryption", stack)).isEmpty();
    }

    @Test
    void aQueueEncryptedWithAKmsKeyIsEncrypted() {
        var stack = with("mail-queue", q -> q.withProperty("sqsManagedSseEnabled", null).withProperty("kmsMasterKeyId", "alias/k"));
        assertThat(violations("sqs-queue-encrypted", stack)).isEmpty();
    }

    @Test
    void wildcardActionsInDenyStatementsAreAllowed() {
        // The compliant bucket policy denies s3:* without TLS: a wildcard, and a good one.
        assertThat(CompliantStack.bucketPolicy()).contains("\"s3:*\"");
        assertThat(violations("iam-no-wildcard-actions", resources())).isEmpty();
    }

    @Test
    void anActionWithoutResourceLevelPermissionsMayUseEveryResourceWhenAConditionNarrowsIt() {
        var stack = withProperty("handler-policy", "policy", """
                {"Statement":[{"Effect":"Allow","Action":"ssm:CreateOpsItem","Resource":"*",
                 "Condition":{"StringEquals":{"aws:RequestedRegion":"eu-central-1"}}}]}""");

        assertThat(violations("iam-no-wildcard-resources", stack)).isEmpty();
    }

    @Test
    void denyStatementsMayNameEveryResource() {
        var stack = withProperty("handler-policy", "policy", """
                {"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*",
                 "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""");

        assertThat(violations("iam-no-wildcard-resources", stack)).isEmpty();
    }

    @Test
    void valuesThePreviewDoesNotKnowYetAreNotJudged() {
        var stack = with("mail-queue", q -> q.withProperty("redrivePolicy", PolicyResource.UNKNOWN));
        stack = replace(stack, "mail-policy", p -> p.withProperty("policy", PolicyResource.UNKNOWN));
        stack = replace(stack, "handler", f -> f.withProperty("architectures", PolicyResource.UNKNOWN));
        stack = replace(stack, "mail-versioning", v -> v.withProperty("bucket", PolicyResource.UNKNOWN));
        assertThat(PolicyPack.rootMail().check(stack)).isEmpty();
    }

    @Test
    void retentionOfTheBucketIsNotJudgedWhenTheSourceDoesNotReportIt() {
        var stack = with("mail", r -> retained(r, Optional.empty()));
        assertThat(violations("s3-bucket-retained", stack)).isEmpty();
    }

    @Test
    void aBucketIsFoundByItsNameWhenItsIdIsNotKnown() {
        var stack = with("mail", r -> new PolicyResource(r.type(), r.name(), r.urn(), "", r.provider(), r.region(),
                r.properties(), r.retainOnDelete()));
        assertThat(violations("s3-bucket-hardened", stack)).isEmpty();
    }

    @Test
    void aBucketIsFoundByItsIdWhenItsNameIsNoInput() {
        var stack = withProperty("mail", "bucket", null);
        assertThat(violations("s3-bucket-hardened", stack)).isEmpty();
    }

    @Test
    void aDeadLetterQueueIsRecognisedByTheNameAtTheEndOfTheTargetArn() {
        var stack = with("dead-letters", q -> q.withProperty("arn", null).withProperty("name", "dead-letters"));
        assertThat(violations("sqs-redrive-present", stack)).isEmpty();
        stack = replace(stack, "dead-letters", q -> q.withProperty("messageRetentionSeconds", 60L));
        assertThat(violations("sqs-dead-letter-retention-14-days", stack)).hasSize(1);
    }

    @Test
    void aViolationNamesTheResourceByUrnAndCarriesTheEnforcementLevel() {
        var found = PolicyPack.rootMail().check(withProperty("rule", "scanEnabled", false));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.urn()).isEqualTo("urn:pulumi:test::rootmail::aws:ses/receiptRule:ReceiptRule::rule");
            assertThat(v.isMandatory()).isTrue();
        });
    }

    private static Arguments breakage(String policy, String what, List<PolicyResource> stack, String message) {
        return Arguments.of(policy, what, stack, message);
    }

    private static List<PolicyResource> replace(List<PolicyResource> stack, String name,
            UnaryOperator<PolicyResource> change) {
        return stack.stream().map(r -> r.name().equals(name) ? change.apply(r) : r).toList();
    }

    private static PolicyResource inRegion(PolicyResource r, String region) {
        return new PolicyResource(r.type(), r.name(), r.urn(), r.id(), r.provider(), region, r.properties(), r.retainOnDelete());
    }

    private static PolicyResource onProvider(PolicyResource r, String provider) {
        return new PolicyResource(r.type(), r.name(), r.urn(), r.id(), provider, r.region(), r.properties(), r.retainOnDelete());
    }

    private static PolicyResource retained(PolicyResource r, Optional<Boolean> retain) {
        return new PolicyResource(r.type(), r.name(), r.urn(), r.id(), r.provider(), r.region(), r.properties(), retain);
    }

    private static String sesOnlyBucketPolicy() {
        return bucketPolicy("s3:PutObject", "arn:aws:s3:::mail-bucket/inbound/*", true);
    }

    /** A bucket policy with only the SES statement, with the given action and resource. */
    private static String bucketPolicy(String action, String resource, boolean sourceAccount) {
        String conditions = sourceAccount
                ? "\"aws:SourceAccount\":\"123456789012\",\"aws:SourceArn\":\"arn:aws:ses:eu-west-1:123456789012:x\""
                : "\"aws:SourceArn\":\"arn:aws:ses:eu-west-1:123456789012:x\"";
        return """
                {"Statement":[{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},"Action":"%s",
                 "Resource":"%s","Condition":{"StringEquals":{%s}}}]}""".formatted(action, resource, conditions);
    }

    private static String allowEveryone(String action) {
        return """
                {"Statement":[{"Effect":"Allow","Principal":"*","Action":["%s"],"Resource":"%s"}]}"""
                .formatted(action, ANY_BUCKET);
    }
}
