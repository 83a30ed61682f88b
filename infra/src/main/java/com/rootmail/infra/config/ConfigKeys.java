package com.rootmail.infra.config;

/**
 * The stack configuration keys the program reads, spelled as in {@code Pulumi.<stack>.yaml}.
 *
 * <pre>{@code
 * lookup.apply(ConfigKeys.RECEIVING_REGION);   // "rootmail:receivingRegion"
 * }</pre>
 */
public final class ConfigKeys {

    public static final String HOME_REGION = "aws:region";
    public static final String AWS_PROFILE = "aws:profile";
    public static final String DOMAIN = "rootmail:domain";
    public static final String RECEIVING_REGION = "rootmail:receivingRegion";
    public static final String RECIPIENTS = "rootmail:recipients";
    public static final String REPLACE_ACTIVE_RULE_SET = "rootmail:replaceActiveRuleSet";
    public static final String KMS_KEY_ARN = "rootmail:kmsKeyArn";
    public static final String ALARM_TOPIC_ARN = "rootmail:alarmTopicArn";
    public static final String OPS_ITEM_TOPIC_ARN = "rootmail:opsItemTopicArn";
    public static final String LOG_RETENTION_DAYS = "rootmail:logRetentionDays";
    public static final String MAIL_RETENTION_DAYS = "rootmail:mailRetentionDays";
    public static final String HANDLER_JAR = "rootmail:handlerJar";
    public static final String DELEGATION_TIMEOUT = "rootmail:delegationTimeout";
    public static final String PARENT_ZONE_ID = "rootmail:parentZoneId";
    public static final String PARENT_ZONE_ROLE_ARN = "rootmail:parentZoneRoleArn";

    private ConfigKeys() {
    }
}
