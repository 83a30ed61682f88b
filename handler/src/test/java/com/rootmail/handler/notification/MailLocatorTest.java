package com.rootmail.handler.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.classify.Verdicts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailLocatorTest {

    private final MailLocator locator = new MailLocator("rootmail-mail", "inbound/");

    private static SesNotification pointingAt(String bucket, String key) {
        return new SesNotification("0100abc", Instant.EPOCH, List.of(), Verdicts.ALL_GRAY, bucket, key);
    }

    @Test
    void prefixedAndBareKeysBothLeadToThePrefixedObject() throws Exception {
        assertThat(locator.locate(pointingAt("rootmail-mail", "inbound/0100abc")))
                .isEqualTo(new MailObject("rootmail-mail", "inbound/0100abc"));
        assertThat(locator.locate(pointingAt("rootmail-mail", "0100abc")))
                .isEqualTo(new MailObject("rootmail-mail", "inbound/0100abc"));
    }

    @Test
    void forgedBucketIsRefused() {
        assertThatThrownBy(() -> locator.locate(pointingAt("someone-elses-bucket", "inbound/0100abc")))
                .isInstanceOf(RefusedNotificationException.class).hasMessageContaining("someone-elses-bucket");
    }

    @Test
    void forgedKeyIsRefused() {
        for (String key : List.of("inbound/other", "secrets/0100abc", "inbound/0100abc/../x", "inbound/0100abcd")) {
            assertThatThrownBy(() -> locator.locate(pointingAt("rootmail-mail", key)))
                    .as(key).isInstanceOf(RefusedNotificationException.class);
        }
    }

    @Test
    void objectNamesItsArnAndUri() {
        MailObject o = new MailObject("b", "inbound/x");

        assertThat(o.arn()).isEqualTo("arn:aws:s3:::b/inbound/x");
        assertThat(o.uri()).isEqualTo("s3://b/inbound/x");
    }
}
