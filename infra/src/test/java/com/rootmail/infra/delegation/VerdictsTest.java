package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    static final Set<String> EXPECTED = Set.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.net");

    @Test
    void sameNameServersInAnotherCaseWithTrailingDotsAreLive() {
        ServerResult result = judge("a", Observation.found(Set.of("NS-1.AWSDNS-01.ORG.", "ns-2.awsdns-02.net."), "referral"));

        assertThat(result.status()).isEqualTo(DelegationStatus.LIVE);
    }

    @Test
    void subsetOrSupersetOfTheExpectedServersIsAMismatch() {
        assertThat(judge("a", Observation.found(Set.of("ns-1.awsdns-01.org"), "referral")).status())
                .isEqualTo(DelegationStatus.MISMATCH);
        assertThat(judge("a", Observation.found(Set.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.net", "ns-3.x.com"), "r")).status())
                .isEqualTo(DelegationStatus.MISMATCH);
    }

    @Test
    void answerWithoutNameServersIsMissingAndNoAnswerIsUnreachable() {
        assertThat(judge("a", Observation.found(Set.of(), "NXDOMAIN")).status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(judge("a", Observation.failed("timeout")).status()).isEqualTo(DelegationStatus.UNREACHABLE);
    }

    @Test
    void serversThatAgreeGiveTheirCommonStatus() {
        List<ServerResult> results = List.of(
                judge("a", Observation.found(Set.of("ns-9.old.net"), "r")),
                judge("b", Observation.found(Set.of("NS-9.old.net."), "r")));

        assertThat(Verdicts.overall(results)).isEqualTo(DelegationStatus.MISMATCH);
    }

    @Test
    void serversThatFoundDifferentDelegationsArePartialEvenWhenBothMismatch() {
        List<ServerResult> results = List.of(
                judge("a", Observation.found(Set.of("ns-9.old.net"), "r")),
                judge("b", Observation.found(Set.of("ns-8.older.net"), "r")));

        assertThat(Verdicts.overall(results)).isEqualTo(DelegationStatus.PARTIAL);
    }

    @Test
    void unreachableServersCountOnlyWhenNobodyAnswered() {
        ServerResult live = judge("a", Observation.found(EXPECTED, "r"));
        ServerResult silent = judge("b", Observation.failed("timeout"));

        assertThat(Verdicts.overall(List.of(live, silent))).isEqualTo(DelegationStatus.LIVE);
        assertThat(Verdicts.overall(List.of(silent, silent))).isEqualTo(DelegationStatus.UNREACHABLE);
        assertThat(Verdicts.overall(List.of())).isEqualTo(DelegationStatus.UNREACHABLE);
    }

    private static ServerResult judge(String server, Observation observation) {
        return Verdicts.judge(ParentServer.parse(server + ".parent.test"), EXPECTED, observation);
    }
}
