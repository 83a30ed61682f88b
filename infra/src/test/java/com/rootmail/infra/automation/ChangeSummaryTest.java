package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.OperationType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    @Test
    void operationsAreNamedAsPulumiPrintsThem() {
        var summary = ChangeSummary.of(Map.of(OperationType.CREATE_REPLACEMENT, 1, OperationType.UPDATE, 2,
                OperationType.SAME, 30));

        assertThat(summary.counts()).containsOnly(
                Map.entry("create-replacement", 1), Map.entry("update", 2), Map.entry("same", 30));
        assertThat(summary.changed()).isEqualTo(3);
        assertThat(summary.describe()).isEqualTo("1 to create-replacement, 2 to update, 30 unchanged");
    }

    @Test
    void aStackLeftAsItIsSaysSo() {
        assertThat(ChangeSummary.of(Map.of(OperationType.SAME, 35)).describe()).isEqualTo("35 unchanged");
        assertThat(ChangeSummary.of(Map.of(OperationType.SAME, 35)).changed()).isZero();
        assertThat(ChangeSummary.of(null).describe()).isEqualTo("no changes");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new ChangeSummary(Map.of("create", -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("create");
    }
}
