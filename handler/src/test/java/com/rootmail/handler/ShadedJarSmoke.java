package com.rootmail.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.rootmail.handler.testing.SqsEvents;
import com.rootmail.handler.testing.TestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs in a fresh JVM whose class path is the shaded Lambda jar (plus this class and
 * {@link TestContext}, {@link SqsEvents}): the handler as the Lambda runtime builds it, from the environment.
 * Reads one SQS message body on stdin, prints the failed ids and the log.
 */
public final class ShadedJarSmoke {

    private ShadedJarSmoke() {
    }

    public static void main(String[] args) throws IOException {
        SQSEvent event = SqsEvents.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        TestContext context = new TestContext();

        SQSBatchResponse response = new RootMailHandler().handleRequest(event, context);

        System.out.println("failed=" + response.getBatchItemFailures().size());
        context.logLines().forEach(System.out::println);
    }
}
