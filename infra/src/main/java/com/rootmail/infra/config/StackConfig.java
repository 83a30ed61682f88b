package com.rootmail.infra.config;

import static com.rootmail.infra.config.ConfigKeys.ALARM_TOPIC_ARN;
import static com.rootmail.infra.config.ConfigKeys.DOMAIN;
import static com.rootmail.infra.config.ConfigKeys.HOME_REGION;
import static com.rootmail.infra.config.ConfigKeys.KMS_KEY_ARN;
import static com.rootmail.infra.config.ConfigKeys.LOG_RETENTION_DAYS;
import static com.rootmail.infra.config.ConfigKeys.MAIL_RETENTION_DAYS;
import static com.rootmail.infra.config.ConfigKeys.OPS_ITEM_TOPIC_ARN;
import static com.rootmail.infra.config.ConfigKeys.RECEIVING_REGION;
import static com.rootmail.infra.config.ConfigKeys.RECIPIENTS;

import com.rootmail.infra.address.RootDomain;
import com.rootmail.policy.SesReceiving;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The validated stack configuration: every value here can be deployed. Read it with
 * {@link StackConfigReader}; a bad value fails with an {@link InvalidConfigException}
 * that names its key and the allowed values.
 *
 * <pre>{@code
 * StackConfig config = StackConfigReader.read(key -> Optional.ofNullable(map.get(key)), Path.of(""));
 * config.receivingRegion();   // "eu-west-1" unless configured
 * }</pre>
 */
public record StackConfig(
        String domain,
        String homeRegion,
        String receivingRegion,
        List<String> recipients,
        boolean replaceActiveRuleSet,
        Optional<String> kmsKeyArn,
        Optional<String> alarmTopicArn,
        Optional<String> opsItemTopicArn,
        int logRetentionDays,
        OptionalInt mailRetentionDays,
        Path handlerJar,
        Optional<String> awsProfile) {

    public static final String DEFAULT_RECEIVING_REGION = "eu-west-1";
    public static final int DEFAULT_LOG_RETENTION_DAYS = 90;

    /** The values CloudWatch Logs accepts for a retention period. */
    private static final List<Integer> LOG_RETENTION_DAYS_ALLOWED = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
            2557, 2922, 3288, 3653);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");
    private static final Pattern KMS_ARN = Pattern.compile("arn:aws[a-z-]*:kms:([a-z0-9-]+):\\d{12}:key/[A-Za-z0-9-]+");
    private static final Pattern TOPIC_ARN_FORMAT = Pattern.compile("arn:aws[a-z-]*:sns:([a-z0-9-]+):\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");

    public StackConfig {
        Objects.requireNonNull(handlerJar, "handlerJar");
        requireDomain(domain);
        if (homeRegion == null || !REGION.matcher(homeRegion).matches()) {
            throw new InvalidConfigException(HOME_REGION,
                    homeRegion == null ? "not set" : "'" + homeRegion + "' is not an AWS region",
                    "set the home region, e.g. `pulumi config set aws:region eu-central-1`");
        }
        if (!SesReceiving.isReceivingRegion(receivingRegion)) {
            throw new InvalidConfigException(RECEIVING_REGION,
                    "'" + receivingRegion + "' is not a region where SES receives mail",
                    "allowed: " + String.join(", ", SesReceiving.REGIONS));
        }
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new InvalidConfigException(RECIPIENTS, "the list is empty", "default: root@" + domain);
        }
        recipients.forEach(r -> requireRecipientIn(domain, r));
        requireMatch(KMS_KEY_ARN, KMS_ARN, kmsKeyArn, "a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>)");
        requireMatch(ALARM_TOPIC_ARN, TOPIC_ARN_FORMAT, alarmTopicArn, "an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)");
        requireMatch(OPS_ITEM_TOPIC_ARN, TOPIC_ARN_FORMAT, opsItemTopicArn, "an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)");
        // S3, SNS and SQS only use a key of their own region.
        requireRegion(KMS_KEY_ARN, KMS_ARN, kmsKeyArn, receivingRegion, "the key", "the bucket, topic and queues",
                "a key in the receiving region");
        requireRegion(ALARM_TOPIC_ARN, TOPIC_ARN_FORMAT, alarmTopicArn, receivingRegion, "the topic",
                "alarms", "a topic in the receiving region");
        // OpsCenter notifies a topic in the OpsItem's region.
        requireRegion(OPS_ITEM_TOPIC_ARN, TOPIC_ARN_FORMAT, opsItemTopicArn, homeRegion, "the topic",
                "OpsItems", "a topic in the home region");
        if (!LOG_RETENTION_DAYS_ALLOWED.contains(logRetentionDays)) {
            throw new InvalidConfigException(LOG_RETENTION_DAYS,
                    logRetentionDays + " is not a CloudWatch Logs retention period",
                    "allowed: " + LOG_RETENTION_DAYS_ALLOWED);
        }
        if (mailRetentionDays.isPresent() && mailRetentionDays.getAsInt() < 1) {
            throw new InvalidConfigException(MAIL_RETENTION_DAYS,
                    mailRetentionDays.getAsInt() + " days would delete mail at once",
                    "allowed: a whole number of days >= 1, or unset to keep mail forever");
        }
    }

    /** The default recipient: {@code root@<domain>}, which SES also matches for {@code root+<alias>@<domain>}. */
    public static String defaultRecipient(String domain) {
        return "root@" + domain;
    }

    private static void requireDomain(String domain) {
        String allowed = "a lower-case DNS name with at least two labels, e.g. aws.mycompany.test";
        if (domain == null || domain.isBlank()) {
            throw new InvalidConfigException(DOMAIN, "not set", allowed);
        }
        String invalid = "'" + domain + "' is not a valid domain name";
        if (!domain.equals(domain.toLowerCase(Locale.ROOT))) {
            throw new InvalidConfigException(DOMAIN, invalid, allowed);
        }
        // The same rules as the root addresses: a domain that cannot hold root+<alias>@<domain>
        // within AWS Organizations' 64 characters would receive mail for no account.
        try {
            RootDomain.of(domain);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(DOMAIN, invalid + ": " + e.getMessage(), allowed);
        }
    }

    private static void requireRecipientIn(String domain, String recipient) {
        int at = recipient.lastIndexOf('@');
        boolean valid = at > 0
                ? recipient.substring(at + 1).equals(domain) && LOCAL_PART.matcher(recipient.substring(0, at)).matches()
                : recipient.equals(domain);
        if (!valid) {
            // SES only receives for verified domains: anything outside ours would never match.
            throw new InvalidConfigException(RECIPIENTS, "'" + recipient + "' is not an address of " + domain,
                    "allowed: addresses like root@" + domain + ", or the domain itself");
        }
    }

    private static void requireMatch(String key, Pattern pattern, Optional<String> value, String allowed) {
        value.filter(v -> !pattern.matcher(v).matches()).ifPresent(v -> {
            throw new InvalidConfigException(key, "'" + v + "' is not " + allowed, "or leave it unset");
        });
    }

    /** The ARN's region (group 1 of {@code format}) must be {@code region}, where its users are. */
    private static void requireRegion(String key, Pattern format, Optional<String> arn, String region, String what,
            String users, String allowed) {
        arn.map(format::matcher).filter(m -> m.matches() && !m.group(1).equals(region)).ifPresent(m -> {
            throw new InvalidConfigException(key,
                    what + " is in " + m.group(1) + ", but " + users + " can only use one in their own region",
                    "allowed: " + allowed + " " + region);
        });
    }
}
