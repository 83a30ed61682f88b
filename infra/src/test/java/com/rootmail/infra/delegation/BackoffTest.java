package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @Test
    void pausesGrowByTheFactorUpToTheMaximumAndNeverFallBelowTheFirst() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(5));

        assertThat(backoff.after(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.after(Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, 1.5, PT30S",
        "PT-1S, 1.5, PT30S",
        "PT10S, 1.5, PT5S",
        "PT2S, 0.5, PT30S"
    })
    void backoffThatWouldNotWaitOrWouldShrinkIsRefused(Duration first, double factor, Duration max) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(first, factor, max))
                .withMessageStartingWith("backoff needs 0 < first <= max and factor >= 1: ");
    }
}
