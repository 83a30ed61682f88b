package com.rootmail.infra.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootmail.infra.TestStacks;
import com.rootmail.infra.plan.PlaceholderMocks;
import java.util.Optional;
import java.util.concurrent.CompletionException;
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

    @Test
    void sesAnsweringThatNoSetIsActiveMeansNone() {
        var none = new CompletionException(new IllegalStateException("reading SES Active Receipt Rule Set: empty result"));

        assertThat(ActiveRuleSetGuard.noneIfNotFound(none)).isEmpty();
    }

    /** Taking a refused lookup for "none active" would activate ours over a set that receives mail now. */
    @Test
    void anyOtherLookupFailureStopsTheProgram() {
        var denied = new IllegalStateException("AccessDenied: not authorized to perform ses:DescribeActiveReceiptRuleSet");

        assertThatThrownBy(() -> ActiveRuleSetGuard.noneIfNotFound(new CompletionException(denied)))
                .isInstanceOf(CompletionException.class)
                .hasCause(denied);
        assertThatThrownBy(() -> ActiveRuleSetGuard.noneIfNotFound(denied))
                .isInstanceOf(CompletionException.class)
                .hasCause(denied);
    }
}
