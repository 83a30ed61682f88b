package com.rootmail.handler.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.handler.RootMailHandler;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.notification.MailLocator;
import com.rootmail.handler.notification.MailObject;
import com.rootmail.handler.notification.RefusedNotificationException;
import com.rootmail.handler.notification.SesNotification;
import com.rootmail.handler.opsitem.OpsItemDraft;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pipeline's order of effects, observed at its three edges. */
class PipelineTest {

    private final List<String> effects = new ArrayList<>();
    private final MailSource source = object -> {
        effects.add("read " + object.uri());
        return new ByteArrayInputStream(("From: no-reply@aws.amazon.com\r\nSubject: Welcome to Amazon Web Services\r\n\r\n"
                + "hi\r\n").getBytes(StandardCharsets.UTF_8));
    };
    private final SecretStore secrets = (name, value, expiresAt) -> effects.add("secret " + name);
    private final OpsItemSink sink = (OpsItemDraft draft) -> {
        effects.add("opsitem");
        return "oi-1";
    };
    private final Pipeline pipeline = new Pipeline(new MailLocator("mail", "inbound/"), source,
            RootMailHandler.assessor("RootMail", Optional.empty()), secrets, sink, Duration.ofMinutes(15),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    private static SesNotification notification(String bucket, String key, Verdicts verdicts) {
        return new SesNotification("m-1", Instant.EPOCH, List.of("root@x.test"), verdicts, bucket, key);
    }

    @Test
    void forgedBucketIsRefusedBeforeAnyRead() {
        assertThatThrownBy(() -> pipeline.process(notification("elsewhere", "inbound/m-1", Verdicts.ALL_GRAY)))
                .isInstanceOf(RefusedNotificationException.class);

        assertThat(effects).isEmpty();
    }

    @Test
    void suppressedMailIsReadButWritesNothing() throws Exception {
        Verdicts authentic = Verdicts.parse("dmarc=PASS", Verdicts.ALL_GRAY);

        Outcome outcome = pipeline.process(notification("mail", "m-1", authentic));

        assertThat(effects).containsExactly("read " + new MailObject("mail", "inbound/m-1").uri());
        assertThat(outcome.opsItemId()).isEmpty();
        assertThat(outcome.summary()).contains("account-welcome").contains("suppressed");
    }
}
