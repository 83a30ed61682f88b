package com.rootmail.handler.testing;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * SQS events as the Lambda runtime hands them to the handler. Needs only the Lambda events
 * library, so child JVMs on the shaded jar can use it too.
 *
 * <pre>{@code
 * SQSEvent event = SqsEvents.of(notification, "not json"); // message ids sqs-1, sqs-2
 * }</pre>
 */
public final class SqsEvents {

    private SqsEvents() {
    }

    /** One message per body; message ids are sqs-1, sqs-2, ... in body order. */
    public static SQSEvent of(String... bodies) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("sqs-" + (i + 1));
            m.setBody(bodies[i]);
            m.setEventSource("aws:sqs");
            messages.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }
}
