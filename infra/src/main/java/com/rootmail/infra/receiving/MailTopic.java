package com.rootmail.infra.receiving;

import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.core.Output;
import com.rootmail.infra.Placement;
import com.rootmail.infra.access.AccessPolicies;
import java.util.Optional;

/**
 * The topic SES notifies after storing a mail; only this account's receipt rule may
 * publish to it.
 *
 * <pre>{@code
 * MailTopic topic = new MailTopic(placement, Optional.empty(), accountId, receiptRuleArn);
 * }</pre>
 *
 * <p>Without a customer key the topic is not encrypted: SES cannot publish to a topic
 * under the AWS-managed SNS key, and the notification carries only metadata (the mail
 * itself stays in the bucket).
 */
public final class MailTopic {

    private final Topic topic;
    private final TopicPolicy policy;

    public MailTopic(Placement placement, Optional<String> kmsKeyArn, Output<String> accountId,
            Output<String> receiptRuleArn) {
        var args = TopicArgs.builder();
        kmsKeyArn.ifPresent(args::kmsMasterKeyId);
        this.topic = new Topic(placement.child("notifications"), args.build(), placement.receiving());
        this.policy = new TopicPolicy(placement.child("notifications-policy"), TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), accountId, receiptRuleArn).applyValue(t ->
                        AccessPolicies.topicPolicy(t.t1, t.t2, t.t3)))
                .build(), placement.receiving());
    }

    public Output<String> arn() {
        return topic.arn();
    }

    public TopicPolicy policy() {
        return policy;
    }
}
