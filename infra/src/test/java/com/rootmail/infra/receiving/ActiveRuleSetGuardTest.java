package com.rootmail.infra.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.TestStacks;
import com.rootmail.infra.plan.PlaceholderMocks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only one receipt rule set can be active per account and region: never switch another off silently. */
class ActiveRuleSetGuardTest {

    @Test
    void anotherActiveRuleSetStopsTheProgramNamingTheSetAndTheKey() {
        var mocks = new PlaceholderMocks(Optional.of("legacy-inbound"));

        assertThatThrownBy(() -> TestStacks.plan(mocks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'legacy-inbound' is active")
                .hasMessageContaining("rootmail:replaceActiveRuleSet");
        assertThat(mocks.registrations()).noneMatch(r -> r.type().equals("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet"));
    }

    @Test
    void replaceActiveRuleSetTrueActivatesOursInstead() {
        var plan = TestStacks.plan(new PlaceholderMocks(Optional.of("legacy-inbound")),
                "rootmail:replaceActiveRuleSet", "true");

        assertThat(plan.single("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet").inputs())
                .containsEntry("ruleSetName", "rootmail-rules");
    }

    @Test
    void ourOwnActiveRuleSetIsNoObstacle() {
        var plan = TestStacks.plan(new PlaceholderMocks(Optional.of("rootmail-rules")));

        assertThat(plan.single("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet").inputs())
                .containsEntry("ruleSetName", "rootmail-rules");
    }

    @Test
    void noActiveRuleSetIsNoObstacle() {
        // PlaceholderMocks() answers the invoke the way the AWS provider does when none is active.
        var plan = TestStacks.plan(new PlaceholderMocks());

        assertThat(plan.single("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet").inputs())
                .containsEntry("ruleSetName", "rootmail-rules");
    }

    @Test
    void decisionAllowsOnlyNoneOursOrAnExplicitReplacement() {
        assertThat(ActiveRuleSetGuard.check(Optional.empty(), "ours", false)).isEqualTo("ours");
        assertThat(ActiveRuleSetGuard.check(Optional.of("ours"), "ours", false)).isEqualTo("ours");
        assertThat(ActiveRuleSetGuard.check(Optional.of("theirs"), "ours", true)).isEqualTo("ours");
        assertThatThrownBy(() -> ActiveRuleSetGuard.check(Optional.of("theirs"), "ours", false))
                .hasMessageContaining("'theirs'");
    }
}
