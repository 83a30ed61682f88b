package com.rootmail.handler;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The handler's configuration, read from environment variables at init; a bad value stops
 * the function at init with a message naming the variable.
 *
 * <table>
 * <caption>Environment variables</caption>
 * <tr><td>HOME_REGION</td><td>required: region of OpsItems and secret parameters</td></tr>
 * <tr><td>MAIL_BUCKET</td><td>required: the bucket SES stores mail in</td></tr>
 * <tr><td>MAIL_PREFIX</td><td>key prefix of stored mail, default {@code inbound/}</td></tr>
 * <tr><td>OPSITEM_SOURCE</td><td>OpsItem source, default {@code RootMail}</td></tr>
 * <tr><td>OPSITEM_TOPIC_ARN</td><td>optional SNS topic OpsCenter notifies</td></tr>
 * <tr><td>SECRET_TTL</td><td>ISO-8601 lifetime of secret parameters, default {@code PT15M}</td></tr>
 * </table>
 *
 * <pre>{@code
 * HandlerConfig config = HandlerConfig.fromEnvironment(System.getenv());
 * }</pre>
 */
public record HandlerConfig(String homeRegion, String mailBucket, String mailPrefix, String opsItemSource,
                            Optional<String> opsItemTopicArn, Duration secretTtl) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*'()/-]{0,512}");
    private static final Pattern SOURCE = Pattern.compile("(?i)aws|amazon|amzn");
    private static final Pattern SNS_TOPIC = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");

    public HandlerConfig {
        check(homeRegion != null && REGION.matcher(homeRegion).matches(), "HOME_REGION", homeRegion,
                "a region name such as eu-central-1");
        check(mailBucket != null && BUCKET.matcher(mailBucket).matches(), "MAIL_BUCKET", mailBucket,
                "an S3 bucket name");
        check(mailPrefix != null && PREFIX.matcher(mailPrefix).matches(), "MAIL_PREFIX", mailPrefix,
                "an S3 key prefix such as inbound/ (may be empty)");
        check(opsItemSource != null && !opsItemSource.isEmpty() && opsItemSource.length() <= 128
                && !SOURCE.matcher(opsItemSource).find(), "OPSITEM_SOURCE", opsItemSource,
                "1-128 characters without aws, amazon or amzn");
        Objects.requireNonNull(opsItemTopicArn, "opsItemTopicArn");
        opsItemTopicArn.ifPresent(arn -> check(SNS_TOPIC.matcher(arn).matches(), "OPSITEM_TOPIC_ARN", arn,
                "an SNS topic ARN"));
        check(secretTtl != null && !secretTtl.isNegative() && !secretTtl.isZero()
                && secretTtl.compareTo(Duration.ofDays(1)) <= 0, "SECRET_TTL", secretTtl,
                "a positive ISO-8601 duration of at most a day, such as PT15M");
    }

    /** @throws IllegalArgumentException naming the first variable that is missing or wrong */
    public static HandlerConfig fromEnvironment(Map<String, String> env) {
        String ttl = env.getOrDefault("SECRET_TTL", "PT15M");
        Duration secretTtl;
        try {
            secretTtl = Duration.parse(ttl);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("RootMail handler configuration: SECRET_TTL='" + ttl
                    + "' is not an ISO-8601 duration such as PT15M");
        }
        return new HandlerConfig(
                env.get("HOME_REGION"),
                env.get("MAIL_BUCKET"),
                env.getOrDefault("MAIL_PREFIX", "inbound/"),
                env.getOrDefault("OPSITEM_SOURCE", RootMailHandler.DEFAULT_OPSITEM_SOURCE),
                Optional.ofNullable(env.get("OPSITEM_TOPIC_ARN")).filter(arn -> !arn.isBlank()),
                secretTtl);
    }

    private static void check(boolean ok, String variable, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("RootMail handler configuration: " + variable
                    + (value == null ? " is not set" : "='" + value + "' is invalid") + "; expected " + expected);
        }
    }
}
