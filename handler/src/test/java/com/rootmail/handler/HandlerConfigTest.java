package com.rootmail.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerConfigTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("HOME_REGION", "eu-central-1", "MAIL_BUCKET", "rootmail-mail"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsApplyWhenOnlyTheRequiredVariablesAreSet() {
        HandlerConfig c = HandlerConfig.fromEnvironment(env());

        assertThat(c).isEqualTo(new HandlerConfig("eu-central-1", "rootmail-mail", "inbound/", "RootMail",
                Optional.empty(), Duration.ofMinutes(15)));
    }

    @Test
    void everyVariableIsRead() {
        HandlerConfig c = HandlerConfig.fromEnvironment(env("MAIL_PREFIX", "", "OPSITEM_SOURCE", "RootMailProd",
                "OPSITEM_TOPIC_ARN", "arn:aws:sns:eu-central-1:123456789012:ops", "SECRET_TTL", "PT5M"));

        assertThat(c.mailPrefix()).isEmpty();
        assertThat(c.opsItemSource()).isEqualTo("RootMailProd");
        assertThat(c.opsItemTopicArn()).contains("arn:aws:sns:eu-central-1:123456789012:ops");
        assertThat(c.secretTtl()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void badOrMissingValuesNameTheVariable() {
        Map<String, String> noRegion = env();
        noRegion.remove("HOME_REGION");

        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(noRegion)).hasMessageContaining("HOME_REGION is not set");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("HOME_REGION", "Frankfurt")))
                .hasMessageContaining("HOME_REGION='Frankfurt' is invalid");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("MAIL_PREFIX", "in bound/")))
                .hasMessageContaining("MAIL_PREFIX");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("SECRET_TTL", "P2D")))
                .hasMessageContaining("SECRET_TTL").hasMessageContaining("at most a day");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("MAIL_BUCKET", "Bad_Bucket")))
                .hasMessageContaining("MAIL_BUCKET");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("OPSITEM_SOURCE", "aws-mail")))
                .hasMessageContaining("OPSITEM_SOURCE");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("SECRET_TTL", "15 minutes")))
                .hasMessageContaining("SECRET_TTL");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("SECRET_TTL", "-PT1M")))
                .hasMessageContaining("SECRET_TTL");
        assertThatThrownBy(() -> HandlerConfig.fromEnvironment(env("OPSITEM_TOPIC_ARN", "topic")))
                .hasMessageContaining("OPSITEM_TOPIC_ARN");
    }
}
