package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @Test
    void shortAndIsoFormsMeanTheSame() {
        assertThat(DurationText.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2)).isEqualTo(DurationText.parse("PT2H"));
        assertThat(DurationText.parse("1h30m15s")).isEqualTo(Duration.ofSeconds(5415));
        assertThat(DurationText.parse(" 45S ")).isEqualTo(Duration.ofSeconds(45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2 hours", "-5m", "PT-5M", "m", "1d", "99999999999999999999h"})
    void anythingElseIsRejectedWithAnExample(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationText.parse(text)).withMessageContaining("90m");
    }

    @Test
    void formatWritesTheShortForm() {
        assertThat(DurationText.format(Duration.ofSeconds(5415))).isEqualTo("1h30m15s");
        assertThat(DurationText.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(DurationText.format(Duration.ofMillis(300))).isEqualTo("0s");
        assertThat(DurationText.format(Duration.ofMillis(990))).isEqualTo("1s");
    }
}
