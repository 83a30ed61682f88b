package com.rootmail.handler.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.classify.Verdict;
import com.rootmail.handler.testing.Notifications;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationReaderTest {

    private final NotificationReader reader = new NotificationReader();

    @Test
    void rawDeliveryBodyIsReadFromTheRealSample() throws Exception {
        SesNotification n = reader.read(Notifications.sample());

        assertThat(n.messageId()).isEqualTo("12345678901example");
        assertThat(n.receivedAt()).isEqualTo(Instant.parse("2019-09-06T18:52:14.965Z"));
        assertThat(n.recipients()).containsExactly("root+6f1c2a9e4b7d@aws.example.test");
        assertThat(n.verdicts().spf()).isEqualTo(Verdict.PASS);
        assertThat(n.verdicts().dkim()).isEqualTo(Verdict.GRAY);
        assertThat(n.bucketName()).isEqualTo("rootmail-inbound-123456789012");
        assertThat(n.objectKey()).isEqualTo("inbound/12345678901example");
    }

    @Test
    void snsEnvelopeFormGivesTheSameNotification() throws Exception {
        SesNotification enveloped = reader.read(Notifications.resource("/events/sns-envelope-notification.json"));

        assertThat(enveloped).isEqualTo(reader.read(Notifications.sample()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "[1,2]", "{}", "{\"a\":1} trailing", "{\"a\":[1,{\"b\":", "\"Received\"",
        "{\"Type\":\"Notification\",\"Message\":\"{oops\"}", "{\"Type\":\"Notification\",\"Message\":\" \"}",
        "{\"notificationType\":\"Bounce\"}",
        "{\"notificationType\":\"Received\",\"receipt\":{\"action\":{\"type\":\"Lambda\"}}}",
        "{\"notificationType\":\"Received\",\"mail\":{},\"receipt\":{\"timestamp\":\"2019-09-06T18:52:14Z\","
                + "\"action\":{\"type\":\"S3\",\"bucketName\":\"b\",\"objectKey\":\"k\"}}}",
        "{\"notificationType\":\"Received\",\"mail\":{\"messageId\":\"../../etc\"},\"receipt\":{\"timestamp\":"
                + "\"2019-09-06T18:52:14Z\",\"action\":{\"type\":\"S3\",\"bucketName\":\"b\",\"objectKey\":\"k\"}}}",
        "{\"notificationType\":\"Received\",\"mail\":{\"messageId\":\"abc\"},\"receipt\":{\"timestamp\":\"yesterday\","
                + "\"action\":{\"type\":\"S3\",\"bucketName\":\"b\",\"objectKey\":\"k\"}}}"
    })
    void malformedBodiesAreRefusedWithAReason(String body) {
        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedNotificationException.class)
                .hasMessageNotContaining("Exception");
    }
}
