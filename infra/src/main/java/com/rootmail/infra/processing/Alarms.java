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
        alarm(placement, "dead-letters-alarm",
                "RootMail: a mail could not be processed and waits in the dead-letter queue",
                "AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum",
                deadLetterQueueName.applyValue(name -> Map.of("QueueName", name)), actions);
        alarm(placement, "handler-errors-alarm",
                "RootMail: the handler failed; the mail will be retried, then dead-lettered",
                "AWS/Lambda", "Errors", "Sum",
                functionName.applyValue(name -> Map.of("FunctionName", name)), actions);
    }

    /** Fires as soon as the metric is above zero in one period; no data means nothing went wrong. */
    private static void alarm(Placement placement, String name, String description, String namespace,
            String metricName, String statistic, Output<Map<String, String>> dimensions, List<String> actions) {
        new MetricAlarm(placement.child(name), MetricAlarmArgs.builder()
                .alarmDescription(description)
                .namespace(namespace)
                .metricName(metricName)
                .dimensions(dimensions)
                .statistic(statistic)
                .period(PERIOD_SECONDS)
                .evaluationPeriods(1)
                .threshold(0.0)
                .comparisonOperator("GreaterThanThreshold")
                .treatMissingData("notBreaching")
                .alarmActions(actions)
                .build(), placement.receiving());
    }
}
