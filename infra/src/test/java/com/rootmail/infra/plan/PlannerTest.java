package com.rootmail.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.TestStacks;
import com.rootmail.infra.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

class PlannerTest {

    /** The engine wraps what the program throws; the plan reports the configuration error itself. */
    @Test
    void badConfigurationFailsThePlanWithItsOwnErrorAndRegistersNothing() {
        var mocks = new PlaceholderMocks();

        assertThatThrownBy(() -> TestStacks.plan(mocks, "rootmail:logRetentionDays", "10"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("rootmail:logRetentionDays: 10 is not a CloudWatch Logs retention period");
        assertThat(mocks.registrations()).isEmpty();
    }
}
