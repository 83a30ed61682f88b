package com.rootmail.infra.receiving;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.rootmail.infra.Placement;
import com.rootmail.infra.access.AccessPolicies;
import com.rootmail.policy.SesReceiving;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bucket that keeps every raw mail: private, owner-enforced, encrypted, versioned,
 * TLS-only, writable by SES only under {@link #MAIL_PREFIX} for this account's receipt
 * rule, and retained when the stack is deleted.
 *
 * <pre>{@code
 * MailBucket bucket = new MailBucket(placement, Optional.empty(), OptionalInt.empty(), accountId, receiptRuleArn);
 * }</pre>
 */
public final class MailBucket {

    /** Where SES stores raw mail; the handler reads the same prefix (MAIL_PREFIX), the policies check it. */
    public static final String MAIL_PREFIX = SesReceiving.MAIL_PREFIX;

    private final BucketV2 bucket;
    private final BucketPolicy policy;

    public MailBucket(Placement placement, Optional<String> kmsKeyArn, OptionalInt retentionDays,
            Output<String> accountId, Output<String> receiptRuleArn) {
        // Retained: the raw mail is the record of what arrived, and lets any mail be re-processed.
        // Its hardening is retained with it: destroying the stack must not leave an open mailbox.
        this.bucket = new BucketV2(placement.child("mail"), BucketV2Args.builder().build(), retained(placement));
        var publicAccess = new BucketPublicAccessBlock(placement.child("mail-public-access"),
                BucketPublicAccessBlockArgs.builder()
                        .bucket(bucket.id())
                        .blockPublicAcls(true)
                        .blockPublicPolicy(true)
                        .ignorePublicAcls(true)
                        .restrictPublicBuckets(true)
                        .build(), retained(placement));
        new BucketOwnershipControls(placement.child("mail-ownership"), BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), retained(placement));
        new BucketServerSideEncryptionConfigurationV2(placement.child("mail-encryption"),
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(encryption(kmsKeyArn))
                                .bucketKeyEnabled(kmsKeyArn.isPresent())
                                .build())
                        .build(), retained(placement));
        new BucketVersioningV2(placement.child("mail-versioning"), BucketVersioningV2Args.builder()
                .bucket(bucket.id())
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder()
                        .status("Enabled")
                        .build())
                .build(), retained(placement));
        retentionDays.ifPresent(days -> expireAfter(placement, days));
        this.policy = new BucketPolicy(placement.child("mail-policy"), BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(Output.tuple(bucket.arn(), accountId, receiptRuleArn).applyValue(t ->
                        AccessPolicies.mailBucketPolicy(t.t1, MAIL_PREFIX, t.t2, t.t3)))
                .build(), retained(placement, publicAccess));
    }

    public Output<String> name() {
        return bucket.bucket();
    }

    public Output<String> arn() {
        return bucket.arn();
    }

    /** SES checks that it may write when the receipt rule is created: the rule must wait for this. */
    public BucketPolicy policy() {
        return policy;
    }

    private static CustomResourceOptions retained(Placement placement, Resource... dependsOn) {
        return placement.receivingBuilder(dependsOn).retainOnDelete(true).build();
    }

    private static BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs encryption(
            Optional<String> kmsKeyArn) {
        var encryption = BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder();
        kmsKeyArn.ifPresentOrElse(
                key -> encryption.sseAlgorithm("aws:kms").kmsMasterKeyId(key),
                () -> encryption.sseAlgorithm("AES256"));
        return encryption.build();
    }

    private void expireAfter(Placement placement, int days) {
        new BucketLifecycleConfigurationV2(placement.child("mail-retention"), BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-mail")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix(MAIL_PREFIX).build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(days).build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs
                                .builder().noncurrentDays(days).build())
                        .build())
                .build(), placement.receiving(bucket));
    }
}
