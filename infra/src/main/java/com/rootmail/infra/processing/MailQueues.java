package com.rootmail.infra.processing;

import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.aws.sqs.QueuePolicy;
import com.pulumi.aws.sqs.QueuePolicyArgs;
import com.pulumi.core.Output;
import com.rootmail.infra.Placement;
import com.rootmail.infra.access.AccessPolicies;
import java.util.Optional;

/**
 * The queue between the topic and the handler, and its dead-letter queue: encrypted,
 * TLS-only, fed by a raw-delivery subscription, redriving after a few failed receives.
 *
 * <pre>{@code
 * MailQueues queues = new MailQueues(placement, Optional.empty(), topicArn);
 * }</pre>
 */
public final class MailQueues {

    /** The SQS maximum: a failed mail waits two weeks for someone to look at it. */
    static final int FOURTEEN_DAYS_IN_SECONDS = 14 * 24 * 60 * 60;
    static final int MAX_RECEIVES = 5;

    private final Queue queue;
    private final Queue deadLetterQueue;

    public MailQueues(Placement placement, Optional<String> kmsKeyArn, Output<String> topicArn) {
        this.deadLetterQueue = new Queue(placement.child("dead-letters"), queueArgs(kmsKeyArn).build(),
                placement.receiving());
        new QueuePolicy(placement.child("dead-letters-policy"), QueuePolicyArgs.builder()
                .queueUrl(deadLetterQueue.url())
                .policy(deadLetterQueue.arn().applyValue(AccessPolicies::deadLetterQueuePolicy))
                .build(), placement.receiving());
        this.queue = new Queue(placement.child("mail-queue"),
                queueArgs(kmsKeyArn)
                        .visibilityTimeoutSeconds(MailHandler.QUEUE_VISIBILITY_SECONDS)
                        .redrivePolicy(deadLetterQueue.arn().applyValue(MailQueues::redrivePolicy))
                        .build(), placement.receiving());
        var policy = new QueuePolicy(placement.child("mail-queue-policy"), QueuePolicyArgs.builder()
                .queueUrl(queue.url())
                .policy(Output.tuple(queue.arn(), topicArn).applyValue(t -> AccessPolicies.queuePolicy(t.t1, t.t2)))
                .build(), placement.receiving());
        // Raw delivery: the queue gets SES's notification itself, not wrapped in an SNS envelope.
        new TopicSubscription(placement.child("mail-subscription"), TopicSubscriptionArgs.builder()
                .topic(topicArn)
                .protocol("sqs")
                .endpoint(queue.arn())
                .rawMessageDelivery(true)
                .build(), placement.receiving(policy));
    }

    static String redrivePolicy(String deadLetterQueueArn) {
        return "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":%d}".formatted(deadLetterQueueArn, MAX_RECEIVES);
    }

    /** What both queues share: encrypted (with the customer key when there is one), keeping messages 14 days. */
    private static QueueArgs.Builder queueArgs(Optional<String> kmsKeyArn) {
        var args = QueueArgs.builder().messageRetentionSeconds(FOURTEEN_DAYS_IN_SECONDS);
        return kmsKeyArn.map(args::kmsMasterKeyId).orElseGet(() -> args.sqsManagedSseEnabled(true));
    }

    public Queue queue() {
        return queue;
    }

    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }
}
