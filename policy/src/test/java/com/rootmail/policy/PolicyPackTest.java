package com.rootmail.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolicyPackTest {

    @Test
    void aStackPassesWhenOnlyAdvisoryPoliciesAreViolated() {
        var advisory = new ResourcePolicy("prefer-tls", "d", EnforcementLevel.ADVISORY,
                Set.of("aws:ses/receiptRule:ReceiptRule"), r -> List.of("TLS is optional"));
        var verdict = new PolicyPack("p", "1", List.of(advisory)).verdict(CompliantStack.resources());

        assertThat(verdict.violations()).hasSize(1);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.mandatoryCount()).isZero();
    }

    @Test
    void aMandatoryViolationFailsTheStack() {
        var verdict = PolicyPack.rootMail().verdict(CompliantStack.withProperty("handler", "runtime", "java17"));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.mandatoryCount()).isOne();
        assertThat(verdict.policies()).isEqualTo(PolicyPack.rootMail().policies().size());
    }

    @Test
    void resourceAndStackChecksTogetherAreTheWholeCheck() {
        var stack = CompliantStack.without("mail-public-access");
        stack = stack.stream().map(r -> r.name().equals("rule") ? r.withProperty("scanEnabled", false) : r).toList();
        var pack = PolicyPack.rootMail();

        var perResource = stack.stream().flatMap(r -> pack.checkResource(r).stream()).toList();
        var forStack = pack.checkStack(stack);

        assertThat(perResource).extracting(Violation::policyName).containsExactly("ses-receipt-rule-scans-mail");
        assertThat(forStack).extracting(Violation::policyName).containsExactly("s3-bucket-hardened");
        assertThat(pack.check(stack)).containsExactlyElementsOf(
                Stream.concat(perResource.stream(), forStack.stream()).toList());
    }

    @Test
    void twoPoliciesWithOneNameAreRefused() {
        var policy = new ResourcePolicy("same", "d", EnforcementLevel.MANDATORY, Set.of(), r -> List.of());
        assertThatThrownBy(() -> new PolicyPack("p", "1", List.of(policy, policy)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }
}
