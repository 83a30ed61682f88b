package com.rootmail.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.notification.MailLocator;
import com.rootmail.handler.pipeline.MailSource;
import com.rootmail.handler.pipeline.Pipeline;
import com.rootmail.handler.testing.Notifications;
import com.rootmail.handler.testing.SqsEvents;
import com.rootmail.handler.testing.TestContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqsBatchTest {

    @Test
    void aMailThatOverflowsTheStackFailsOnlyItsOwnMessage() {
        MailSource source = object -> {
            if (object.key().endsWith("deep")) {
                throw new StackOverflowError();
            }
            return new ByteArrayInputStream("From: a@x.test\r\nSubject: hi\r\n\r\nhi\r\n".getBytes(StandardCharsets.UTF_8));
        };
        List<String> created = new ArrayList<>();
        Pipeline pipeline = new Pipeline(new MailLocator("mail", "inbound/"), source,
                RootMailHandler.assessor("RootMail", Optional.empty()), (name, value, expiresAt) -> { },
                draft -> {
                    created.add(draft.title());
                    return "oi-" + created.size();
                }, Duration.ofMinutes(15), Clock.systemUTC());
        SQSEvent event = SqsEvents.of(notification("deep"), notification("fine"));
        TestContext context = new TestContext();

        SQSBatchResponse response = new SqsBatch(pipeline).process(event, context.getLogger());

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("sqs-1");
        assertThat(created).hasSize(1);
        assertThat(context.logLines()).anyMatch(l -> l.contains("sqs-1") && l.contains("StackOverflowError"));
    }

    @Test
    void anEventWithoutRecordsIsAnEmptyResponse() {
        Pipeline unreachable = new Pipeline(new MailLocator("mail", "inbound/"), object -> {
            throw new AssertionError("nothing may be read");
        }, RootMailHandler.assessor("RootMail", Optional.empty()), (name, value, expiresAt) -> { },
                draft -> "oi-1", Duration.ofMinutes(15), Clock.systemUTC());
        SqsBatch batch = new SqsBatch(unreachable);
        TestContext context = new TestContext();

        assertThat(batch.process(null, context.getLogger()).getBatchItemFailures()).isEmpty();
        assertThat(batch.process(new SQSEvent(), context.getLogger()).getBatchItemFailures()).isEmpty();
        assertThat(context.logLines()).isEmpty();
    }

    private static String notification(String mailId) {
        return Notifications.received(mailId, "mail", "inbound/" + mailId, Verdicts.ALL_GRAY);
    }
}
