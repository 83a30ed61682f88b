package com.rootmail.infra.receiving;

import com.pulumi.aws.ses.ActiveReceiptRuleSet;
import com.pulumi.aws.ses.ActiveReceiptRuleSetArgs;
import com.pulumi.aws.ses.ReceiptRule;
import com.pulumi.aws.ses.ReceiptRuleArgs;
import com.pulumi.aws.ses.ReceiptRuleSet;
import com.pulumi.aws.ses.ReceiptRuleSetArgs;
import com.pulumi.aws.ses.inputs.ReceiptRuleS3ActionArgs;
import com.pulumi.core.Output;
import com.rootmail.infra.Placement;
import java.util.List;

/**
 * The receipt rule set and its one rule: TLS required, spam and virus scan on, only the
 * RootMail recipients, the raw mail stored under {@link MailBucket#MAIL_PREFIX} with a
 * notification to the topic. Activated behind the {@link ActiveRuleSetGuard}.
 *
 * <pre>{@code
 * var names = ReceiptRules.Names.of(placement);
 * new ReceiptRules(placement, names, recipients, bucket, topic, false);
 * }</pre>
 */
public final class ReceiptRules {

    /** The names SES knows the set and rule by; the ARN of the rule is a policy condition before it exists. */
    public record Names(String ruleSet, String rule) {
        public static Names of(Placement placement) {
            return new Names(placement.child("rules"), placement.child("inbound"));
        }
    }

    private final ReceiptRuleSet ruleSet;

    public ReceiptRules(Placement placement, Names names, List<String> recipients, MailBucket bucket,
            MailTopic topic, boolean replaceActiveRuleSet) {
        this.ruleSet = new ReceiptRuleSet(placement.child("rule-set"), ReceiptRuleSetArgs.builder()
                .ruleSetName(names.ruleSet())
                .build(), placement.receiving());
        var rule = new ReceiptRule(placement.child("rule"), ReceiptRuleArgs.builder()
                .ruleSetName(ruleSet.ruleSetName())
                .name(names.rule())
                .enabled(true)
                .recipients(recipients)
                .scanEnabled(true)
                .tlsPolicy("Require")
                .s3Actions(ReceiptRuleS3ActionArgs.builder()
                        .position(1)
                        .bucketName(bucket.name())
                        .objectKeyPrefix(MailBucket.MAIL_PREFIX)
                        .topicArn(topic.arn())
                        .build())
                .build(), placement.receiving(bucket.policy(), topic.policy()));
        new ActiveReceiptRuleSet(placement.child("active-rule-set"), ActiveReceiptRuleSetArgs.builder()
                .ruleSetName(ActiveRuleSetGuard.guard(placement.parent(), placement.receivingProvider(),
                        names.ruleSet(), replaceActiveRuleSet))
                .build(), placement.receiving(rule));
    }

    public Output<String> ruleSetName() {
        return ruleSet.ruleSetName();
    }
}
