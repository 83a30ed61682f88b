package com.rootmail.policy.rules;

import static com.rootmail.policy.EnforcementLevel.MANDATORY;

import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import com.rootmail.policy.SesReceiving;
import com.rootmail.policy.StackPolicy;
import com.rootmail.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The mail bucket: private, owner-enforced, encrypted, versioned, TLS only, SES confined to inbound/, retained. */
final class S3Rules {

    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    static final String OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    static final String ENCRYPTION = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    static final String VERSIONING = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    static final String BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";

    /** The resources that make a bucket safe; each bucket needs one of every kind. */
    private static final Map<String, String> COMPANIONS = Map.of(
            PUBLIC_ACCESS_BLOCK, "public access block",
            OWNERSHIP, "ownership controls",
            ENCRYPTION, "default encryption",
            VERSIONING, "versioning",
            BUCKET_POLICY, "bucket policy");
    private static final Set<String> ENCRYPTION_ALGORITHMS = Set.of("AES256", "aws:kms", "aws:kms:dsse");
    private static final String SES = "ses.amazonaws.com";

    private S3Rules() {
    }

    static List<Policy> all() {
        return List.of(
                new ResourcePolicy("s3-public-access-blocked",
                        "All four public access block settings are on.",
                        MANDATORY, Set.of(PUBLIC_ACCESS_BLOCK), S3Rules::allPublicAccessBlocked),
                new ResourcePolicy("s3-owner-enforced",
                        "Object ownership is BucketOwnerEnforced: no ACLs, the account owns every object.",
                        MANDATORY, Set.of(OWNERSHIP), r -> Checks.equal(r, "BucketOwnerEnforced", "rule", "objectOwnership")),
                new ResourcePolicy("s3-default-encryption",
                        "Default encryption with SSE-S3 or SSE-KMS is configured.",
                        MANDATORY, Set.of(ENCRYPTION), S3Rules::encrypted),
                new ResourcePolicy("s3-versioning-enabled",
                        "Versioning is Enabled, so no mail is lost to an overwrite or a delete.",
                        MANDATORY, Set.of(VERSIONING), r -> Checks.equal(r, "Enabled", "versioningConfiguration", "status")),
                new StackPolicy("s3-bucket-hardened",
                        "Every bucket has its public access block, ownership controls, encryption, versioning and policy.",
                        MANDATORY, S3Rules::everyBucketHardened),
                new ResourcePolicy("s3-bucket-policy-requires-tls",
                        "The bucket policy denies every s3 action on the bucket's objects when aws:SecureTransport is false.",
                        MANDATORY, Set.of(BUCKET_POLICY), r -> PolicyDocument.judge(r, "policy", S3Rules::deniesInsecureTransport)),
                new ResourcePolicy("s3-ses-writes-only-inbound-mail",
                        "SES may only s3:PutObject under " + SesReceiving.MAIL_PREFIX
                                + ", with aws:SourceAccount and aws:SourceArn conditions.",
                        MANDATORY, Set.of(BUCKET_POLICY), r -> PolicyDocument.judge(r, "policy", S3Rules::sesConfined)),
                new ResourcePolicy("s3-bucket-retained",
                        "The mail bucket is retained when the stack is destroyed (retainOnDelete).",
                        MANDATORY, Set.of(BUCKET), S3Rules::retained));
    }

    private static List<String> allPublicAccessBlocked(PolicyResource block) {
        return Stream.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
                .flatMap(setting -> Checks.equal(block, true, setting).stream())
                .toList();
    }

    private static List<String> encrypted(PolicyResource configuration) {
        List<?> rules = configuration.list("rules");
        if (rules.contains(PolicyResource.UNKNOWN)) {
            return List.of();
        }
        boolean any = rules.stream()
                .filter(Map.class::isInstance)
                .map(rule -> ((Map<?, ?>) rule).get("applyServerSideEncryptionByDefault"))
                .filter(Map.class::isInstance)
                .map(defaults -> ((Map<?, ?>) defaults).get("sseAlgorithm"))
                .anyMatch(algorithm -> algorithm == PolicyResource.UNKNOWN || ENCRYPTION_ALGORITHMS.contains(algorithm));
        return Checks.unless(any, "no rule sets applyServerSideEncryptionByDefault.sseAlgorithm to one of "
                + ENCRYPTION_ALGORITHMS);
    }

    private static List<Violation> everyBucketHardened(StackPolicy policy, List<PolicyResource> resources) {
        List<Violation> found = new ArrayList<>();
        for (PolicyResource bucket : resources) {
            if (!bucket.type().equals(BUCKET)) {
                continue;
            }
            COMPANIONS.forEach((type, what) -> {
                boolean present = resources.stream()
                        .filter(r -> r.type().equals(type))
                        .anyMatch(companion -> belongsTo(companion, bucket));
                if (!present) {
                    found.add(policy.violation(bucket, "the bucket has no " + what + " (" + type + ")"));
                }
            });
        }
        return found;
    }

    /** A companion names its bucket by id (= bucket name); while that is unknown it is given the benefit of the doubt. */
    private static boolean belongsTo(PolicyResource companion, PolicyResource bucket) {
        Object named = companion.property("bucket").orElse(null);
        if (named == null) {
            return false;
        }
        return named == PolicyResource.UNKNOWN
                || named.equals(bucket.id())
                || Objects.equals(named, bucket.property("bucket").orElse(null));
    }

    private static List<String> deniesInsecureTransport(PolicyDocument document) {
        List<PolicyDocument.Statement> denials = document.statements().stream().filter(s -> "Deny".equals(s.effect())
                && s.principalIsEveryone()
                && !s.usesNotAction()
                && (s.actions().contains("s3:*") || s.actions().contains("*"))
                && s.condition("Bool", "aws:SecureTransport").equals(List.of("false")))
                .toList();
        if (denials.isEmpty()) {
            return List.of("no statement denies s3:* to everyone when aws:SecureTransport is false");
        }
        // The mail is in the objects: a denial on the bucket ARN alone leaves them readable over HTTP.
        boolean coversObjects = denials.stream().flatMap(s -> s.resources().stream())
                .anyMatch(resource -> resource.equals("*") || resource.endsWith("/*"));
        return Checks.unless(coversObjects,
                "no statement denies s3:* on the bucket's objects (<bucket>/*) when aws:SecureTransport is false");
    }

    private static List<String> sesConfined(PolicyDocument document) {
        List<String> problems = new ArrayList<>();
        for (PolicyDocument.Statement statement : document.statements()) {
            boolean mentionsSes = statement.principal().toString().contains(SES);
            if (!statement.allows() || !mentionsSes) {
                continue;
            }
            if (!statement.principalIsService(SES)) {
                problems.add("a statement grants SES together with other principals: " + statement.principal());
            }
            if (statement.usesNotAction() || !statement.actions().equals(List.of("s3:PutObject"))) {
                problems.add("SES may only s3:PutObject, but is granted " + statement.actions());
            }
            statement.resources().stream()
                    .filter(resource -> !resource.endsWith("/" + SesReceiving.MAIL_PREFIX + "*"))
                    .forEach(resource -> problems.add("SES may write outside " + SesReceiving.MAIL_PREFIX + ": " + resource));
            if (statement.resources().isEmpty()) {
                problems.add("the SES statement names no resource");
            }
            for (String key : List.of("aws:SourceAccount", "aws:SourceArn")) {
                List<String> values = statement.condition(key);
                if (values.isEmpty()) {
                    problems.add("the SES statement has no " + key + " condition");
                } else if (values.stream().anyMatch(value -> value.contains("*"))) {
                    // "arn:aws:ses:*" lets any receipt rule of any account write: no confused-deputy guard at all.
                    problems.add("the SES statement's " + key + " condition is a wildcard: " + values);
                }
            }
        }
        return problems;
    }

    private static List<String> retained(PolicyResource bucket) {
        return bucket.retainOnDelete()
                .map(retained -> Checks.unless(retained, "retainOnDelete is not set: destroying the stack would delete all mail"))
                .orElse(List.of());
    }
}
