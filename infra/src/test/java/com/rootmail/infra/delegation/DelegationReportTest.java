package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DelegationReportTest {

    static final ParentServer SERVER = ParentServer.parse("127.0.0.1:5301");

    @Test
    void missingDelegationDescribesEachServerAndTheRecordsToAdd() {
        DelegationReport report = new DelegationReport("AWS.mycompany.test.", Set.of("NS-2.awsdns-02.net.", "ns-1.awsdns-01.org"),
                Optional.of("mycompany.test"), List.of(new ServerResult(SERVER, DelegationStatus.MISSING, Set.of(), "NXDOMAIN over UDP")),
                Optional.empty());

        assertThat(report.describe()).containsExactly(
                "Delegation of aws.mycompany.test in parent zone mycompany.test, expected ns-1.awsdns-01.org, ns-2.awsdns-02.net",
                "  127.0.0.1:5301: MISSING (NXDOMAIN over UDP)",
                "Overall: MISSING",
                "Add these NS records to the parent zone mycompany.test:",
                "  aws.mycompany.test. 172800 IN NS ns-1.awsdns-01.org.",
                "  aws.mycompany.test. 172800 IN NS ns-2.awsdns-02.net.");
    }

    @Test
    void liveDelegationNamesNoRecordsToChangeAndAnUnknownParentZoneIsNotMentioned() {
        DelegationReport report = new DelegationReport("aws.mycompany.test", Set.of("ns-1.awsdns-01.org"), Optional.empty(),
                List.of(new ServerResult(SERVER, DelegationStatus.LIVE, Set.of("ns-1.awsdns-01.org"), "referral over UDP")),
                Optional.empty());

        assertThat(report.describe()).containsExactly(
                "Delegation of aws.mycompany.test, expected ns-1.awsdns-01.org",
                "  127.0.0.1:5301: LIVE found ns-1.awsdns-01.org (referral over UDP)",
                "Overall: LIVE");
    }

    @Test
    void partialDelegationThatSomeServersAlreadyHaveSaysTheOthersAreToCatchUpNotToReplace() {
        ParentServer other = ParentServer.parse("127.0.0.1:5302");
        DelegationReport report = new DelegationReport("aws.mycompany.test", Set.of("ns-1.awsdns-01.org"),
                Optional.of("mycompany.test"), List.of(
                        new ServerResult(SERVER, DelegationStatus.LIVE, Set.of("ns-1.awsdns-01.org"), "referral over UDP"),
                        new ServerResult(other, DelegationStatus.MISSING, Set.of(), "NXDOMAIN over UDP")),
                Optional.empty());

        assertThat(report.describe()).containsSequence(
                "Overall: PARTIAL",
                "Some servers of the parent zone mycompany.test have the delegation and others not yet; they should catch up."
                        + " The parent zone must hold exactly these NS records:",
                "  aws.mycompany.test. 172800 IN NS ns-1.awsdns-01.org.");
    }

    @Test
    void parentNotFoundIsUnreachableAndSaysWhy() {
        DelegationReport report = new DelegationReport("aws.mycompany.test", Set.of("ns-1.awsdns-01.org"), Optional.empty(),
                List.of(), Optional.of("no parent zone of aws.mycompany.test has NS records"));

        assertThat(report.status()).isEqualTo(DelegationStatus.UNREACHABLE);
        assertThat(report.describe()).contains("  no parent zone of aws.mycompany.test has NS records", "Overall: UNREACHABLE");
    }

    @Test
    void reportWithoutExpectedNameServersIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new DelegationReport("aws.mycompany.test", Set.of(), Optional.empty(), List.of(), Optional.empty()));
    }
}
