package com.rootmail.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.rootmail.handler.testing.TestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs in a fresh JVM whose class path is the shaded Lambda jar (plus this class and
 * {@link TestContext}): the handler as the Lambda runtime builds it, from the environment.
 * Reads one SQS message body on stdin, prints the failed ids and the log.
 */
public final class ShadedJarSmoke {

    private ShadedJarSmoke() {
    }

    public static void main(String[] args) throws IOException {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("smoke-1");
        message.setBody(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        TestContext context = new TestContext();

        SQSBatchResponse response = new RootMailHandler().handleRequest(event, context);

        System.out.println("failed=" + response.getBatchItemFailures().size());
        context.logLines().forEach(System.out::println);
    }
}
