package com.rootmail.handler;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.rootmail.handler.notification.NotificationReader;
import com.rootmail.handler.pipeline.Outcome;
import com.rootmail.handler.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the pipeline once per SQS message. A message that fails for any reason becomes one
 * batch-item failure (SQS retries it, then its dead-letter queue keeps it); the others go on.
 *
 * <pre>{@code
 * SQSBatchResponse response = new SqsBatch(pipeline).process(event, context.getLogger());
 * }</pre>
 */
public final class SqsBatch {

    private final Pipeline pipeline;
    private final NotificationReader reader = new NotificationReader();

    public SqsBatch(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    public SQSBatchResponse process(SQSEvent event, LambdaLogger log) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            try {
                Outcome outcome = pipeline.process(reader.read(message.getBody()));
                log.log("SQS message " + message.getMessageId() + ": " + outcome.summary(), LogLevel.INFO);
            } catch (Exception | StackOverflowError e) {
                // A hostile mail that exhausts the stack (deep nesting, pathological text) is one bad
                // message: the stack unwinds here, so the others can still go on.
                // Only the reason is logged: a message body or mail may hold secrets.
                log.log("SQS message " + message.getMessageId() + " failed, SQS will retry it: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage(), LogLevel.ERROR);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
