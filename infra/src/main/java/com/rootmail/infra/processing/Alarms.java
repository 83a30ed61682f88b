package com.rootmail.infra.processing;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.core.Output;
import com.rootmail.infra.Placement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two alarms that say a mail was not turned into an OpsItem: a message in the
 * dead-letter queue, and a handler error. They notify {@code rootmail:alarmTopicArn} when set.
 *
 * <pre>{@code
 * new Alarms(placement, Optional.of(topicArn), queues.deadLetterQueue().name(), handler.functionName());
 * }</pre>
 */
public final class Alarms {

    static final int PERIOD_SECONDS = 300;

    public Alarms(Placement placement, Optional<String> alarmTopicArn, Output<String> deadLetterQueueName,
            Output<String> functionName) {
        List<String> actions = alarmTopicArn.map(List::of).orElse(List.of());
        new MetricAlarm(placement.child("dead-letters-alarm"), MetricAlarmArgs.builder()
                .alarmDescription("RootMail: a mail could not be processed and waits in the dead-letter queue")
                .namespace("AWS/SQS")
                .metricName("ApproximateNumberOfMessagesVisible")
                .dimensions(deadLetterQueueName.applyValue(name -> Map.of("QueueName", name)))
                .statistic("Maximum")
                .period(PERIOD_SECONDS)
                .evaluationPeriods(1)
                .threshold(0.0)
                .comparisonOperator("GreaterThanThreshold")
                .treatMissingData("notBreaching")
                .alarmActions(actions)
                .build(), placement.receiving());
        new MetricAlarm(placement.child("handler-errors-alarm"), MetricAlarmArgs.builder()
                .alarmDescription("RootMail: the handler failed; the mail will be retried, then dead-lettered")
                .namespace("AWS/Lambda")
                .metricName("Errors")
                .dimensions(functionName.applyValue(name -> Map.of("FunctionName", name)))
                .statistic("Sum")
                .period(PERIOD_SECONDS)
                .evaluationPeriods(1)
                .threshold(0.0)
                .comparisonOperator("GreaterThanThreshold")
                .treatMissingData("notBreaching")
                .alarmActions(actions)
                .build(), placement.receiving());
    }
}
